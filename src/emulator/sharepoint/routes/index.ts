import type { SpRoute } from '../context.js';
import { addViewRoute } from './add-view.js';
import { createViewRoute } from './create-view.js';
import { getFieldRoute, listFieldsRoute, updateFieldRoute } from './fields.js';
import { getSpListRoute } from './get-list.js';
import { getViewRoute } from './get-view.js';
import { listViewsRoute } from './list-views.js';
import { updateViewRoute } from './update-view.js';
import { addViewFieldRoute, getViewFieldsRoute, removeAllViewFieldsRoute } from './view-fields.js';

/** The few SharePoint REST endpoints the app needs for views and column formatting. */
export const sharePointRoutes: readonly SpRoute[] = [
  getSpListRoute,
  listViewsRoute,
  createViewRoute,
  addViewRoute,
  getViewRoute,
  updateViewRoute,
  getViewFieldsRoute,
  addViewFieldRoute,
  removeAllViewFieldsRoute,
  listFieldsRoute,
  getFieldRoute,
  updateFieldRoute,
];

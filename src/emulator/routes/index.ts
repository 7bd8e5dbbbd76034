import type { Route, RouteDeps } from '../http/route.js';
import { getSiteRoute } from './sites/get-site.js';
import { createPermissionRoute } from './sites/permissions/create-permission.js';
import { listPermissionsRoute } from './sites/permissions/list-permissions.js';
import { updatePermissionRoute } from './sites/permissions/update-permission.js';
import { createColumnRoute } from './sites/lists/columns/create-column.js';
import { listColumnsRoute } from './sites/lists/columns/list-columns.js';
import { updateColumnRoute } from './sites/lists/columns/update-column.js';
import { createListRoute } from './sites/lists/create-list.js';
import { getListRoute } from './sites/lists/get-list.js';
import { createItemRoute } from './sites/lists/items/create-item.js';
import { deleteItemRoute } from './sites/lists/items/delete-item.js';
import { deltaRoute } from './sites/lists/items/delta.js';
import { getFieldsRoute } from './sites/lists/items/get-fields.js';
import { getItemRoute } from './sites/lists/items/get-item.js';
import { listItemsRoute } from './sites/lists/items/list-items.js';
import { updateFieldsRoute } from './sites/lists/items/update-fields.js';
import { getVersionRoute } from './sites/lists/items/versions/get-version.js';
import { listVersionsRoute } from './sites/lists/items/versions/list-versions.js';
import { listListsRoute } from './sites/lists/list-lists.js';
import { getChannelRoute } from './teams/get-channel.js';
import { getMemberRoute } from './teams/get-member.js';
import { getTeamRoute } from './teams/get-team.js';
import { listChannelsRoute } from './teams/list-channels.js';
import { listMembersRoute } from './teams/list-members.js';
import { channelMessagesDeltaRoute } from './teams/messages/messages-delta.js';
import { sendMessageRoute } from './teams/messages/send-message.js';
import { getUserRoute } from './users/get-user.js';
import { meRoute } from './users/me.js';

/** Every Graph route the emulator answers, one factory per URL. */
export function graphRoutes(deps: RouteDeps): Route[] {
  return [
    getSiteRoute,
    listPermissionsRoute,
    createPermissionRoute,
    updatePermissionRoute,
    listListsRoute,
    createListRoute,
    getListRoute,
    listColumnsRoute,
    createColumnRoute,
    updateColumnRoute,
    listItemsRoute,
    createItemRoute,
    deltaRoute,
    getItemRoute,
    deleteItemRoute,
    getFieldsRoute,
    updateFieldsRoute,
    listVersionsRoute,
    getVersionRoute,
    getTeamRoute,
    listChannelsRoute,
    getChannelRoute,
    listMembersRoute,
    getMemberRoute,
    sendMessageRoute,
    channelMessagesDeltaRoute,
    getUserRoute,
    meRoute,
  ].map((factory) => factory(deps));
}

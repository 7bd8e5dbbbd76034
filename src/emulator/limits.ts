/** Paging limits and SharePoint's list view threshold. */
export type Limits = {
  readonly defaultPageSize: number;
  readonly maxPageSize: number;
  readonly listViewThreshold: number;
};

export const defaultLimits: Limits = {
  defaultPageSize: 200,
  maxPageSize: 5000,
  listViewThreshold: 5000,
};

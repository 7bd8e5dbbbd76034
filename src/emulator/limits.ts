/** Paging limits and SharePoint's list view threshold. */
export type Limits = {
  readonly defaultPageSize: number;
  readonly maxPageSize: number;
  readonly listViewThreshold: number;
  /** The status of the threshold failure: unverified (400 here; one report saw 429). */
  readonly listViewThresholdStatus: number;
};

export const defaultLimits: Limits = {
  defaultPageSize: 200,
  maxPageSize: 5000,
  listViewThreshold: 5000,
  listViewThresholdStatus: 400,
};

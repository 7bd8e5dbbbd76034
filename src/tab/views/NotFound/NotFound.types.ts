export type NotFoundState = {
  readonly title: string;
  readonly linkLabel: string;
  readonly href: string;
};

export type LoadingStateProps = { readonly label: string };
export type LoadingStateState = { readonly label: string };

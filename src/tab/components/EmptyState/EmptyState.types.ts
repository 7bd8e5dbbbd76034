import type { ReactNode } from 'react';

export type EmptyStateProps = { readonly message: string; readonly action?: ReactNode };
export type EmptyStateState = EmptyStateProps;

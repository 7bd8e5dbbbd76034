import type { DemoUser } from '../../config/runtime-config.js';

export type SignInProps =
  | {
      readonly mode: 'local';
      readonly users: readonly DemoUser[];
      readonly onChoose: (user: DemoUser) => void;
    }
  | { readonly mode: 'tenant'; readonly onSignIn: () => Promise<string | undefined> };

export type SignInState = {
  readonly props: SignInProps;
  readonly selected: string;
  readonly select: (id: string) => void;
  readonly submit: () => void;
  readonly busy: boolean;
  readonly error?: string;
};

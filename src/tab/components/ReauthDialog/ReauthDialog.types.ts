export type ReauthDialogProps = {
  readonly open: boolean;
  readonly error?: string;
  readonly onSignIn: () => void;
  readonly onCancel: () => void;
};

export type ReauthDialogState = ReauthDialogProps & {
  readonly title: string;
  readonly body: string;
  readonly signInLabel: string;
  readonly cancelLabel: string;
};

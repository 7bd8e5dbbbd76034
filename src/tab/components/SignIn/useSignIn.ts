import { useState } from 'react';
import { useTranslation } from '../../i18n/react.js';
import type { SignInProps, SignInState } from './SignIn.types.js';

export function useSignIn(props: SignInProps): SignInState {
  const { t } = useTranslation();
  const [selected, select] = useState(props.mode === 'local' ? (props.users[0]?.id ?? '') : '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const submit = () => {
    if (props.mode === 'local') {
      const user = props.users.find((u) => u.id === selected);
      if (user) props.onChoose(user);
      return;
    }
    setBusy(true);
    void props.onSignIn().then((failure) => {
      setBusy(false);
      setError(failure ? t('signIn.failed', { detail: failure }) : undefined);
    });
  };
  return { props, selected, select, submit, busy, error };
}

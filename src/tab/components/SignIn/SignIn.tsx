import { useTranslation } from '../../i18n/react.js';
import type { SignInProps } from './SignIn.types.js';
import { renderSignIn } from './renderSignIn.js';
import { useSignIn } from './useSignIn.js';
import { useSignInStyles } from './useSignInStyles.styles.js';

/** Standalone sign-in: a demo user locally, the organisation's account in a tenant. */
export function SignIn(props: SignInProps) {
  const { t } = useTranslation();
  return renderSignIn(useSignIn(props), useSignInStyles(), t);
}

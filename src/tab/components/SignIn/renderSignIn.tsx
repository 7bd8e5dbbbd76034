import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  Title2,
} from '@fluentui/react-components';
import type { TFunction } from '../../i18n/i18n.js';
import type { SignInState } from './SignIn.types.js';
import type { useSignInStyles } from './useSignInStyles.styles.js';

export function renderSignIn(
  state: SignInState,
  styles: ReturnType<typeof useSignInStyles>,
  t: TFunction,
) {
  const { props } = state;
  return (
    <main className={styles.root}>
      <form
        className={styles.card}
        onSubmit={(e) => {
          e.preventDefault();
          state.submit();
        }}
      >
        <Title2 as="h1">{t('signIn.title')}</Title2>
        <Text as="p">{props.mode === 'local' ? t('signIn.intro') : t('signIn.tenantIntro')}</Text>
        {props.mode === 'local' ? (
          <Field label={t('signIn.user')}>
            <RadioGroup value={state.selected} onChange={(_, d) => state.select(d.value)}>
              {props.users.map((u) => (
                <Radio
                  key={u.id}
                  value={u.id}
                  label={`${u.name} – ${t(`signIn.roles.${u.role}`)}`}
                />
              ))}
            </RadioGroup>
          </Field>
        ) : null}
        {state.error ? (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{state.error}</MessageBarBody>
          </MessageBar>
        ) : null}
        <Button type="submit" appearance="primary" disabled={state.busy}>
          {props.mode === 'local' ? t('signIn.submit') : t('signIn.tenantSubmit')}
        </Button>
      </form>
    </main>
  );
}

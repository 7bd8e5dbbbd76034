import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
import type { Versioned } from '../../../app/ports.js';
import { signOffWording, signOffWords } from '../../../domain/sign-off-wording.js';
import type { SignOff } from '../../../domain/sign-off.js';
import { formatDateTime } from '../../i18n/format.js';
import { languageOf } from '../../i18n/i18n.js';
import { useTranslation } from '../../i18n/react.js';
import { useSignOffAction } from './useSignOffPanel.js';
import { useMyDepartmentStyles } from './useMyDepartmentStyles.styles.js';

export type SignOffPanelProps = {
  readonly roundId: string;
  readonly departmentId: string;
  readonly signOff?: Versioned<SignOff>;
  /** Every activity of the department in the round has a stored answer. */
  readonly complete: boolean;
};

/**
 * Under the answers in "Min förvaltning": who signed off and when (the answers are then
 * read-only), the working group's reopening, or, once every activity is answered, Klarmarkera.
 */
export function SignOffPanel(props: SignOffPanelProps) {
  const state = useSignOffAction(props.roundId, props.departmentId);
  const styles = useMyDepartmentStyles();
  const { i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const words = signOffWording[lang];
  const { signOff } = props;
  if (signOff?.state === 'signedOff') {
    const when = formatDateTime(signOff.signedAt, lang);
    return (
      <MessageBar intent="success" layout="multiline" role="status">
        <MessageBarBody>
          <MessageBarTitle>
            {signOffWords(lang, 'signedOffBy', { name: signOff.signedBy.name, when })}
          </MessageBarTitle>
          {words.locked}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      {signOff?.reopenedAt ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {signOffWords(lang, 'reopenedOn', { when: formatDateTime(signOff.reopenedAt, lang) })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.error ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{state.error.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {props.complete ? (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={state.busy} onClick={() => state.act('signOff')}>
            {words.signOff}
          </Button>
          <Text className={styles.meta}>{words.hint}</Text>
        </div>
      ) : null}
    </>
  );
}

import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachApi } from '../api/client';
import type { Person } from '../api/types';
import { displayName } from '../shared/names';
import { type AddEmailState, useAddEmail } from './useAddEmail';
import { Notice } from '../shared/Notice';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  field: { flexGrow: 1, minWidth: '12em' },
  // The button lines up with the input, below the field's label.
  button: { marginTop: '22px' },
});

export interface AddEmailFormProps {
  api: OutreachApi;
  person: Person;
  /** The person as saved, with the new address. */
  onAdded: (person: Person, address: string) => void;
  autoFocus?: boolean | undefined;
}

/** "New email address for Ada Lovelace" + Add email: checked here, then PATCHed with If-Match; 412 offers Retry. */
export function AddEmailForm({ api, person, onAdded, autoFocus }: AddEmailFormProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const name = displayName(person, t('person.unnamed'));
  const [value, setValue] = useState('');
  const { state, add, retry } = useAddEmail(api, (saved, address) => {
    setValue('');
    onAdded(saved, address);
  });
  const saving = state.status === 'saving';

  return (
    <form
      className={styles.root}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!saving) {
          void add(person, value);
        }
      }}
    >
      <div className={styles.row}>
        <Field
          className={styles.field}
          label={t('addEmail.field', { name })}
          hint={t('addEmail.hint')}
          validationState={state.status === 'invalid' ? 'error' : 'none'}
          validationMessage={state.status === 'invalid' ? state.message : undefined}
        >
          <Input
            // Text with an e-mail keyboard: type="email" would let the browser rewrite the value (punycode) before our check.
            type="text"
            inputMode="email"
            spellCheck={false}
            autoComplete="off"
            value={value}
            autoFocus={autoFocus}
            onChange={(_, data) => setValue(data.value)}
          />
        </Field>
        <Button type="submit" className={styles.button} disabled={saving} aria-label={t('addEmail.submitLabel', { name })}>
          {saving ? t('addEmail.saving') : t('addEmail.submit')}
        </Button>
      </div>
      <AddEmailFeedback state={state} onRetry={() => void retry()} />
    </form>
  );
}

/** What happened to an added address: a 412 with Retry, another failure, or done (a live region). */
export function AddEmailFeedback({ state, onRetry, showInvalid }: { state: AddEmailState; onRetry: () => void; showInvalid?: boolean }) {
  const { t } = useTranslation();
  return (
    <div aria-live="polite">
      {state.status === 'conflict' && (
        <Notice intent="warning" actions={<Button onClick={onRetry}>{t('errors.retry')}</Button>}>
          {state.message}
        </Notice>
      )}
      {(state.status === 'error' || (showInvalid && state.status === 'invalid')) && (
        <Notice intent="error">{state.message}</Notice>
      )}
      {state.status === 'added' && <Caption1 role="status">{state.message}</Caption1>}
    </div>
  );
}

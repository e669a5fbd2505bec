import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '../shared/names';
import { Loading } from '../shared/Loading';
import type { AddEmailFormProps } from './AddEmailForm';

// The form (its checks and the 412 retry) loads when the button is pressed, not with the first view.
const AddEmailForm = lazy(() => import('./AddEmailForm').then((module) => ({ default: module.AddEmailForm })));

const useStyles = makeStyles({
  below: { marginTop: tokens.spacingVerticalS },
});

/** The Today card's Add email action: a disclosure button that opens the form below it. */
export function AddEmailAction({ api, person, disabled, onAdded }: Omit<AddEmailFormProps, 'autoFocus'> & { disabled?: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const formId = useId();
  const styles = useStyles();
  const name = displayName(person, t('person.unnamed'));
  return (
    <div>
      <Button
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        aria-label={t('addEmail.openLabel', { name })}
        disabled={disabled && !open}
        onClick={() => setOpen((value) => !value)}
      >
        {t('addEmail.open')}
      </Button>
      {open && (
        <div id={formId} className={styles.below}>
          <Suspense fallback={<Loading label={t('addEmail.loading')} />}>
            <AddEmailForm api={api} person={person} onAdded={onAdded} autoFocus />
          </Suspense>
        </div>
      )}
    </div>
  );
}

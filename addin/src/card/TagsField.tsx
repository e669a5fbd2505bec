import { Button, Caption1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachApi } from '../api/client';
import type { Person } from '../api/types';
import { SaveProblem } from './NotesField';
import { useCardSave } from './useCardSave';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  tags: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  form: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  field: { flexGrow: 1 },
});

export interface TagsFieldProps {
  api: OutreachApi;
  person: Person;
  eTag: { current: string };
  saved: (person: Person) => void;
  onReload: () => void;
}

/** The person's tags: each removable, a field to add one (PATCH `tags` with If-Match). */
export function TagsField({ api, person, eTag, saved, onReload }: TagsFieldProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [value, setValue] = useState('');
  const { busy, problem, save } = useCardSave(saved);
  const setTags = (tags: string[]) => save(() => api.setTags(person.id, tags, eTag.current));

  const add = async () => {
    const tag = value.trim();
    if (!tag || person.tags.includes(tag)) {
      setValue('');
      return;
    }
    if (await setTags([...person.tags, tag])) {
      setValue('');
    }
  };

  return (
    <section className={styles.root} aria-label={t('card.tags')}>
      {person.tags.length > 0 ? (
        <ul className={styles.tags}>
          {person.tags.map((tag) => (
            <li key={tag}>
              <Button
                size="small"
                disabled={busy}
                aria-label={t('card.removeTag', { tag })}
                onClick={() => void setTags(person.tags.filter((other) => other !== tag))}
              >
                {tag} ×
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <Caption1>{t('card.noTags')}</Caption1>
      )}
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void add();
        }}
      >
        <Field className={styles.field} label={t('card.newTag')} size="small">
          <Input size="small" value={value} onChange={(_, data) => setValue(data.value)} />
        </Field>
        <Button size="small" type="submit" disabled={busy || !value.trim()}>
          {t('card.addTag')}
        </Button>
      </form>
      <SaveProblem problem={problem} onReload={onReload} />
    </section>
  );
}

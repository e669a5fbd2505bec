import { Button } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/errors';
import { Notice } from './Notice';

/** What went wrong, in the user's words, with Retry for network down, 5xx and 401. */
export function ErrorMessage({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const { t } = useTranslation();
  const detail = error.kind === 'network' ? undefined : (error.detail ?? error.title);
  return (
    <Notice intent="error" title={t(`errors.${error.kind}`)} actions={<Button onClick={onRetry}>{t('errors.retry')}</Button>}>
      {detail}
      {error.status !== undefined && <> ({t('errors.status', { status: error.status })})</>}
    </Notice>
  );
}

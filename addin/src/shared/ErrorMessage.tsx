import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/errors';

/** What went wrong, in the user's words, with Retry for network down, 5xx and 401. */
export function ErrorMessage({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const { t } = useTranslation();
  const detail = error.kind === 'network' ? undefined : (error.detail ?? error.title);
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(`errors.${error.kind}`)}</MessageBarTitle>
        {detail && <> {detail}</>}
        {error.status !== undefined && <> ({t('errors.status', { status: error.status })})</>}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{t('errors.retry')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

import { Body1, Button, Subtitle2 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

/** Shown when sign-in failed: "Sign in to continue" with a button that tries again. */
export function SignInPrompt({ onSignIn }: { onSignIn: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" style={{ padding: 12, display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Subtitle2 as="h2">{t('signIn.title')}</Subtitle2>
      <Body1>{t('signIn.message')}</Body1>
      <Button appearance="primary" onClick={onSignIn}>
        {t('signIn.button')}
      </Button>
    </div>
  );
}

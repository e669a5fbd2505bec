import { Body1, Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM },
});

/** Shown when sign-in failed: "Sign in to continue" with a button that tries again. */
export function SignInPrompt({ onSignIn }: { onSignIn: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <div role="alert" className={styles.root}>
      <Subtitle2 as="h2">{t('signIn.title')}</Subtitle2>
      <Body1>{t('signIn.message')}</Body1>
      <Button appearance="primary" onClick={onSignIn}>
        {t('signIn.button')}
      </Button>
    </div>
  );
}

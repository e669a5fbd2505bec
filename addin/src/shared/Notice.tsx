import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeftWidth: tokens.strokeWidthThicker,
    borderLeftStyle: 'solid',
    color: tokens.colorNeutralForeground1,
  },
  error: { backgroundColor: tokens.colorStatusDangerBackground1, borderLeftColor: tokens.colorStatusDangerBorderActive },
  warning: { backgroundColor: tokens.colorStatusWarningBackground1, borderLeftColor: tokens.colorStatusWarningBorderActive },
  success: { backgroundColor: tokens.colorStatusSuccessBackground1, borderLeftColor: tokens.colorStatusSuccessBorderActive },
  info: { backgroundColor: tokens.colorNeutralBackground3, borderLeftColor: tokens.colorBrandStroke1 },
  body: { flexGrow: 1, minWidth: '10em' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface NoticeProps {
  intent: 'error' | 'warning' | 'success' | 'info';
  title?: string | undefined;
  /** Buttons at the end (Retry, Reload). */
  actions?: ReactNode;
  children?: ReactNode;
}

/**
 * The pane's one way to say something went wrong (or right): a tinted bar with an optional title and
 * actions. Errors and warnings are alerts, the rest a polite status.
 */
export function Notice({ intent, title, actions, children }: NoticeProps) {
  const styles = useStyles();
  const urgent = intent === 'error' || intent === 'warning';
  return (
    <div role={urgent ? 'alert' : 'status'} className={mergeClasses(styles.root, styles[intent])}>
      <div className={styles.body}>
        {title && (
          <Text weight="semibold" block>
            {title}
          </Text>
        )}
        {children}
      </div>
      {actions && <div className={styles.actions}>{actions}</div>}
    </div>
  );
}

import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  padded: { padding: tokens.spacingHorizontalM },
  ring: {
    width: '16px',
    height: '16px',
    flexShrink: 0,
    borderRadius: tokens.borderRadiusCircular,
    borderTopWidth: tokens.strokeWidthThick,
    borderRightWidth: tokens.strokeWidthThick,
    borderBottomWidth: tokens.strokeWidthThick,
    borderLeftWidth: tokens.strokeWidthThick,
    borderTopStyle: 'solid',
    borderRightStyle: 'solid',
    borderBottomStyle: 'solid',
    borderLeftStyle: 'solid',
    borderTopColor: tokens.colorBrandStroke1,
    borderRightColor: tokens.colorNeutralStroke2,
    borderBottomColor: tokens.colorNeutralStroke2,
    borderLeftColor: tokens.colorNeutralStroke2,
    animationName: { from: { transform: 'rotate(0deg)' }, to: { transform: 'rotate(360deg)' } },
    animationDuration: '0.9s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    '@media (prefers-reduced-motion: reduce)': { animationDuration: '3s' },
  },
});

/** The pane's one loading indicator: a small turning ring and what is loading, announced politely. */
export function Loading({ label, padded }: { label: string; padded?: boolean }) {
  const styles = useStyles();
  return (
    <div role="status" className={mergeClasses(styles.root, padded && styles.padded)}>
      <span aria-hidden="true" className={styles.ring} />
      <Caption1>{label}</Caption1>
    </div>
  );
}

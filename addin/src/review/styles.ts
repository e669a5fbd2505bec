import { makeStyles, tokens } from '@fluentui/react-components';

export const useReviewStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: 0 },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0 },
  heading: { margin: 0 },
  text: { margin: 0 },
  headline: { margin: 0, overflowWrap: 'anywhere' },
  // Hidden on screen, read by screen readers: the charts' text equivalents.
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  // The chart library draws at the frame's width; the height keeps the layout still while it loads.
  plot: { width: '100%', minWidth: 0, minHeight: '170px', overflow: 'hidden' },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyle: 'none' },
  swatchWritten: { display: 'inline-block', width: '16px', height: '3px', marginRight: tokens.spacingHorizontalXS, verticalAlign: 'middle', backgroundColor: tokens.colorBrandForeground1 },
  swatchPlanned: { display: 'inline-block', width: '16px', height: '0', marginRight: tokens.spacingHorizontalXS, verticalAlign: 'middle', borderTop: `2px dashed ${tokens.colorNeutralForeground3}` },
  buckets: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  bucket: { display: 'grid', gridTemplateColumns: 'minmax(0, 8em) minmax(0, 1fr) auto', alignItems: 'center', gap: tokens.spacingHorizontalS },
  bar: { display: 'block', height: '100%', borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorBrandBackground },
  track: { display: 'block', height: '8px', borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorNeutralBackground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  share: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { type KeyboardEvent, useRef } from 'react';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXS, paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
  tab: {
    ...typographyStyles.body1,
    position: 'relative',
    border: 'none',
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground2,
    cursor: 'pointer',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground1 },
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  small: { ...typographyStyles.caption1, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  selected: {
    ...typographyStyles.body1Strong,
    color: tokens.colorNeutralForeground1,
    '::after': {
      content: '""',
      position: 'absolute',
      left: tokens.spacingHorizontalS,
      right: tokens.spacingHorizontalS,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
});

export interface TabsProps<T extends string> {
  label: string;
  tabs: readonly { value: T; label: string }[];
  selected: T;
  onSelect: (value: T) => void;
  size?: 'small' | 'medium';
}

/**
 * A tab list (WAI-ARIA tabs with automatic activation): one tab stop, arrows, Home and End move and
 * select. The pane's own, so the first view does not carry Fluent's tab list and its focus mover.
 */
export function Tabs<T extends string>({ label, tabs, selected, onSelect, size = 'medium' }: TabsProps<T>) {
  const styles = useStyles();
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = tabs.length - 1;
    const target =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? (index + last) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (target === null) {
      return;
    }
    event.preventDefault();
    const tab = tabs[target];
    if (tab) {
      onSelect(tab.value);
      list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[target]?.focus();
    }
  };

  return (
    <div role="tablist" aria-label={label} ref={list} className={styles.list}>
      {tabs.map((tab, index) => {
        const isSelected = tab.value === selected;
        return (
          <button
            key={tab.value}
            type="button"
            role="tab"
            aria-selected={isSelected}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, size === 'small' && styles.small, isSelected && styles.selected)}
            onClick={() => onSelect(tab.value)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}

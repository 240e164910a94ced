// The three section tabs. A small WAI-ARIA tablist (roving tabindex, arrow keys, Home/End) in
// place of Fluent's TabList, whose keyboard library (tabster) alone costs ~20 KB gzip of the
// pane's 150 KB budget. The selected tab is marked by weight and an underline, not colour alone.
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

export interface TabItem<T extends string> {
  value: T;
  label: ReactNode;
  ariaLabel?: string;
}

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '2px',
    margin: '4px 0 8px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    border: 'none',
    borderBottom: '3px solid transparent',
    background: 'none',
    padding: '6px 10px 4px',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    cursor: 'pointer',
    borderRadius: `${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium} 0 0`,
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
});

export function Tabs<T extends string>({
  items,
  selected,
  onSelect,
  label,
  idPrefix,
}: {
  items: TabItem<T>[];
  selected: T;
  onSelect(value: T): void;
  label: string;
  idPrefix: string;
}) {
  const styles = useStyles();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const last = items.length - 1;
    const next =
      e.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : e.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (next === null) return;
    e.preventDefault();
    onSelect(items[next].value);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list}>
      {items.map((item, i) => {
        const isSelected = item.value === selected;
        return (
          <button
            key={item.value}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${item.value}`}
            aria-controls={`${idPrefix}-panel-${item.value}`}
            aria-selected={isSelected}
            aria-label={item.ariaLabel}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(item.value)}
            onKeyDown={(e) => onKeyDown(e, i)}
            data-tab={item.value}
          >
            {item.label}
          </button>
        );
      })}
    </div>
  );
}

/** The panel a tab controls; its id and label follow the scheme the tab buttons above use. */
export function TabPanel<T extends string>({
  value,
  selected,
  idPrefix,
  className,
  children,
}: {
  value: T;
  selected: T;
  idPrefix: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      id={`${idPrefix}-panel-${value}`}
      role="tabpanel"
      aria-labelledby={`${idPrefix}-tab-${value}`}
      hidden={value !== selected}
      className={className}
    >
      {children}
    </section>
  );
}

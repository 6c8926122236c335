import { useRef, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A tab list of steps (WAI-ARIA tabs, manual activation): arrows, Home and End move between tabs,
 * only the selected tab is in the Tab order, every step can be opened directly (each is skippable).
 */
export interface Step<K extends string> {
  key: K;
  label: string;
  /** Shown as a check mark and in the tab's name: the step's letter is met. */
  done?: boolean;
}

export function StepList<K extends string>({
  label,
  steps,
  selected,
  onSelect,
  idPrefix,
  doneLabel,
  children,
}: {
  label: string;
  steps: readonly Step<K>[];
  selected: K;
  onSelect: (key: K) => void;
  idPrefix: string;
  doneLabel: string;
  children: ReactNode;
}) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const index = steps.findIndex((s) => s.key === selected);

  const onKeyDown = (e: KeyboardEvent) => {
    const last = steps.length - 1;
    const next =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? index === last
          ? 0
          : index + 1
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
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
    onSelect(steps[next]!.key);
    tabs.current[next]?.focus();
  };

  return (
    <div className="steps">
      <div role="tablist" aria-label={label} className="step-tabs" onKeyDown={onKeyDown}>
        {steps.map((s, i) => (
          <button
            key={s.key}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${s.key}`}
            aria-selected={s.key === selected}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={s.key === selected ? 0 : -1}
            data-done={s.done ? 'true' : 'false'}
            onClick={() => onSelect(s.key)}
          >
            {s.label}
            {s.done ? (
              <>
                <span aria-hidden="true"> ✓</span>
                <span className="visually-hidden"> ({doneLabel})</span>
              </>
            ) : null}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${idPrefix}-panel`}
        aria-labelledby={`${idPrefix}-tab-${selected}`}
        className="step-panel"
      >
        {children}
      </div>
    </div>
  );
}

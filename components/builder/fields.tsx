import { useId, useState, type ReactNode } from 'react';
import { parseNumber, type ParseError } from '@/lib/goals/calculators';
import { formatNumber } from '@/lib/goals/format';
import type { Lang } from '@/lib/analysis/schema';

/**
 * Labelled form controls of the builder. Every control has a visible <label> (its accessible name)
 * and, when given, a hint and an inline error tied to it with aria-describedby.
 */

interface FieldProps {
  label: string;
  hint?: string;
  error?: string | null;
  testId?: string;
}

function Described({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: string;
  error?: string | null;
}): ReactNode {
  return (
    <>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="error" id={`${id}-error`} role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}

const describedBy = (id: string, hint?: string, error?: string | null) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

export function TextField({
  label,
  hint,
  error,
  value,
  onChange,
  multiline = false,
  list,
  testId,
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  /** Id of a <datalist> of suggestions. */
  list?: string;
}) {
  const id = useId();
  const common = {
    id,
    value,
    'aria-describedby': describedBy(id, hint, error),
    'aria-invalid': error ? true : undefined,
    'data-testid': testId,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" list={list} onChange={(e) => onChange(e.target.value)} />
      )}
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}

/**
 * A number typed as text, so "2," or "1 2" stay as typed while the person types: the goal gets the
 * parsed number (null when empty), and a value that does not parse shows `errorText`.
 */
export function NumberField({
  label,
  hint,
  value,
  onChange,
  lang,
  errorText,
  testId,
}: FieldProps & {
  value: number | null;
  onChange: (value: number | null) => void;
  lang: Lang;
  errorText: (error: Exclude<ParseError, 'empty'>) => string;
}) {
  const id = useId();
  const shown = value === null ? '' : formatNumber(value, lang, 6);
  const [raw, setRaw] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  // A change from elsewhere (a template, another step) replaces what is shown; a value this field
  // just produced from the typed text leaves the text alone.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    const parsed = parseNumber(raw, { allowPercent: true });
    if (!(parsed.ok ? parsed.value === value : value === null)) {
      setRaw(shown);
      setError(null);
    }
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={raw}
        data-testid={testId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => {
          const text = e.target.value;
          setRaw(text);
          const parsed = parseNumber(text, { allowPercent: true });
          if (parsed.ok) {
            setError(null);
            onChange(parsed.value);
          } else if (parsed.error === 'empty') {
            setError(null);
            onChange(null);
          } else {
            setError(errorText(parsed.error));
          }
        }}
      />
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}

export function SelectField<V extends string>({
  label,
  hint,
  value,
  options,
  onChange,
  testId,
}: FieldProps & {
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        data-testid={testId}
        aria-describedby={describedBy(id, hint)}
        onChange={(e) => onChange(e.target.value as V)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Described id={id} hint={hint} />
    </div>
  );
}

import { useId, useRef, useState, type FormEvent } from 'react';
import type { Translate } from '@/lib/i18n';
import { checkHost, normalizeHost, type HostProblem } from '@/lib/settings';
import type { OptionsKey } from './strings';

const PROBLEM_KEY: Record<HostProblem, OptionsKey> = {
  empty: 'hostEmpty',
  'not-a-host': 'hostNotAHost',
  'has-path': 'hostHasPath',
  'has-port': 'hostHasPort',
  'single-label': 'hostSingleLabel',
  duplicate: 'hostDuplicate',
};

interface HostListProps {
  label: string;
  help: string;
  entries: readonly string[];
  t: Translate<OptionsKey>;
  onChange(entries: string[]): void;
}

/** An editable list of sites: what is typed is checked first and only a valid host is added. */
export function HostList({ label, help, entries, t, onChange }: HostListProps) {
  const id = useId();
  const [input, setInput] = useState('');
  const [problem, setProblem] = useState<string>();
  const inputRef = useRef<HTMLInputElement>(null);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkHost(input, entries);
    if (!checked.ok) {
      // The text stays in the field so it can be corrected, not retyped.
      setProblem(
        t(PROBLEM_KEY[checked.problem], { input: input.trim(), host: normalizeHost(input) }),
      );
      return;
    }
    setProblem(undefined);
    setInput('');
    onChange([...entries, checked.host]);
  };

  return (
    <section className="host-list" aria-labelledby={`${id}-label`}>
      <h3 id={`${id}-label`}>{label}</h3>
      <p id={`${id}-help`} className="help">
        {help}
      </p>
      {entries.length === 0 ? (
        <p className="empty">{t('hostListEmpty')}</p>
      ) : (
        <ul aria-labelledby={`${id}-label`}>
          {entries.map((host) => (
            <li key={host}>
              <span className="host">{host}</span>
              <button
                type="button"
                aria-label={t('hostRemove', { host })}
                onClick={() => {
                  onChange(entries.filter((entry) => entry !== host));
                  // The button goes away with its entry; keep focus in the list's field.
                  inputRef.current?.focus();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate>
        <input
          ref={inputRef}
          type="text"
          value={input}
          aria-label={t('hostInputLabel', { list: label })}
          aria-invalid={problem !== undefined}
          aria-describedby={problem ? `${id}-problem` : `${id}-help`}
          placeholder="docs.example.com"
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            setInput(event.target.value);
            setProblem(undefined);
          }}
        />
        <button type="submit">{t('hostAdd')}</button>
      </form>
      <p id={`${id}-problem`} className="problem" role="alert">
        {problem}
      </p>
    </section>
  );
}

import { useMemo, useState } from 'react';
import { analyze, rewriteToText } from '@/lib/analysis';

const CRITERIA = ['S', 'M', 'T'] as const;

/**
 * Live verdict of the engine for typed text: one row per segment. The `data-*` attributes are the
 * contract E2E tests read.
 */
export function GoalCheck() {
  const [text, setText] = useState('');
  const analysis = useMemo(() => analyze(text), [text]);
  return (
    <main className="goal-check">
      <label htmlFor="goal-text">Goal text</label>
      <textarea
        id="goal-text"
        aria-label="Goal text"
        rows={5}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <ul aria-label="Verdict">
        {analysis.segments.map((s) => {
          const missing = s.criteria ? CRITERIA.filter((c) => !s.criteria![c]).join('') : '';
          return (
            <li
              key={s.index}
              data-testid="segment"
              data-goal={String(s.goal)}
              data-vague={String(s.vague)}
              data-criteria={missing}
              data-lang={s.lang}
            >
              <q>{s.text}</q> —{' '}
              {s.goal ? (s.vague ? `vague goal, missing ${missing}` : 'SMART goal') : 'not a goal'}
              {s.rewrite && s.vague ? (
                <p data-testid="rewrite">{rewriteToText(s.rewrite)}</p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </main>
  );
}

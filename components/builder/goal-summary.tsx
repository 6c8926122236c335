import { useMemo } from 'react';
import type { Goal } from '@/lib/goals/goal';
import { scoreGoal } from '@/lib/goals/score';
import { breakdown, toSentence } from '@/lib/goals/sentence';
import { useAnalyze } from './engine';
import type { BuilderT } from './strings';

/**
 * Always visible beside the steps: the goal sentence, the letter-by-letter S/M/A/R/T breakdown, the
 * score with what is still missing, and the engine's own verdict on the sentence (the same analysis
 * the in-page hints run; it appears once the engine has loaded, after the first render). `data-*`
 * attributes are what E2E tests read.
 */
export function GoalSummary({ goal, t, today }: { goal: Goal; t: BuilderT; today: string }) {
  const sentence = toSentence(goal);
  const parts = breakdown(goal, { today });
  const score = scoreGoal(goal, { today });
  const analyze = useAnalyze();
  const verdict = useMemo(() => {
    if (!sentence || !analyze) return null;
    const segment = analyze(sentence, { unit: 'line', today, lang: goal.lang }).segments.find(
      (s) => s.text.trim() !== '',
    );
    if (!segment?.criteria) return { goal: false, missing: [] as string[] };
    const c = segment.criteria;
    const missing = (['S', 'M', 'T'] as const).filter((k) => !c[k]);
    if (c.A === 'no') return { goal: true, missing: [...missing, 'A'] };
    return { goal: segment.goal, missing: [...missing] };
  }, [analyze, sentence, today, goal.lang]);
  const missing = (['S', 'M', 'A', 'R', 'T'] as const).flatMap((letter) =>
    score.criteria[letter].missing.map((key) => ({ letter, key })),
  );

  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" className="visually-hidden">
        {t('summary.title')}
      </h2>
      <p className="sentence" data-testid="goal-sentence" aria-live="polite" lang={goal.lang}>
        {sentence || <span className="placeholder">{t('summary.empty')}</span>}
      </p>
      <ul className="letters" aria-label={t('summary.breakdown')} lang={goal.lang}>
        {parts.smart.map((line) => (
          <li
            key={line.letter}
            data-testid={`letter-${line.letter}`}
            data-met={String(score.criteria[line.letter].met)}
          >
            <b aria-hidden="true">{line.letter}</b> <span className="label">{line.label}</span>
            <span className="visually-hidden">
              {score.criteria[line.letter].met ? t('summary.met') : t('summary.notMet')}
            </span>
            : {line.text}
          </li>
        ))}
      </ul>
      <div className="score">
        <label htmlFor="goal-score">{t('summary.score')}</label>
        <meter
          id="goal-score"
          min={0}
          max={100}
          low={50}
          high={80}
          optimum={100}
          value={score.score}
        >
          {score.score}
        </meter>
        <output htmlFor="goal-score" data-testid="goal-score">
          {score.score}
        </output>
      </div>
      {missing.length ? (
        <details className="missing">
          <summary>{t('summary.missing', { count: missing.length })}</summary>
          <ul data-testid="missing">
            {missing.map(({ letter, key }) => (
              <li key={`${letter}-${key}`}>
                <b>{letter}</b> {t(key)}
              </li>
            ))}
          </ul>
        </details>
      ) : (
        <p data-testid="missing">{t('summary.complete')}</p>
      )}
      {verdict ? (
        <p className="verdict" data-testid="engine-verdict" data-missing={verdict.missing.join('')}>
          {!verdict.goal
            ? t('verdict.notGoal')
            : verdict.missing.length
              ? t('verdict.missing', { letters: verdict.missing.join(', ') })
              : t('verdict.smart')}
        </p>
      ) : null}
    </section>
  );
}

import { useState } from 'react';
import type { Draft } from '@/lib/drafts';
import { compoundGrowth } from '@/lib/goals/calculators';
import { timeFrameMonths } from '@/lib/goals/dates';
import { formatDate, formatNumber, formatQuantity, formatSignedPercent } from '@/lib/goals/format';
import type { Cadence, ChangeKind, Goal, GoalUnit } from '@/lib/goals/goal';
import { scoreGoal } from '@/lib/goals/score';
import { CONVERSION, Calculator, FUNNEL, MARKET_SHARE } from './calculators-view';
import { NumberField, SelectField, TextField } from './fields';
import { QUICK_PICKS, quickPickDate } from './quick-dates';
import { StepList } from './step-list';
import type { BuilderT } from './strings';

export const STEPS = ['why', 'S', 'M', 'A', 'R', 'T', 'dumb'] as const;
export type StepKey = (typeof STEPS)[number];

/** Recent-rate periods offered, in months. */
const PERIODS = [0.25, 1, 3, 12] as const;

interface EditorProps {
  goal: Goal;
  onChange: (goal: Goal) => void;
  t: BuilderT;
  today: string;
  /** Drafts that can be this goal's parent (the broad goal it serves). */
  parents: readonly Draft[];
  step: StepKey;
  onStep: (step: StepKey) => void;
}

/** Immutable edit of a goal: a deep copy changed by `change`. */
function edited(goal: Goal, change: (g: Goal) => void): Goal {
  const next = structuredClone(goal);
  change(next);
  return next;
}

export function GoalEditor({ goal, onChange, t, today, parents, step, onStep }: EditorProps) {
  const score = scoreGoal(goal, { today });
  const edit = (change: (g: Goal) => void) => onChange(edited(goal, change));
  const labels: Record<StepKey, string> = {
    why: t('step.why'),
    S: t('step.S'),
    M: t('step.M'),
    A: t('step.A'),
    R: t('step.R'),
    T: t('step.T'),
    dumb: t('step.dumb'),
  };
  const done: Record<StepKey, boolean> = {
    why: score.why.filled === 3,
    S: score.criteria.S.met,
    M: score.criteria.M.met,
    A: score.criteria.A.met,
    R: score.criteria.R.met,
    T: score.criteria.T.met,
    dumb: score.dumb.filled === 4,
  };
  const at = STEPS.indexOf(step);
  const next = STEPS[at + 1];

  return (
    <StepList
      label={t('steps.label')}
      idPrefix="goal-step"
      steps={STEPS.map((key) => ({ key, label: labels[key], done: done[key] }))}
      selected={step}
      onSelect={onStep}
      doneLabel={t('step.done')}
    >
      <h2 className="step-title">{t(`step.title.${step}`)}</h2>
      {step === 'why' ? <WhyStep goal={goal} edit={edit} t={t} /> : null}
      {step === 'S' ? <SpecificStep goal={goal} edit={edit} t={t} /> : null}
      {step === 'M' ? <MeasurableStep goal={goal} edit={edit} t={t} /> : null}
      {step === 'A' ? <AchievableStep goal={goal} edit={edit} t={t} today={today} /> : null}
      {step === 'R' ? <RelevantStep goal={goal} edit={edit} t={t} parents={parents} /> : null}
      {step === 'T' ? <TimeStep goal={goal} edit={edit} t={t} today={today} /> : null}
      {step === 'dumb' ? <DumbStep goal={goal} edit={edit} t={t} /> : null}
      <div className="step-nav">
        {next ? (
          <button type="button" onClick={() => onStep(next)}>
            {t('step.next', { step: labels[next] })}
          </button>
        ) : null}
      </div>
    </StepList>
  );
}

interface StepProps {
  goal: Goal;
  edit: (change: (g: Goal) => void) => void;
  t: BuilderT;
}

function WhyStep({ goal, edit, t }: StepProps) {
  return (
    <>
      <p className="hint">{t('why.intro')}</p>
      <TextField
        multiline
        label={t('why.hunger')}
        hint={t('why.hunger.hint')}
        value={goal.why.hunger}
        onChange={(v) => edit((g) => void (g.why.hunger = v))}
      />
      <TextField
        multiline
        label={t('why.anchor')}
        hint={t('why.anchor.hint')}
        value={goal.why.anchor}
        onChange={(v) => edit((g) => void (g.why.anchor = v))}
      />
      <TextField
        multiline
        label={t('why.broadGoal')}
        hint={t('why.broadGoal.hint')}
        value={goal.why.broadGoal}
        onChange={(v) => edit((g) => void (g.why.broadGoal = v))}
      />
    </>
  );
}

function SpecificStep({ goal, edit, t }: StepProps) {
  const kpis = t('kpi.list').split('|');
  return (
    <>
      <TextField
        label={t('S.metric')}
        hint={t('S.metric.hint')}
        value={goal.smart.metric}
        list="builder-kpis"
        testId="field-metric"
        onChange={(v) => edit((g) => void (g.smart.metric = v))}
      />
      <datalist id="builder-kpis">
        {kpis.map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
      <TextField
        label={t('S.scope')}
        hint={t('S.scope.hint')}
        value={goal.smart.scope}
        testId="field-scope"
        onChange={(v) => edit((g) => void (g.smart.scope = v))}
      />
      <TextField
        label={t('S.owner')}
        value={goal.smart.owner}
        onChange={(v) => edit((g) => void (g.smart.owner = v))}
      />
      <TextField
        label={t('S.method')}
        hint={t('S.method.hint')}
        value={goal.smart.method}
        onChange={(v) => edit((g) => void (g.smart.method = v))}
      />
    </>
  );
}

function numberError(t: BuilderT) {
  return (error: 'not-a-number' | 'not-finite') => t(`calc.error.${error}`);
}

/** The change a target means, both ways: "+117.4% (2.3% → 5%)" or "+25% → 1,500". */
export function changeBothWays(goal: Goal): { percent: string | null; level: string | null } {
  const { baseline, target, change, unit } = goal.smart;
  const lang = goal.lang;
  if (target === null) return { percent: null, level: null };
  if (change === 'relative') {
    return {
      percent: formatSignedPercent(target, lang),
      level: baseline !== null ? formatQuantity(baseline * (1 + target / 100), unit, lang) : null,
    };
  }
  const percent =
    baseline !== null && baseline > 0
      ? formatSignedPercent((target / baseline - 1) * 100, lang)
      : null;
  const diff = baseline !== null ? target - baseline : null;
  const level =
    diff !== null
      ? `${diff >= 0 ? '+' : '−'}${formatQuantity(Math.abs(diff), unit === 'percent' ? 'points' : unit, lang)}`
      : null;
  return { percent, level };
}

function MeasurableStep({ goal, edit, t }: StepProps) {
  const units: { value: GoalUnit; label: string }[] = [
    { value: 'count', label: t('M.unit.count') },
    { value: 'percent', label: t('M.unit.percent') },
    { value: 'currency', label: t('M.unit.currency') },
    { value: 'points', label: t('M.unit.points') },
  ];
  const kinds: { value: ChangeKind; label: string }[] = [
    { value: 'absolute', label: t('M.change.absolute') },
    { value: 'relative', label: t('M.change.relative') },
  ];
  const both = changeBothWays(goal);
  const relative = goal.smart.change === 'relative';
  return (
    <>
      <NumberField
        label={t('M.baseline')}
        hint={t('M.baseline.hint')}
        lang={goal.lang}
        value={goal.smart.baseline}
        testId="field-baseline"
        errorText={numberError(t)}
        onChange={(v) => edit((g) => void (g.smart.baseline = v))}
      />
      <SelectField
        label={t('M.change')}
        value={goal.smart.change}
        options={kinds}
        onChange={(v) => edit((g) => void (g.smart.change = v))}
      />
      <NumberField
        label={relative ? t('M.target.relative') : t('M.target')}
        lang={goal.lang}
        value={goal.smart.target}
        testId="field-target"
        errorText={numberError(t)}
        onChange={(v) => edit((g) => void (g.smart.target = v))}
      />
      <SelectField
        label={t('M.unit')}
        value={goal.smart.unit}
        options={units}
        onChange={(v) => edit((g) => void (g.smart.unit = v))}
      />
      <p className="computed" data-testid="change-both-ways" aria-live="polite">
        {both.percent || both.level
          ? t('M.both', { percent: both.percent ?? '—', level: both.level ?? '—' })
          : t('M.both.empty')}
      </p>
      <details className="step-calculators">
        <summary>{t('M.calculators')}</summary>
        {[CONVERSION, MARKET_SHARE].map((spec) => (
          <Calculator
            key={spec.id}
            spec={spec}
            t={t}
            lang={goal.lang}
            uses={[
              {
                label: t('calc.use.baseline'),
                apply: (v) =>
                  edit((g) => {
                    g.smart.baseline = v;
                    g.smart.unit = 'percent';
                  }),
              },
              {
                label: t('calc.use.target'),
                apply: (v) =>
                  edit((g) => {
                    g.smart.target = v;
                    g.smart.change = 'absolute';
                    g.smart.unit = 'percent';
                  }),
              },
            ]}
          />
        ))}
        <Calculator
          spec={FUNNEL}
          t={t}
          lang={goal.lang}
          uses={[
            {
              label: t('calc.use.mqlTarget'),
              apply: (v) =>
                edit((g) => {
                  g.smart.target = v;
                  g.smart.change = 'absolute';
                  g.smart.unit = 'count';
                  if (!g.smart.metric.trim()) g.smart.metric = 'MQLs';
                }),
            },
          ]}
        />
      </details>
    </>
  );
}

function AchievableStep({ goal, edit, t, today }: StepProps & { today: string }) {
  const check = scoreGoal(goal, { today }).achievable;
  const lang = goal.lang;
  const { value: recent, periodMonths } = goal.smart.recentRate;
  const periodLabel = (months: number) =>
    t(
      months === 0.25
        ? 'A.period.week'
        : months === 3
          ? 'A.period.quarter'
          : months === 12
            ? 'A.period.year'
            : 'A.period.month',
    );
  const months = timeFrameMonths(goal.smart.deadline, today);
  const periods = months !== null ? months / periodMonths : null;
  const compounded =
    recent !== null && periods !== null && periods > 0
      ? compoundGrowth({ ratePerPeriod: recent, periods })
      : null;
  const [before, setBefore] = useState<number | null>(null);
  const [now, setNow] = useState<number | null>(null);
  const fromHistory =
    before !== null && now !== null && before > 0 ? (now / before - 1) * 100 : null;

  return (
    <>
      <p className="hint">{t('A.intro')}</p>
      <NumberField
        label={t('A.recentRate')}
        hint={t('A.recentRate.hint')}
        lang={lang}
        value={recent}
        testId="field-recent-rate"
        errorText={numberError(t)}
        onChange={(v) => edit((g) => void (g.smart.recentRate.value = v))}
      />
      <SelectField
        label={t('A.period')}
        value={String(periodMonths)}
        options={PERIODS.map((p) => ({ value: String(p), label: periodLabel(p) }))}
        onChange={(v) => edit((g) => void (g.smart.recentRate.periodMonths = Number(v)))}
      />
      <fieldset className="history">
        <legend>{t('A.history')}</legend>
        <NumberField
          label={t('A.history.before')}
          lang={lang}
          value={before}
          errorText={numberError(t)}
          onChange={setBefore}
        />
        <NumberField
          label={t('A.history.now')}
          lang={lang}
          value={now}
          errorText={numberError(t)}
          onChange={setNow}
        />
        <button
          type="button"
          disabled={fromHistory === null || !Number.isFinite(fromHistory)}
          onClick={() =>
            fromHistory !== null &&
            edit((g) => void (g.smart.recentRate.value = Math.round(fromHistory * 100) / 100))
          }
        >
          {fromHistory !== null && Number.isFinite(fromHistory)
            ? t('A.history.use', { rate: formatSignedPercent(fromHistory, lang) })
            : t('A.history.need')}
        </button>
      </fieldset>
      <div
        className="computed"
        data-testid="achievable"
        data-verdict={check.verdict}
        aria-live="polite"
      >
        {check.requiredRate !== null ? (
          <p>
            {t('A.required', {
              rate: formatSignedPercent(check.requiredRate, lang),
              period: periodLabel(periodMonths),
            })}
          </p>
        ) : null}
        {compounded?.ok && recent !== null && months !== null ? (
          <p data-testid="compounding">
            {t('A.compounding', {
              rate: formatSignedPercent(recent, lang),
              period: periodLabel(periodMonths),
              total: formatSignedPercent(compounded.value, lang),
              months: formatNumber(months, lang, 1),
            })}
          </p>
        ) : null}
        {check.verdict === 'no' ? (
          <p className="warning" role="alert">
            {check.ratio !== null
              ? t('A.tooAmbitious', { ratio: formatNumber(check.ratio, lang, 1) })
              : t(check.reason)}
          </p>
        ) : (
          <p>{t(check.reason)}</p>
        )}
      </div>
    </>
  );
}

function RelevantStep({ goal, edit, t, parents }: StepProps & { parents: readonly Draft[] }) {
  const options = [
    { value: '', label: t('R.parent.none') },
    ...parents.map((d) => ({ value: d.id, label: d.title || t('draft.untitled') })),
  ];
  const parentId = goal.smart.relevance.parentId ?? '';
  if (parentId && !parents.some((p) => p.id === parentId)) {
    options.push({ value: parentId, label: t('R.parent.missing') });
  }
  return (
    <>
      <SelectField
        label={t('R.parent')}
        hint={t('R.parent.hint')}
        value={parentId}
        options={options}
        testId="field-parent"
        onChange={(v) => edit((g) => void (g.smart.relevance.parentId = v || null))}
      />
      <TextField
        multiline
        label={t('R.objective')}
        hint={t('R.objective.hint')}
        value={goal.smart.relevance.objective}
        testId="field-objective"
        onChange={(v) => edit((g) => void (g.smart.relevance.objective = v))}
      />
    </>
  );
}

function TimeStep({ goal, edit, t, today }: StepProps & { today: string }) {
  const cadences: { value: Cadence | ''; label: string }[] = [
    { value: '', label: t('T.cadence.none') },
    { value: 'weekly', label: t('T.cadence.weekly') },
    { value: 'monthly', label: t('T.cadence.monthly') },
    { value: 'quarterly', label: t('T.cadence.quarterly') },
  ];
  const date = goal.smart.deadline.date;
  return (
    <>
      <div className="field">
        <label htmlFor="goal-deadline">{t('T.date')}</label>
        <input
          id="goal-deadline"
          type="date"
          data-testid="field-deadline"
          value={date ?? ''}
          onChange={(e) => {
            const v = e.target.value;
            // The date input gives '' for an incomplete date: keep the last full one until then.
            if (v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v))
              edit((g) => void (g.smart.deadline.date = v || null));
          }}
        />
        {date && date <= today ? (
          <span className="error" role="alert">
            {t('builder.missing.futureDeadline')}
          </span>
        ) : null}
      </div>
      <div role="group" aria-label={t('T.quick')} className="quick-picks">
        {QUICK_PICKS.map((pick) => {
          const due = quickPickDate(pick, today);
          if (!due) return null;
          return (
            <button
              key={pick}
              type="button"
              aria-pressed={date === due}
              title={formatDate(due, goal.lang)}
              onClick={() => edit((g) => void (g.smart.deadline.date = due))}
            >
              {t(`T.quick.${pick}`)}
            </button>
          );
        })}
      </div>
      <SelectField
        label={t('T.cadence')}
        hint={t('T.cadence.hint')}
        value={goal.smart.deadline.cadence ?? ''}
        options={cadences}
        onChange={(v) => edit((g) => void (g.smart.deadline.cadence = v || null))}
      />
    </>
  );
}

function DumbStep({ goal, edit, t }: StepProps) {
  const fields = ['dream', 'uplifting', 'method', 'behavior'] as const;
  return (
    <>
      <p className="hint">{t('dumb.intro')}</p>
      {fields.map((f) => (
        <TextField
          key={f}
          multiline
          label={t(`dumb.${f}`)}
          hint={t(`dumb.${f}.hint`)}
          value={goal.dumb[f]}
          onChange={(v) => edit((g) => void (g.dumb[f] = v))}
        />
      ))}
    </>
  );
}

import { useId, useState } from 'react';
import type { Lang } from '@/lib/analysis/schema';
import {
  compoundGrowth,
  conversionRate,
  costPerCustomer,
  funnel,
  lifetimeValue,
  marketShare,
  type CalcResult,
} from '@/lib/goals/calculators';
import { formatNumber } from '@/lib/goals/format';
import type { BuilderKey, BuilderT } from './strings';

/**
 * The KPI calculators, usable on their own. Inputs stay text as typed; the calculators parse them and
 * never return NaN or Infinity: a wrong field gets its message inline (empty, not a number, zero,
 * negative, out of range, too large) once the person has typed in that calculator.
 */

interface CalcField<F extends string> {
  key: F;
  label: BuilderKey;
  optional?: boolean;
}

interface CalcSpec<F extends string, V> {
  id: string;
  title: BuilderKey;
  fields: readonly CalcField<F>[];
  compute: (values: Record<F, string>) => CalcResult<V, F>;
  show: (value: V, lang: Lang, t: BuilderT) => { label: string; value: string }[];
  /** The number a step can take over from the result (a rate as baseline, MQLs as target). */
  headline: (value: V) => number;
}

/** A button under a result inside a step: puts the result into a goal field. */
export interface CalcUse {
  label: string;
  apply: (value: number) => void;
}

const pct = (v: number, lang: Lang) => `${formatNumber(v, lang, 2)}%`;
const num = (v: number, lang: Lang) => formatNumber(v, lang, 2);

export const FUNNEL: CalcSpec<
  'revenueTarget' | 'averageDealSize' | 'sqlToDealRate' | 'mqlToSqlRate' | 'upsellRevenue',
  { newCustomerRevenue: number; customers: number; sqls: number; mqls: number }
> = {
  id: 'funnel',
  title: 'calc.funnel',
  fields: [
    { key: 'revenueTarget', label: 'calc.funnel.revenueTarget' },
    { key: 'averageDealSize', label: 'calc.funnel.averageDealSize' },
    { key: 'sqlToDealRate', label: 'calc.funnel.sqlToDealRate' },
    { key: 'mqlToSqlRate', label: 'calc.funnel.mqlToSqlRate' },
    { key: 'upsellRevenue', label: 'calc.funnel.upsellRevenue', optional: true },
  ],
  compute: (v) => funnel(v),
  headline: (v) => v.mqls,
  show: (v, lang, t) => [
    { label: t('calc.funnel.newCustomerRevenue'), value: num(v.newCustomerRevenue, lang) },
    { label: t('calc.funnel.customers'), value: num(v.customers, lang) },
    { label: t('calc.funnel.sqls'), value: num(v.sqls, lang) },
    { label: t('calc.funnel.mqls'), value: num(v.mqls, lang) },
  ],
};

export const MARKET_SHARE: CalcSpec<'brandRevenue' | 'marketRevenue', number> = {
  id: 'market-share',
  title: 'calc.marketShare',
  fields: [
    { key: 'brandRevenue', label: 'calc.marketShare.brandRevenue' },
    { key: 'marketRevenue', label: 'calc.marketShare.marketRevenue' },
  ],
  compute: (v) => marketShare(v),
  headline: (v) => Math.round(v * 100) / 100,
  show: (v, lang, t) => [{ label: t('calc.marketShare'), value: pct(v, lang) }],
};

const LTV: CalcSpec<'averagePurchases' | 'averagePurchaseValue', number> = {
  id: 'lifetime-value',
  title: 'calc.ltv',
  fields: [
    { key: 'averagePurchases', label: 'calc.ltv.averagePurchases' },
    { key: 'averagePurchaseValue', label: 'calc.ltv.averagePurchaseValue' },
  ],
  compute: (v) => lifetimeValue(v),
  headline: (v) => v,
  show: (v, lang, t) => [{ label: t('calc.ltv'), value: num(v, lang) }],
};

export const CONVERSION: CalcSpec<'conversions' | 'visitors', number> = {
  id: 'conversion-rate',
  title: 'calc.conversion',
  fields: [
    { key: 'conversions', label: 'calc.conversion.conversions' },
    { key: 'visitors', label: 'calc.conversion.visitors' },
  ],
  compute: (v) => conversionRate(v),
  headline: (v) => Math.round(v * 100) / 100,
  show: (v, lang, t) => [{ label: t('calc.conversion'), value: pct(v, lang) }],
};

const COST: CalcSpec<'spend' | 'newCustomers', number> = {
  id: 'cost-per-customer',
  title: 'calc.cost',
  fields: [
    { key: 'spend', label: 'calc.cost.spend' },
    { key: 'newCustomers', label: 'calc.cost.newCustomers' },
  ],
  compute: (v) => costPerCustomer(v),
  headline: (v) => v,
  show: (v, lang, t) => [{ label: t('calc.cost'), value: num(v, lang) }],
};

const COMPOUNDING: CalcSpec<'ratePerPeriod' | 'periods', number> = {
  id: 'compounding',
  title: 'calc.compounding',
  fields: [
    { key: 'ratePerPeriod', label: 'calc.compounding.rate' },
    { key: 'periods', label: 'calc.compounding.periods' },
  ],
  compute: (v) => compoundGrowth(v),
  headline: (v) => v,
  show: (v, lang, t) => [
    { label: t('calc.compounding.total'), value: `+${pct(v, lang)}`.replace('+-', '−') },
  ],
};

export function Calculator<F extends string, V>({
  spec,
  t,
  lang,
  uses = [],
}: {
  spec: CalcSpec<F, V>;
  t: BuilderT;
  lang: Lang;
  uses?: readonly CalcUse[];
}) {
  const id = useId();
  const [values, setValues] = useState(
    () => Object.fromEntries(spec.fields.map((f) => [f.key, ''])) as Record<F, string>,
  );
  const [touched, setTouched] = useState(false);
  const result = spec.compute(values);
  const failed = !result.ok && touched ? result : null;
  return (
    <section className="calculator" data-calculator={spec.id} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t(spec.title)}</h3>
      {spec.fields.map((f) => {
        const fieldId = `${id}-${f.key}`;
        const error = failed?.field === f.key ? t(`calc.error.${failed.error}`) : null;
        return (
          <div className="field" key={f.key}>
            <label htmlFor={fieldId}>
              {t(f.label)}
              {f.optional ? ` ${t('calc.optional')}` : ''}
            </label>
            <input
              id={fieldId}
              type="text"
              inputMode="decimal"
              value={values[f.key]}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${fieldId}-error` : undefined}
              onChange={(e) => {
                setTouched(true);
                setValues({ ...values, [f.key]: e.target.value });
              }}
            />
            {error ? (
              <span className="error" id={`${fieldId}-error`} data-testid="calc-error">
                {error}
              </span>
            ) : null}
          </div>
        );
      })}
      <div className="result" role="status" data-testid="calc-result">
        {result.ok ? (
          <dl>
            {spec.show(result.value, lang, t).map((r) => (
              <div key={r.label}>
                <dt>{r.label}</dt>
                <dd>{r.value}</dd>
              </div>
            ))}
          </dl>
        ) : failed ? (
          t('calc.fix', { field: t(spec.fields.find((f) => f.key === failed.field)!.label) })
        ) : (
          t('calc.fill')
        )}
      </div>
      {result.ok && uses.length ? (
        <div className="button-row">
          {uses.map((use) => (
            <button
              key={use.label}
              type="button"
              onClick={() => use.apply(spec.headline(result.value))}
            >
              {use.label}
            </button>
          ))}
        </div>
      ) : null}
    </section>
  );
}

export function CalculatorsView({ t, lang }: { t: BuilderT; lang: Lang }) {
  return (
    <div className="calculators">
      <h2>{t('nav.calculators')}</h2>
      <Calculator spec={FUNNEL} t={t} lang={lang} />
      <Calculator spec={CONVERSION} t={t} lang={lang} />
      <Calculator spec={COMPOUNDING} t={t} lang={lang} />
      <Calculator spec={MARKET_SHARE} t={t} lang={lang} />
      <Calculator spec={LTV} t={t} lang={lang} />
      <Calculator spec={COST} t={t} lang={lang} />
    </div>
  );
}

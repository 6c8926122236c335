import { readField } from './number-input';
import { ceilCount, fail, okFinite, type CalcResult, type RawNumber } from './result';

/**
 * Annual planning worked backwards from a revenue target (DOMAIN.md, step 3):
 * revenue still to win from new customers = target − upsell to existing customers;
 * customers = ⌈new revenue ÷ average first-year revenue per new customer⌉;
 * SQLs = ⌈customers ÷ SQL→deal rate⌉; MQLs = ⌈SQLs ÷ MQL→SQL rate⌉.
 * Each count is rounded up before the next step: half a customer still needs a whole SQL.
 * Rates are percentages 0–100 (`25`, `25%`, `25,5`).
 */
export interface FunnelInput {
  /** Revenue to win in the period (e.g. +10% of a business unit's revenue). */
  revenueTarget: RawNumber;
  /** Average first-year revenue per new customer (deal size). */
  averageDealSize: RawNumber;
  /** Share of SQLs that become deals, percent. */
  sqlToDealRate: RawNumber;
  /** Share of MQLs that become SQLs, percent. */
  mqlToSqlRate: RawNumber;
  /** Revenue expected from upsell to existing customers; optional, empty means 0. */
  upsellRevenue?: RawNumber;
}
export type FunnelField = keyof FunnelInput;

export interface FunnelValue {
  /** Revenue that new customers must bring: target minus upsell, never below 0. */
  newCustomerRevenue: number;
  customers: number;
  sqls: number;
  mqls: number;
}

export function funnel(input: FunnelInput): CalcResult<FunnelValue, FunnelField> {
  const target = readField(input.revenueTarget, 'revenueTarget', { rejectZero: true });
  if (!target.ok) return target;
  const deal = readField(input.averageDealSize, 'averageDealSize', { rejectZero: true });
  if (!deal.ok) return deal;
  const rate = { rejectZero: true, max: 100, allowPercent: true } as const;
  const sqlToDeal = readField(input.sqlToDealRate, 'sqlToDealRate', rate);
  if (!sqlToDeal.ok) return sqlToDeal;
  const mqlToSql = readField(input.mqlToSqlRate, 'mqlToSqlRate', rate);
  if (!mqlToSql.ok) return mqlToSql;
  const upsell = readField(input.upsellRevenue, 'upsellRevenue', { whenEmpty: 0 });
  if (!upsell.ok) return upsell;

  // Upsell covering the whole target is a valid answer: no new customers are needed.
  const newCustomerRevenue = Math.max(0, target.value - upsell.value);
  const rawCustomers = newCustomerRevenue / deal.value;
  if (!Number.isFinite(rawCustomers)) return fail('averageDealSize', 'not-finite');
  const customers = ceilCount(rawCustomers);
  const sqls = ceilCount((customers * 100) / sqlToDeal.value);
  if (!Number.isFinite(sqls)) return fail('sqlToDealRate', 'not-finite');
  const mqls = ceilCount((sqls * 100) / mqlToSql.value);
  return okFinite({ newCustomerRevenue, customers, sqls, mqls }, [mqls], 'mqlToSqlRate', [
    { key: 'calc.funnel.newCustomerRevenue', value: newCustomerRevenue },
    { key: 'calc.funnel.customers', value: customers },
    { key: 'calc.funnel.sqls', value: sqls },
    { key: 'calc.funnel.mqls', value: mqls },
  ]);
}

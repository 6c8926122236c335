export { CALC_ERRORS } from './result';
export type { CalcError, CalcFail, CalcOk, CalcResult, CalcStep, RawNumber } from './result';
export * from './number-input';
export * from './funnel';
export * from './market-share';
export * from './lifetime-value';
export * from './conversion-rate';
export * from './cost-per-customer';
export * from './compounding';

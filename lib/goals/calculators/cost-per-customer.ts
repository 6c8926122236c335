import { readField } from './number-input';
import { okFinite, type CalcResult, type RawNumber } from './result';

/**
 * Cost per customer = marketing spend ÷ new customers won in the same period. Zero spend is allowed
 * (organic growth costs 0 per customer); zero customers is not (division by zero).
 */
export interface CostPerCustomerInput {
  spend: RawNumber;
  newCustomers: RawNumber;
}
export type CostPerCustomerField = keyof CostPerCustomerInput;

export function costPerCustomer(
  input: CostPerCustomerInput,
): CalcResult<number, CostPerCustomerField> {
  const spend = readField(input.spend, 'spend');
  if (!spend.ok) return spend;
  const customers = readField(input.newCustomers, 'newCustomers', { rejectZero: true });
  if (!customers.ok) return customers;
  const cost = spend.value / customers.value;
  return okFinite(cost, [cost], 'newCustomers');
}

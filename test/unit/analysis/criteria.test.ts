import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { TODAY } from '../../support/assert-rule';

/** Goal verdict and S/M/T of one line, as `goal SMT` ("1 110") or "0" for a non-goal. */
function verdict(text: string): string {
  const s = analyze(text, { unit: 'line', today: TODAY }).segments[0];
  if (!s?.goal) return '0';
  const c = s.criteria!;
  return `1 ${+c.S}${+c.M}${+c.T}`;
}

// Grammatical shapes found by writing fresh lines as other authors would; each row is one case.
describe('goal detection and criteria on shapes the corpus lacked', () => {
  it.each([
    // A preposition's phrase before the verb: the verb after it is the action.
    ['下周向所有渠道商发送新版价格表。', '1 111'],
    ['下周一前向财务部提交第四季度的预算草案。', '1 111'],
    ['通过 SEO 提升自然流量。', '1 100'],
    // Passing an exam is done or not.
    ['通过英语六级考试。', '1 110'],
    ['方案已通过评审。', '0'],
    // A birth cohort is a scope, not an amount.
    ['今年要吸引更多95后用户。', '1 101'],
    ['吸引 1000 名 00后用户。', '1 110'],
    // The metric before the verb when only a measure word follows the amount.
    ['到 2027 年 6 月，付费会员达到 2 万人。', '1 111'],
    // A bare key result: metric, verb and its amount (or range) at the end.
    ['客单价提升 15%。', '1 110'],
    ['客单价提升 15%-20%。', '1 110'],
    ['年底前门店数量达到 50 家左右。', '1 111'],
    // "At present" reports a state.
    ['目前产线良品率稳定在 97% 左右。', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

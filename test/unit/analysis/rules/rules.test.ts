import { describe, it } from 'vitest';
import { assertLintResult, assertSuggestionResult } from '../../../support/assert-rule';

// Each rule with its own examples: where it fires (the flagged text) and where it must not.
describe('vague-goal', () => {
  it.each([
    ['Improve onboarding soon.', ['Improve onboarding soon']],
    ['We want to increase brand awareness.', ['We want to increase brand awareness']],
    ['Raise the mobile conversion rate from 2.3% to 5% by Q3 2027.', []],
    ['Last quarter we increased signups by 12%.', []],
    ['Should we increase the ad budget next quarter?', []],
    ['提高品牌知名度。', ['提高品牌知名度']],
    ['Повысить узнаваемость бренда.', ['Повысить узнаваемость бренда']],
    ['Tăng nhận diện thương hiệu.', ['Tăng nhận diện thương hiệu']],
  ])('%s', (text, expected) => assertLintResult(text, 'vague-goal', expected));

  it('suggests a rewrite with placeholders only for what is missing', () => {
    assertSuggestionResult(
      'We want to improve onboarding soon.',
      'vague-goal',
      'Improve onboarding: [metric] from [baseline] to [target] by [deadline].',
    );
    assertSuggestionResult(
      'Fix the iOS login crash ASAP.',
      'vague-goal',
      'Fix the iOS login crash by [deadline].',
    );
    assertSuggestionResult(
      'Grow newsletter subscribers to 10,000.',
      'vague-goal',
      'Grow newsletter subscribers to 10,000 by [deadline].',
    );
    assertSuggestionResult(
      'By Q2, improve page load time on the checkout page.',
      'vague-goal',
      'By Q2, improve page load time on the checkout page from [baseline] to [target].',
    );
  });
});

describe('okr-objective', () => {
  it.each([
    [
      'Objective: Delight our enterprise customers',
      ['Objective: Delight our enterprise customers'],
    ],
    ['KR1: Raise NPS from 31 to 40 by Q4.', []],
    ['目标：成为客户最喜爱的品牌', ['目标：成为客户最喜爱的品牌']],
    ['Цель: стать лучшей командой поддержки', ['Цель: стать лучшей командой поддержки']],
    [
      'Mục tiêu: trở thành đội hỗ trợ được yêu thích nhất',
      ['Mục tiêu: trở thành đội hỗ trợ được yêu thích nhất'],
    ],
    // A labelled line with numbers is a measurable goal, not a qualitative objective.
    ['目标：第三季度前把流失率降到3%', []],
  ])('%s', (text, expected) => assertLintResult(text, 'okr-objective', expected));

  it('suggests key results under the objective instead of numbers in it', () => {
    assertSuggestionResult(
      'Objective: Delight our customers',
      'okr-objective',
      'Objective: Delight our customers\nKR1: Increase [metric] from [baseline] to [target] by [deadline]',
    );
  });

  it('holds key results to the full SMART test', () => {
    assertLintResult('KR2: Improve activation', 'vague-goal', ['KR2: Improve activation']);
  });
});

describe('missing-specific', () => {
  it.each([
    ['Grow the business by 20% by end of year.', ['the business']],
    ['Increase brand awareness among Gen-Z on Instagram by 15% in six months.', []],
    ['Reduce churn next quarter.', []],
  ])('%s', (text, expected) => assertLintResult(text, 'missing-specific', expected));
});

describe('missing-measurable', () => {
  it.each([
    ['Get more leads by Q3.', ['more']],
    ['Reduce churn next quarter.', ['churn']],
    ['Launch the new pricing page by March 1.', []],
    ['Hire two senior data engineers by June.', []],
  ])('%s', (text, expected) => assertLintResult(text, 'missing-measurable', expected));
});

describe('missing-time-bound', () => {
  it.each([
    ['Launch the new pricing page soon.', ['soon']],
    ['Grow newsletter subscribers to 10,000.', ['Grow']],
    ['Publish two blog posts every week.', []],
    ['Save £5,000 for a house deposit by December.', []],
  ])('%s', (text, expected) => assertLintResult(text, 'missing-time-bound', expected));
});

describe('unrealistic-target', () => {
  it.each([
    ['Signups grew 4% in March; aim for 20% more signups in April.', ['20%']],
    ['Blog traffic grew 5% in May, so aim for 9% growth in June.', []],
    ['Raise the open rate to 40% by Q3.', []],
  ])('%s', (text, expected) =>
    assertLintResult(text, 'unrealistic-target', expected, { unit: 'line' }),
  );
});

describe('vague-word', () => {
  it.each([
    // The first M and T word belong to missing-measurable / missing-time-bound.
    ['Get more leads and more demos soon.', ['more']],
    ['Make everything 2x better by 3/31.', ['everything']],
    ['More coffee makes the team happier.', []],
  ])('%s', (text, expected) => assertLintResult(text, 'vague-word', expected));

  it('flags vague words outside goals only when asked', () => {
    assertLintResult(
      'The results were significantly better.',
      'vague-word',
      ['significantly', 'better'],
      { flagOutsideGoals: true },
    );
  });
});

describe('hedge', () => {
  it.each([
    ['Try to double the conversion rate on the pricing page.', ['Try to']],
    ['Hopefully we can lift the email open rate from 22% to 30% in H2.', ['Hopefully']],
    ['Double the conversion rate on the pricing page by Q2.', []],
  ])('%s', (text, expected) => assertLintResult(text, 'hedge', expected));

  it('suggests removing the hedge', () => {
    assertSuggestionResult('Try to double the conversion rate on the pricing page.', 'hedge', '');
  });
});

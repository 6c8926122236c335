import { describe, expect, it } from 'vitest';
import { analyze, rewriteToText } from '../../../lib/analysis';
import { TODAY, verdict } from '../../support/assert-rule';

// Grammatical shapes found by writing fresh lines as other authors would; each row is one case.
describe('goal detection and criteria on shapes the corpus lacked', () => {
  it.each([
    // An emoji or pictograph opening the line is decoration, not the clause's first word.
    ['🚀 Grow MAU by Q3.', '1 101'],
    ['✅ Reduce churn to 3% by June.', '1 111'],
    ['→ Improve onboarding', '1 000'],
    ['🎉 Launched the new pricing page last week.', '0'],
    ['$2M in new ARR by Q3.', '1 111'],
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
    // A possessor is no metric: the abstract head decides.
    ['提升门店的专业度。', '1 000'],
    ["Improve the store's professionalism.", '1 000'],
    ["Improve the store's checkout page.", '1 100'],
    // A range before the metric.
    ['Close 10-15 new deals in Q1.', '1 111'],
    ['Заключить 10–15 новых договоров в первом квартале.', '1 111'],
    // Passive plans and noun-phrase plan items.
    ['The new pricing page will be shipped by the end of the month.', '1 111'],
    ['Signups must be doubled by June.', '1 111'],
    ['Revenue doubled last year.', '0'],
    ['Rollout of SSO to all enterprise accounts in Q2.', '1 111'],
    ['Completion of the data warehouse migration by year end.', '1 111'],
    // Colloquial multipliers.
    ['x2 signups by Q3.', '1 111'],
    // Telling people, exams and promotions are done or not.
    ['Email the Q3 report to the board by Friday.', '1 111'],
    ['Inform the board about the budget by Friday.', '1 111'],
    ['Take the GMAT by October.', '1 111'],
    ['Get certified in AWS by year end.', '1 111'],
    ['Be promoted to senior engineer within 18 months.', '1 111'],
    ['Gotta ship the new dashboard.', '1 110'],
    // "the weekly newsletter" names a thing; "a weekly status email" is a cadence.
    ['Improve the weekly newsletter.', '1 100'],
    ['Send a weekly status email.', '1 111'],
    ['Reach 500 subscribers before the end of the semester.', '1 111'],
    // Both ends of a change and no verb: a key result.
    ['Customer NPS from 30 to 45.', '1 110'],
    ['NPS с 30 до 45.', '1 110'],
    ['NPS went from 30 to 45.', '0'],
    ['Office hours are from 9 to 5.', '0'],
    // ru: entering a named market, passives, noun-phrase items, telling people, a past verb after a
    // noun-phrase item's dependent.
    ['Хотим выйти на рынок Беларуси.', '1 110'],
    ['Выход на рынок Казахстана в первом квартале 2027 года.', '1 111'],
    ['Новый сайт должен быть запущен до 1 марта.', '1 111'],
    ['Открытие второго магазина в Твери весной.', '1 111'],
    ['Открытие магазина состоялось в мае.', '0'],
    ['Ship the redesigned onboarding flow by 2027-05-15.', '1 111'],
    ['Проинформировать партнёров о новой программе до конца месяца.', '1 111'],
    ['Моя цель — пробежать полумарафон.', '1 110'],
    ['Приоритет на квартал — качество обслуживания.', '1 001'],
    // Seasons as deadlines; agreeing on or presenting something is done or not.
    ['Mùa hè này thu hút nhiều sinh viên hơn đến trung tâm.', '1 101'],
    ['Активнее привлекать молодёжь в клуб в этом сезоне.', '1 101'],
    ['Thống nhất ngân sách năm 2027 với giám đốc tài chính trước ngày 20/12.', '1 111'],
    // en deadlines: mid-2027, within the quarter, end of FY; "year-end inventory" names a thing.
    ["I'm going to finish my thesis by mid-2027.", '1 111'],
    ['Hire a CFO within the quarter.', '1 111'],
    ['Publish the annual report by end of FY.', '1 111'],
    ['Reduce year-end inventory.', '1 100'],
    ['Grow revenue 10% by year-end.', '1 111'],
    ['Hire between 10 and 15 engineers in 2027.', '1 111'],
    // zh: directional complements name nothing; gaining followers; "double digits" is an amount.
    ['今年一定要把业绩做上去。', '1 001'],
    ['明年公众号涨粉 2 万。', '1 111'],
    ['年底前实现双位数增长。', '1 011'],
    ['这季度主要把转化率搞上去。', '1 101'],
    ['本季度主要优化了支付流程。', '0'],
    ['月底前把报销单交给财务。', '1 111'],
    // Conditional forecasts and forecasts of a figure are no plans; a person's conditional plan is.
    ['Nếu tăng ngân sách thì doanh số sẽ tăng.', '0'],
    ['Nếu đạt 100 khách hàng, chúng tôi sẽ mở thêm chi nhánh.', '1 110'],
    ['Doanh thu dự kiến sẽ tăng 10% vào năm sau.', '0'],
    ['Chúng tôi dự kiến mở 2 chi nhánh vào năm sau.', '1 111'],
    ['If we raise the budget, sales will grow.', '0'],
    ['If we hit 100 customers, we will open a second office.', '1 110'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('achievable against a rate stated per period', () => {
  it.each([
    ['6 tháng qua doanh số tăng đều 5% mỗi tháng, tháng tới đặt mục tiêu tăng 7%.', 'yes'],
    ['6 tháng qua doanh số tăng đều 5% mỗi tháng, tháng tới đặt mục tiêu tăng 30%.', 'no'],
    ['Q3 GMV 环比增长了 5%；Q4 冲刺目标：GMV 环比增长 25%。', 'no'],
  ])('%s → %s', (text, expected) =>
    expect(analyze(text, { unit: 'line', today: TODAY }).segments[0]?.criteria?.A).toBe(expected),
  );
});

describe('rewrites keep a modal after its subject', () => {
  it.each([
    ['The team will reduce churn.', /^The team will reduce churn from \[/],
    ['We want to improve onboarding soon.', /^Improve onboarding: \[/],
  ])('%s', (text, expected) => {
    const s = analyze(text, { unit: 'line', today: TODAY }).segments[0]!;
    expect(rewriteToText(s.rewrite!, (p) => `[${p.slot}]`)).toMatch(expected);
  });
});

describe('rewrites drop a vague time word beside a deadline', () => {
  it.each([
    ['Grow MAU by Q3 soon.', 'Grow MAU from [baseline] to [target] by Q3.'],
    [
      'Improve onboarding ASAP by June.',
      'Improve onboarding: [metric] from [baseline] to [target] by June.',
    ],
    [
      'Improve onboarding soon.',
      'Improve onboarding: [metric] from [baseline] to [target] by [deadline].',
    ],
  ])('%s', (text, expected) => {
    const s = analyze(text, { unit: 'line', today: TODAY }).segments[0]!;
    expect(rewriteToText(s.rewrite!, (p) => `[${p.slot}]`)).toBe(expected);
  });
});

describe('Vietnamese phrases match in either tone placement of oa/oe/uy', () => {
  it.each([
    ['Tối ưu hóa quy trình.', 'Tối ưu hóa'],
    ['Tối ưu hoá quy trình.', 'Tối ưu hoá'],
    ['Đa dạng hoá nguồn thu trong năm 2027.', 'Đa dạng hoá'],
  ])('%s → action %s', (text, action) => {
    const s = analyze(text, { unit: 'line', today: TODAY }).segments[0]!;
    expect(s.components.find((c) => c.kind === 'action')?.text).toBe(action);
  });
});

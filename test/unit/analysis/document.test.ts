import { describe, expect, it } from 'vitest';
import { analyze, rewriteToText } from '../../../lib/analysis';

// Whole-document snapshot (as Harper does): every flag and rewrite of a realistic plan.
const PLAN = `# Q1 plan
Objective: Make onboarding delightful
- KR1: Raise week-1 activation from 38% to 50% by March 31.
- KR2: Cut time-to-first-value significantly.
Last quarter we grew signups 6%. Next quarter we want to grow signups 10%.
We should improve brand awareness soon. Click Save to keep your changes.
提高品牌知名度。到第二季度末，把流失率降到3%。
Повысить узнаваемость бренда как можно скорее.
Tăng nhận diện thương hiệu càng sớm càng tốt.`;

describe('a realistic plan document', () => {
  it('matches the snapshot of its diagnostics and rewrites', () => {
    const a = analyze(PLAN, { today: '2026-11-23' });
    const summary = a.segments.map((s) => ({
      text: s.text,
      lang: s.lang,
      goal: s.goal,
      vague: s.vague,
      criteria:
        s.criteria &&
        `${s.criteria.S ? 'S' : '-'}${s.criteria.M ? 'M' : '-'}${s.criteria.T ? 'T' : '-'} A:${s.criteria.A}`,
      rules: a.diagnostics
        .filter((d) => d.segment === s.index)
        .map((d) => `${d.rule}: ${PLAN.slice(d.span.start, d.span.end)}`),
      rewrite: s.rewrite && s.vague ? rewriteToText(s.rewrite) : null,
    }));
    expect(summary).toMatchSnapshot();
  });
});

import { describe, it, expect } from 'vitest';
import { LANGS } from '@/lib/analysis/schema';
import { GoalSchema } from '@/lib/goals/goal';
import { toSentence } from '@/lib/goals/sentence';
import { findTemplate, goalFromTemplate, templateInput, TEMPLATES } from '@/lib/goals/templates';

const cases = TEMPLATES.flatMap((t) => LANGS.map((lang) => [t.id, lang] as const));

describe('templates', () => {
  it('cover the common marketing objectives and a few beyond marketing', () => {
    const ids = TEMPLATES.map((t) => t.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'organic-visitors',
        'leads',
        'mql-to-sql',
        'mobile-conversion',
        'email-open-rate',
        'nps',
        'social-engagement',
        'market-share',
        'ad-cpc-roi',
        'average-order-value',
        'brand-awareness',
      ]),
    );
    expect(new Set(TEMPLATES.map((t) => t.category))).toEqual(
      new Set(['marketing', 'engineering', 'support', 'hr', 'personal']),
    );
    expect(new Set(ids).size).toBe(ids.length);
    ids.forEach((id) => expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/));
  });

  it.each(cases)('%s parses with GoalSchema in %s', (id, lang) => {
    const t = findTemplate(id)!;
    const parsed = GoalSchema.safeParse(templateInput(t, lang));
    expect(parsed.success).toBe(true);
    const goal = goalFromTemplate(t, lang);
    expect(goal.lang).toBe(lang);
    expect(goal.smart.metric).toBe(t.metric[lang]);
    // Numbers come from the team's own history, never from a template.
    expect([goal.smart.baseline, goal.smart.target, goal.smart.recentRate.value]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it.each(cases)('%s has its texts written in %s', (id, lang) => {
    const t = findTemplate(id)!;
    const texts = [t.title, t.metric, t.scope, t.method].filter((x) => x !== undefined);
    const script = {
      en: /^[\x20-\x7e–’]+$/,
      zh: /\p{Script=Han}/u,
      ru: /\p{Script=Cyrillic}/u,
      vi: /^[\p{Script=Latin}\d\s(),–-]+$/u,
    }[lang];
    for (const localized of texts) {
      const s = localized[lang];
      expect(s.trim()).toBe(s);
      expect(s.length).toBeGreaterThan(1);
      expect(s).toMatch(script);
    }
  });

  it.each(cases)('%s renders a sentence in %s once numbers are in', (id, lang) => {
    const goal = goalFromTemplate(findTemplate(id)!, lang);
    goal.smart.baseline = 100;
    goal.smart.target = goal.smart.change === 'relative' ? 10 : 120;
    goal.smart.deadline.date = '2027-12-31';
    const sentence = toSentence(goal);
    expect(sentence).toContain(goal.smart.metric.slice(1));
    expect(sentence).toMatch(/[.。]$/);
  });

  it('titles are distinct within each language', () => {
    for (const lang of LANGS) {
      const titles = TEMPLATES.map((t) => t.title[lang]);
      expect(new Set(titles).size).toBe(titles.length);
    }
  });

  it('findTemplate returns undefined for an unknown id', () => {
    expect(findTemplate('nope')).toBeUndefined();
  });
});

import { defineRule } from './rule';

/** "try to", 尽量, постараемся, cố gắng: a goal is a commitment; suggest deleting the hedge. */
export default defineRule({
  id: 'hedge',
  criterion: null,
  description: 'A hedge that weakens the commitment.',
  check: ({ facts, options, lexicon }) => {
    if (!facts.goal && !options.flagOutsideGoals) return [];
    return facts.components
      .filter((c) => c.kind === 'hedge')
      .map((c) => ({
        criterion: null,
        severity: 'info' as const,
        span: c.span,
        message: { key: 'hedge', params: { word: c.text } },
        suggestions: [
          { label: 'suggest.remove', span: c.span, rewrite: { lang: lexicon.lex.lang, parts: [] } },
        ],
        priority: 6,
      }));
  },
});

import type { Facts } from '../extract';
import type { CompiledLexicon } from '../lexicon/compile';
import type { Criterion, Diagnostic, ResolvedOptions, Rewrite, Span } from '../schema';

/** What a rule sees: one analysed unit. Offsets in `facts` are relative to `offset`. */
export interface RuleContext {
  facts: Facts;
  lexicon: CompiledLexicon;
  /** Where the unit's content starts in the analysed input. */
  offset: number;
  segment: number;
  rewrite: Rewrite | null;
  options: ResolvedOptions;
}

export type RuleOutput = Omit<Diagnostic, 'rule' | 'segment' | 'span'> & { span: Span };

/** One rule, one file: an id, the criterion it speaks for, and a pure check. */
export interface Rule {
  id: string;
  criterion: Criterion | null;
  /** One line for docs and the CLI's --explain. */
  description: string;
  /** Returns diagnostics with spans relative to the unit's content. */
  check: (ctx: RuleContext) => RuleOutput[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

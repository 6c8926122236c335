import type { Message } from './schema';

const CRITERION_NAMES: Record<string, string> = {
  S: 'Specific',
  M: 'Measurable',
  A: 'Achievable',
  R: 'Relevant',
  T: 'Time-bound',
};

/**
 * English text for every diagnostic key: the CLI's output and the fallback of the extension's
 * localized catalogs (`public/_locales`). `{name}` is replaced by the message's params.
 */
export const EN_MESSAGES: Record<string, string> = {
  'vague-goal': 'Vague goal: not {missingNames}.',
  'okr-objective': 'OKR objective: keep it qualitative and add measurable key results under it.',
  'missing-specific': 'Not specific: name the metric, object or scope instead of “{object}”.',
  'missing-measurable': 'Not measurable: add a number, a “from X to Y” or a clear done state.',
  'missing-measurable.vague': 'Not measurable: “{word}” is not a number.',
  'missing-time-bound': 'Not time-bound: add a deadline, time frame or cadence.',
  'missing-time-bound.vague': 'Not time-bound: “{word}” is not a deadline.',
  'unrealistic-target':
    'Hard to achieve: the target needs about {target}% where the recent rate was {recent}% (more than {limit}×).',
  'vague-word.S': '“{word}” is vague: say what exactly.',
  'vague-word.M': '“{word}” is vague: say how much.',
  'vague-word.T': '“{word}” is vague: say by when.',
  hedge: '“{word}” hedges the goal: commit or drop it.',
  'suggest.rewrite': 'SMART rewrite',
  'suggest.key-results': 'Add key results',
  'suggest.remove': 'Remove',
};

export function criterionNames(letters: string): string {
  return [...letters].map((l) => CRITERION_NAMES[l] ?? l).join(', ');
}

export function formatMessage(
  message: Message,
  catalog: Record<string, string> = EN_MESSAGES,
): string {
  const template = catalog[message.key] ?? message.key;
  const params: Record<string, string | number> = { ...message.params };
  if (typeof params.missing === 'string') params.missingNames = criterionNames(params.missing);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

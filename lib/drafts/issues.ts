import type { z } from 'zod';

/**
 * Zod issues as short, stable lines a person can act on:
 * `drafts[3].lang: expected one of en|zh|ru|vi`.
 */

export interface Issue {
  /** `drafts[3].lang`; empty for the value as a whole. */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part))
      out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') {
    const values = issue.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
    return values.length === 1 ? `expected ${values[0]}` : `expected one of ${values.join('|')}`;
  }
  if (issue.code === 'unrecognized_keys') return `unknown keys ${issue.keys.join(', ')}`;
  // Zod's own wording minus its generic lead-in: "expected string, received number".
  const message = issue.message.replace(/^Invalid (input|option): /, '');
  return message.charAt(0).toLowerCase() + message.slice(1);
}

export function toIssue(issue: z.core.$ZodIssue, prefix = ''): Issue {
  return { path: formatPath(issue.path, prefix), message: describe(issue) };
}

export function toIssues(error: z.ZodError, prefix = ''): Issue[] {
  return error.issues.map((issue) => toIssue(issue, prefix));
}

export function issueText(issue: Issue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}

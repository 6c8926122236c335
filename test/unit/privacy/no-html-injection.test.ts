import { describe, expect, it } from 'vitest';
import { findNames, scanShipped, type Finding } from './source-scan';

/** Ways to turn a string into markup. Page text must only ever reach the DOM as text. */
const HTML_SINKS = new Set([
  'innerHTML',
  'outerHTML',
  'insertAdjacentHTML',
  'dangerouslySetInnerHTML',
  'createContextualFragment',
  'setHTMLUnsafe',
  'parseHTMLUnsafe',
  'srcdoc',
  'document.write',
  'document.writeln',
]);

/**
 * Reviewed uses with static strings only: `file` → the sink names allowed there, and why.
 * Empty today; an entry needs a reason next to it.
 */
const REVIEWED: Record<string, readonly string[]> = {};

const unreviewed = (findings: Finding[]) =>
  findings.filter((f) => !(REVIEWED[f.file] ?? []).includes(f.name));

describe('no HTML built from strings', () => {
  it('finds sinks in code, including JSX attributes, but not in comments', () => {
    const sample = [
      '// innerHTML is never used',
      'el.innerHTML = text;',
      'const v = <div dangerouslySetInnerHTML={{ __html: text }} />;',
      'document.write(text);',
      'stream.write(text);',
    ].join('\n');
    expect(findNames('sample.tsx', sample, HTML_SINKS).map((f) => [f.line, f.name])).toEqual([
      [2, 'innerHTML'],
      [3, 'dangerouslySetInnerHTML'],
      [4, 'document.write'],
    ]);
  });

  it('lib/, components/ and entrypoints/ use no HTML sink outside the reviewed list', () => {
    expect(unreviewed(scanShipped(HTML_SINKS))).toEqual([]);
  });
});

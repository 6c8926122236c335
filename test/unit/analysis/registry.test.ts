import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/analysis';
import { registry } from '../../../lib/analysis/rules';
import { defineRule } from '../../../lib/analysis/rules/rule';

const rulesDir = fileURLToPath(new URL('../../../lib/analysis/rules/', import.meta.url));

describe('rule registry', () => {
  it('registers every rule file, named by its id', () => {
    const files = readdirSync(rulesDir)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'rule.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(RULES.map((r) => r.id)).toEqual(files);
  });

  it('is sorted by id', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('rejects duplicate ids', () => {
    const r = defineRule({ id: 'x', criterion: null, description: '', check: () => [] });
    expect(() => registry([r, { ...r }])).toThrow(/duplicate rule id: x/);
  });
});

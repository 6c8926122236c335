import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkText, formatHuman } from '../../../lib/cli/format';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/goals.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  });

describe('checkText', () => {
  it('reports one object per non-blank line with the JSON contract', () => {
    const reports = checkText(
      'Improve onboarding soon.\n\n  \nLast quarter we increased signups by 12%.\nRaise NPS from 31 to 40 by Q4.',
      { today: '2026-11-23' },
    );
    expect(reports.map((r) => r.line)).toEqual([1, 4, 5]);
    expect(reports[0]).toMatchObject({
      text: 'Improve onboarding soon.',
      lang: 'en',
      goal: true,
      specific: false,
      measurable: false,
      timeBound: false,
      achievable: 'unknown',
      vague: true,
    });
    expect(reports[0]!.rewrite).toContain('[deadline');
    expect(reports[1]).toMatchObject({ goal: false, vague: false, rewrite: null, diagnostics: [] });
    expect(reports[2]).toMatchObject({
      goal: true,
      vague: false,
      specific: true,
      measurable: true,
      timeBound: true,
    });
    expect(Object.keys(reports[0]!)).toEqual([
      'line',
      'text',
      'lang',
      'goal',
      'specific',
      'measurable',
      'timeBound',
      'achievable',
      'vague',
      'diagnostics',
      'rewrite',
    ]);
  });

  it('forces a language with lang and gives offsets within the line', () => {
    const [r] = checkText('Grow MAU soon', { lang: 'en', today: '2026-11-23' });
    const d = r!.diagnostics.find((x) => x.rule === 'missing-time-bound')!;
    expect(r!.text.slice(d.start, d.end)).toBe('soon');
  });

  it('prints linter-style lines with file:line:col', () => {
    const out = formatHuman(
      'plan.md',
      checkText('OK line.\nGet more leads soon', { today: '2026-11-23' }),
    );
    expect(out).toMatch(
      /^plan\.md:2:1: warning Vague goal: not Measurable, Time-bound\. \[vague-goal\]$/m,
    );
    expect(out).toMatch(
      /^plan\.md:2:5: warning Not measurable: “more” is not a number\. \[missing-measurable\]$/m,
    );
    expect(out).toMatch(/rewrite: Get leads from \[.+\] to \[.+\] by \[.+\]$/m);
  });
});

describe('goals CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'goals-cli-'));
  const vague = join(dir, 'vague.txt');
  const fine = join(dir, 'fine.txt');
  writeFileSync(vague, 'Improve onboarding soon.\n');
  writeFileSync(fine, 'Raise NPS from 31 to 40 by Q4 2027.\nWe shipped it.\n');

  it('exits 1 when a vague goal is found, 0 when none', () => {
    expect(run(['check', vague, '--today', '2026-11-23']).status).toBe(1);
    expect(run(['check', fine, '--today', '2026-11-23']).status).toBe(0);
  });

  it('reads standard input with - and prints JSON lines', () => {
    const r = run(
      ['check', '-', '--json', '--today=2026-11-23'],
      'Improve onboarding soon.\n\nWe shipped it.\n',
    );
    expect(r.status).toBe(1);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.line, l.vague])).toEqual([
      [1, true],
      [3, false],
    ]);
  });

  it.each([
    [['check', join(dir, 'missing.txt')], /cannot read .*missing\.txt.*no such file/],
    [['check', dir], /is a directory/],
    [['check', vague, '--lang', 'fr'], /--lang must be one of en, zh, ru, vi/],
    [['check', vague, '--today', '2026-02-30'], /--today must be a real date/],
    [['check', vague, '--bogus'], /unknown option “--bogus”/],
    [['lint', vague], /unknown command “lint”/],
    [['check', vague, fine], /only one FILE/],
  ])('exits 2 with a clear message for %j', (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('rejects binary input', () => {
    const bin = join(dir, 'bin.dat');
    writeFileSync(bin, Buffer.from([0x47, 0x00, 0x01]));
    const r = run(['check', bin]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/looks binary/);
  });
});

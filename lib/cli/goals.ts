#!/usr/bin/env node
// `npm run goals -- check [FILE|-] [--json] [--lang en|zh|ru|vi] [--today YYYY-MM-DD]`
import { readFileSync } from 'node:fs';
import { LANGS, type Lang } from '../analysis';
import { isValidDate } from '../analysis/calendar';
import { checkText, formatHuman } from './format';

const USAGE = `Usage: goals check [FILE|-] [--json] [--lang en|zh|ru|vi] [--today YYYY-MM-DD]

Checks each line of FILE (or standard input with - or no FILE) for vague goals.
  --json    one JSON object per non-blank line
  --lang    analyse every line as this language instead of detecting it by script
  --today   reference date for deadlines such as "Q3" or "end of year" (default: today)
Exit status: 0 no vague goal, 1 vague goals found, 2 bad usage or unreadable input.`;

class UsageError extends Error {}

interface Args {
  file: string;
  json: boolean;
  lang?: Lang;
  today?: string;
}

export function parseArgs(argv: string[]): Args | 'help' {
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  const [command, ...rest] = argv;
  if (command !== 'check')
    throw new UsageError(command ? `unknown command “${command}”` : 'missing command “check”');
  const args: Args = { file: '-', json: false };
  let fileSet = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (v === undefined || v === '') throw new UsageError(`${a.split('=')[0]} needs a value`);
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = value();
      if (!(LANGS as readonly string[]).includes(v))
        throw new UsageError(`--lang must be one of ${LANGS.join(', ')}, not “${v}”`);
      args.lang = v as Lang;
    } else if (a === '--today' || a.startsWith('--today=')) {
      const v = value();
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      if (!m || !isValidDate(Number(m[1]), Number(m[2]), Number(m[3])))
        throw new UsageError(`--today must be a real date as YYYY-MM-DD, not “${v}”`);
      args.today = v;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option “${a}”`);
    else if (fileSet)
      throw new UsageError(`only one FILE may be given (got “${args.file}” and “${a}”)`);
    else {
      args.file = a;
      fileSet = true;
    }
  }
  return args;
}

function readInput(file: string): string {
  let buf: Buffer;
  try {
    buf = readFileSync(file === '-' ? 0 : file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (e as Error).message;
    throw new UsageError(`cannot read ${file === '-' ? 'standard input' : `“${file}”`}: ${why}`);
  }
  if (buf.includes(0))
    throw new UsageError(
      `${file === '-' ? 'standard input' : `“${file}”`} looks binary (contains NUL bytes); expected UTF-8 text`,
    );
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  return text;
}

export function main(argv: string[]): number {
  try {
    const args = parseArgs(argv);
    if (args === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (args.file === '-' && process.stdin.isTTY)
      throw new UsageError('no FILE given and standard input is a terminal');
    const reports = checkText(readInput(args.file), { lang: args.lang, today: args.today });
    if (args.json)
      process.stdout.write(
        reports.map((r) => JSON.stringify(r)).join('\n') + (reports.length ? '\n' : ''),
      );
    else
      process.stdout.write(`${formatHuman(args.file === '-' ? '<stdin>' : args.file, reports)}\n`);
    return reports.some((r) => r.vague) ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`goals: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));

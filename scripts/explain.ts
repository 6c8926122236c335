// Explains the engine's verdict on each argument: cues with weights, components, criteria, rewrite.
// `npx tsx scripts/explain.ts "Improve onboarding soon." [--lang zh] [--today 2026-11-23]`
import { analyze, rewriteToText, type Lang } from '../lib/analysis';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const lang = flag('--lang') as Lang | undefined;
const today = flag('--today') ?? '2026-11-23';
for (const text of args) {
  for (const s of analyze(text, { unit: 'line', today, lang }).segments) {
    const c = s.criteria;
    console.log(
      `${s.lang} ${s.goal ? 'GOAL' : 'no goal'} score=${s.score} ${c ? `S${+c.S} M${+c.M} T${+c.T} A:${c.A}` : ''} | ${s.text}`,
    );
    console.log(
      `   cues: ${s.cues.map((x) => `${x.id}(${x.weight}):${text.slice(x.span.start, x.span.end)}`).join('  ')}`,
    );
    console.log(`   components: ${s.components.map((x) => `${x.kind}:${x.text}`).join(' | ')}`);
    if (s.rewrite) console.log(`   rewrite: ${rewriteToText(s.rewrite)}`);
  }
}

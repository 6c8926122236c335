// Prints the accuracy table for the corpora (and the held-out set): `npm run accuracy [-- --mistakes]`.
import { LANGS } from '../lib/analysis';
import { loadCorpus } from '../test/support/corpus';
import { score } from '../test/support/accuracy';

const showMistakes = process.argv.includes('--mistakes');
const only = process.argv.find((a) => (LANGS as readonly string[]).includes(a));
const fmt = (n: number) => n.toFixed(2);
console.log('set      lang  lines goals  vague-P vague-R  goal-acc  S     M     T     A');
for (const set of ['corpus', 'holdout'] as const) {
  for (const lang of LANGS) {
    if (only && lang !== only) continue;
    const s = score(loadCorpus(set, lang), lang);
    console.log(
      `${set.padEnd(8)} ${lang}    ${String(s.lines).padStart(4)}  ${String(s.goals).padStart(4)}   ${fmt(s.precision)}    ${fmt(s.recall)}     ${fmt(s.goalAccuracy)}    ${fmt(s.S)}  ${fmt(s.M)}  ${fmt(s.T)}  ${fmt(s.A)}`,
    );
    if (showMistakes && set === 'corpus') for (const m of s.mistakes) console.log('   ', m);
  }
}

import { analyze, type Lang, type Segment } from '../../lib/analysis';
import type { LabelledLine } from './corpus';

/** The date the corpora were written against: deadlines like "Q3" resolve relative to it. */
export const CORPUS_TODAY = '2026-11-23';

export interface Scores {
  lines: number;
  goals: number;
  precision: number;
  recall: number;
  goalAccuracy: number;
  S: number;
  M: number;
  T: number;
  A: number;
  mistakes: string[];
}

const isVague = (goal: boolean, S: boolean | null, M: boolean | null, T: boolean | null) =>
  goal && !(S && M && T);

/** Precision/recall of the vague flag and per-criterion accuracy on goal lines, as the CLI sees lines. */
export function score(lines: LabelledLine[], lang: Lang): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let goalRight = 0;
  const right = { S: 0, M: 0, T: 0, A: 0 };
  let goals = 0;
  const mistakes: string[] = [];
  for (const l of lines) {
    const seg: Segment | undefined = analyze(l.text, { unit: 'line', today: CORPUS_TODAY, lang })
      .segments[0];
    const predicted = !!seg?.vague;
    const expected = isVague(l.goal, l.S, l.M, l.T);
    if (predicted && expected) tp++;
    else if (predicted) fp++;
    else if (expected) fn++;
    if (!!seg?.goal === l.goal) goalRight++;
    const c = seg?.criteria;
    const wrong: string[] = [];
    if (!!seg?.goal !== l.goal)
      wrong.push(
        `goal=${seg?.goal} (score ${seg?.score}; ${seg?.cues.map((x) => x.id).join(',')})`,
      );
    if (l.goal) {
      goals++;
      for (const k of ['S', 'M', 'T'] as const) {
        if (!!c?.[k] === l[k]) right[k]++;
        else wrong.push(`${k}=${c?.[k]}`);
      }
      if ((c?.A ?? 'unknown') === l.A) right.A++;
      else wrong.push(`A=${c?.A}`);
    }
    if (wrong.length) mistakes.push(`${l.line}: ${wrong.join(' ')} | ${l.text}`);
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    lines: lines.length,
    goals,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    goalAccuracy: ratio(goalRight, lines.length),
    S: ratio(right.S, goals),
    M: ratio(right.M, goals),
    T: ratio(right.T, goals),
    A: ratio(right.A, goals),
    mistakes,
  };
}

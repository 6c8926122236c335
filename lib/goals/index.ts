// Not here: `./from-text` (goalFromText), which runs the analysis engine and would bring all four
// lexicons to every page importing this index; import it by its path where the engine is wanted.
export * from './goal';
export * from './dates';
export * from './format';
export * from './achievable';
export * from './score';
export type { Direction } from './phrasebook';
export * from './sentence';
export * from './templates';
export * from './quarter-view';
export * from './hierarchy';
export * from './calculators';

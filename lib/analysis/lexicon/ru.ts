import { en } from './en';
import type { Lexicon } from './types';

// Placeholder until the ru lexicon is written: same shape as en, nothing matches yet.
export const ru: Lexicon = { ...en, lang: 'ru' };

import { en } from './en';
import type { Lexicon } from './types';

// Placeholder until the vi lexicon is written: same shape as en, nothing matches yet.
export const vi: Lexicon = { ...en, lang: 'vi' };

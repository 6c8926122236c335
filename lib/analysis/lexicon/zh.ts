import { en } from './en';
import type { Lexicon } from './types';

// Placeholder until the zh lexicon is written: same shape as en, nothing matches yet.
export const zh: Lexicon = { ...en, lang: 'zh' };

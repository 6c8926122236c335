import type { Lang } from '../schema';
import { en } from './en';
import { ru } from './ru';
import type { Lexicon } from './types';
import { vi } from './vi';
import { zh } from './zh';

/** One lexicon per language; adding a language is adding a data module here. */
export const LEXICONS: Record<Lang, Lexicon> = { en, ru, vi, zh };

export type { Lexicon } from './types';

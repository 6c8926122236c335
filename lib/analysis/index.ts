export { analyze } from './analyze';
export { rewriteToText } from './rewrite-parts';
export { detectLanguage } from './language';
export { RULES } from './rules';
export * from './schema';

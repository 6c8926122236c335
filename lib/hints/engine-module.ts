/**
 * The analysis engine as its own ES module (`content-engine.js` in the build, made by the hook in
 * wxt.config.ts), so neither the always-loaded stub nor the hint layer carries it: the hint layer
 * imports it once a focused field has text to analyse on a site where hints are on (content-hints.ts).
 */

export { analyze } from '../analysis';

/**
 * The analysis engine as its own ES module (`content-engine.js` in the build, made by the hook in
 * wxt.config.ts), so the always-loaded content script stays small: the content script imports it
 * only once the user focuses an editable field on a site where hints are on (content-hints.ts).
 */

export { analyze } from '../analysis';

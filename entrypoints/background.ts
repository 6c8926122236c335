import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Filled by the hints and drafts issues; the worker must exist so the extension id is known.
});

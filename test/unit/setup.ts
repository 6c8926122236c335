import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Every test starts from an empty fake browser (storage, listeners, tabs).
beforeEach(() => {
  fakeBrowser.reset();
});

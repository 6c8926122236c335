import { defineConfig } from 'wxt';

// Explicit imports everywhere: WXT APIs come from '#imports', nothing is auto-imported.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [],
  },
});

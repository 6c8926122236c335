import { defineConfig } from 'wxt';

// Explicit imports everywhere: WXT APIs come from '#imports', nothing is auto-imported.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // Parallel builds (several worktrees or engineers) can each use their own output directory.
  outDir: process.env.WXT_OUT_DIR || '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          // A stable id lets Firefox keep the add-on's storage across updates; nothing is collected.
          browser_specific_settings: {
            gecko: {
              id: 'smart-goals@smart-goals.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});

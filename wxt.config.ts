import { defineConfig } from 'wxt';
import { bundleModule, LAZY_MODULES } from './scripts/lazy-modules';

const TOOLBAR_ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' };

// Explicit imports everywhere: WXT APIs come from '#imports', nothing is auto-imported.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // Parallel builds (several worktrees or engineers) can each use their own output directory.
  outDir: process.env.WXT_OUT_DIR || '.output',
  hooks: {
    // For Firefox (MV2) WXT builds `browser_action` from the popup alone: add the toolbar icons.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.browser_action) manifest.browser_action.default_icon ??= TOOLBAR_ICONS;
    },
    'build:publicAssets': async (wxt, files) => {
      for (const [file, input] of Object.entries(LAZY_MODULES)) {
        files.push({
          relativeDest: file,
          contents: await bundleModule(wxt.config.root, file, input),
        });
      }
    },
    // `browser.runtime.getURL('/content-engine.js')` type-checks like a file in public/.
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(...Object.keys(LAZY_MODULES).map((file) => `/${file}`));
    },
  },
  zip: {
    // The sources zip (for Firefox review) is what `npm ci && npm run build` needs, nothing built.
    excludeSources: ['.output*/**', 'test-results/**', 'store/screenshots/**'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each permission and why: README, "Permissions".
    permissions: ['contextMenus', 'storage', 'activeTab'],
    // When the user withholds site access in Chrome, the popup's switch grants one site at a time
    // (lib/site-access.ts). Optional: no install prompt; Firefox MV2 grants hosts at install.
    ...(manifestVersion === 3 ? { optional_host_permissions: ['http://*/*', 'https://*/*'] } : {}),
    // The content script imports its lazy modules from the extension; pages can fetch them too
    // (all web-accessible files can be), so Chrome serves them only under a per-session id.
    web_accessible_resources:
      manifestVersion === 2
        ? Object.keys(LAZY_MODULES)
        : [
            {
              resources: Object.keys(LAZY_MODULES),
              matches: ['<all_urls>'],
              use_dynamic_url: true,
            },
          ],
    action: {
      default_title: '__MSG_extName__',
      default_icon: TOOLBAR_ICONS,
    },
    // Alt+Shift+G/H are none of Chrome's or Firefox's own shortcuts (ChromeOS uses Alt+Shift+S and
    // Alt+Shift+N); people rebind them in chrome://extensions/shortcuts or about:addons.
    commands: {
      'make-smart': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_command_make_smart__',
      },
      'next-hint': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_command_next_hint__',
      },
    },
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

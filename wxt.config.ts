import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The content scripts only ever run on the ad platforms' table pages; the
// manifest asks for nothing else than `storage` (see README, "Privacy").
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every import is written out (no auto-import globals in the types). WXT 0.21.4 still runs the
  // auto-import scan at build time: a parameter named `storage` once pulled @wxt-dev/storage and
  // superlock, 8.5 KB, into both content scripts (tests/e2e/manifest.e2e.test.ts guards it).
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: {
      // Vite's modulepreload polyfill calls fetch(); extension pages load
      // their chunks themselves, and the extension must contain no network API.
      modulePreload: { polyfill: false },
      minify: process.env.NO_MINIFY ? false : undefined,
      sourcemap: process.env.SOURCEMAP ? true : undefined,
    },
  }),
  // The sources zip is what Firefox reviewers rebuild from (npm ci && npm run
  // build-for-amo): everything the build reads, nothing it does not.
  zip: { excludeSources: ['*.log', 'tests/**', 'scripts/**', '.ci/**', 'docs/**', 'demo/**', 'artifacts/**'] },
  manifest: ({ browser }) => ({
    // Store texts in the browser's language: public/_locales/{en,fr}/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // The weekly reminder's, asked for when the user turns it on (options page), never at install.
    optional_permissions: ['alarms', 'notifications'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'real-roi@example.org',
          // Mandatory for new add-ons; Firefox understands the key from 140 on
          // (older versions reject the manifest), so that is the minimum.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});

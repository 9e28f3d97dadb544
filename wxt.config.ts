import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The content scripts only ever run on the ad platforms' table pages; the
// manifest asks for nothing else than `storage` (see README, "Privacy").
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    build: {
      // Vite's modulepreload polyfill calls fetch(); extension pages load
      // their chunks themselves, and the extension must contain no network API.
      modulePreload: { polyfill: false },
      minify: process.env.NO_MINIFY ? false : undefined,
    },
  }),
  zip: { excludeSources: ['*.log', 'tests/**', 'scripts/**', '.ci/**'] },
  manifest: ({ browser }) => ({
    name: 'Real ROI',
    description: 'Shows the real ROI (margin after every hidden cost) next to the ROAS in Google Ads and Meta Ads Manager.',
    permissions: ['storage'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'real-roi@example.org', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});

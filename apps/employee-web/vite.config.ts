import { VitePWA } from 'vite-plugin-pwa';
// A relative import: Vite bundles it with this config (a package import would be loaded by Node as .ts).
import { defineAppConfig } from '../../packages/web-common/config/vite';

// Served by the API under /employee/ (same origin as /graphql). Installable as a PWA: the app
// shell is precached so it opens without a network; GraphQL and evidence are never cached by the
// service worker (entries made offline wait in the app's own IndexedDB queue).
export default defineAppConfig({
  base: '/employee/',
  port: 5173,
  plugins: [
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'Kinerja Pegawai',
        short_name: 'Kinerja',
        description: 'Catat aktivitas harian, presensi, dan lihat rapor kinerja Anda.',
        lang: 'id',
        start_url: '/employee/',
        scope: '/employee/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#083f77',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/employee/index.html',
        navigateFallbackDenylist: [/^\/graphql/, /^\/evidence/, /^\/supervisor/],
      },
    }),
  ],
});

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { copyOfficeJs } from './build/copyOfficeJs.ts';
import { moduleSizes } from './build/moduleSizes.ts';

const officeJsDist = fileURLToPath(new URL('./node_modules/@microsoft/office-js/dist', import.meta.url));

export default defineConfig({
  base: '/pane/',
  plugins: [react(), copyOfficeJs(officeJsDist), moduleSizes()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        authDialog: fileURLToPath(new URL('./auth-dialog.html', import.meta.url)),
      },
      output: {
        // MSAL is loaded lazily (dynamic import); name its chunk so `npm run budget` shows what it is.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.includes('@azure/msal-')) ? 'assets/msal-[hash].js' : 'assets/[name]-[hash].js',
      },
    },
  },
  server: {
    // `npm run dev`: the API and the development token come from the local host.
    proxy: {
      '/api': 'http://127.0.0.1:7071',
      '/dev-token': 'http://127.0.0.1:7071',
      // The preview's Write sends through the Graph sandbox's control route (same origin, so no CORS).
      '/sandbox': 'http://127.0.0.1:7072',
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // Generous for the same reason as asyncUtilTimeout in src/test/setup.ts.
    testTimeout: 40000,
  },
});

// Vite: builds client/ into dist/ (served by server/app.ts); in development proxies /api to the Express server.
// No source maps in the build: they would publish every client source file (4.3 MB) from a public server.
import { defineConfig } from 'vite';

const apiPort = process.env.PORT || '3000';

export default defineConfig({
  root: 'client',
  build: { outDir: '../dist', emptyOutDir: true, chunkSizeWarningLimit: 2000, sourcemap: false },
  server: {
    port: Number(process.env.VITE_PORT || 5173),
    proxy: { '/api': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: false } },
  },
});

// The web app: built to dist/web, which the API serves from the same origin in production (so the
// session cookie and CSRF work without CORS). In development Vite serves the app and proxies /api.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const apiTarget = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: here('.'),
  // JSX through Vite's own transformer: @vitejs/plugin-react 6 cannot be installed next to jest's
  // Babel 7 (npm peer conflict), and without it only React Fast Refresh is missing in development.
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    alias: {
      // Shared with the API's triage; pure TypeScript whose only import is a type.
      '@app/triage/personal-data.detector': here('../../libs/triage/src/personal-data.detector.ts'),
    },
  },
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      // react-router marks its modules "use client" for server components; meaningless in this bundle.
      onLog(level, log, handler) {
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
});

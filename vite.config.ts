import { fileURLToPath } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import tsrConfig from './tsr.config.json' with { type: 'json' }

/** Placeholder the BFF swaps for a fresh nonce on every index.html it serves. */
export const CSP_NONCE_PLACEHOLDER = '__GATEHOUSE_CSP_NONCE__'

/**
 * Sonner appends a <style> element without a nonce when it is imported, which the CSP refuses.
 * We drop that call and load sonner's stylesheet as a normal CSS file instead (web/styles.css).
 */
function stripSonnerRuntimeCss(): Plugin {
  return {
    name: 'gatehouse:strip-sonner-runtime-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]sonner[\\/]dist[\\/]index\.mjs$/.test(id)) return null
      const stripped = code.replace(/^__insertCSS\(/m, '(() => {})(')
      if (stripped === code) this.error('sonner no longer injects CSS the way this plugin expects')
      return { code: stripped, map: null }
    },
  }
}

/**
 * Left alone, the bundler gives every set of screens that share a module its own chunk: a cold
 * signed-in screen then asked for ~90 files, and over HTTP/1.1's six connections they queued for
 * longer than they took to download. These groups (highest priority first; each takes the modules
 * it matches and their static imports that no earlier group took) keep one file per layer:
 */
const CHUNK_GROUPS = [
  // What index.html loads: the entry and its static imports, as one file.
  { name: 'boot', tags: ['$initial' as const], priority: 10 },
  // Loaded by every page after its first paint, the sign-in page included; each kept small.
  { name: 'toaster', test: /components[\\/]ui[\\/]sonner\.tsx$|node_modules[\\/]sonner[\\/]/, priority: 9 },
  { name: 'auth-schemas', test: /contract[\\/]auth\.ts$/, priority: 9 },
  // The sign-in page: nothing of the signed-in console comes with it.
  { name: 'sign-in', test: /routes[\\/]sign-in\.tsx/, priority: 8 },
  // The signed-in layout and the tenant layout: every signed-in screen needs them.
  { name: 'shell', test: /routes[\\/]_authed(\.tsx|[\\/]t[\\/]\$tenant\.tsx)/, priority: 7 },
  // Shared components (tables, dialogs, form fields, icons) that almost every screen uses. The
  // shell's own components stay out: the lazily loaded command palette would otherwise come along.
  { name: 'ui', test: /web[\\/]components[\\/](?!shell[\\/])|node_modules[\\/]lucide-react[\\/]/, priority: 6 },
]

export default defineConfig({
  root: 'web',
  publicDir: '../public',
  resolve: {
    alias: {
      '@contract': fileURLToPath(new URL('./contract', import.meta.url)),
      '@': fileURLToPath(new URL('./web', import.meta.url)),
    },
  },
  html: { cspNonce: CSP_NONCE_PLACEHOLDER },
  plugins: [
    tanstackRouter({
      target: 'react',
      autoCodeSplitting: true,
      // Loaders are split too, so each screen's query factories and API clients load with the
      // screen, not with the entry (the sign-in page has a 150 KB budget); in the component's chunk,
      // which main.tsx asks for at boot, so the loader does not wait for a chunk of its own.
      codeSplittingOptions: { defaultBehavior: [['loader', 'component'], ['errorComponent'], ['notFoundComponent']] },
      routesDirectory: fileURLToPath(new URL(tsrConfig.routesDirectory, import.meta.url)),
      generatedRouteTree: fileURLToPath(new URL(tsrConfig.generatedRouteTree, import.meta.url)),
      quoteStyle: 'single',
      semicolons: false,
    }),
    react(),
    tailwindcss(),
    stripSonnerRuntimeCss(),
  ],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: {
      // Contract modules build zod/mini schemas at module level; marking `z.*` pure lets the
      // bundler drop the schemas a chunk does not use (a route's search params need a few, not all).
      treeshake: { manualPureFunctions: ['z'] },
      output: { codeSplitting: { groups: CHUNK_GROUPS } },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
})

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
      // Loaders in their own chunks too: each screen's query factories and API clients then load
      // with the screen, not with the entry (the sign-in page has a 150 KB budget).
      codeSplittingOptions: { defaultBehavior: [['loader'], ['component'], ['errorComponent'], ['notFoundComponent']] },
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
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
})

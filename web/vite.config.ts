import { writeFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync, constants as zlib } from 'node:zlib'
import vue from '@vitejs/plugin-vue'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

// The C++ server keeps web/dist in memory and answers with "<file>.gz" when the client accepts
// gzip, so the build writes those beside each text file once, at the best compression level.
function precompress(): Plugin {
  let outDir = 'dist'
  return {
    name: 'tanggap-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    writeBundle(_options, bundle) {
      for (const name of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json|webmanifest)$/.test(name)) continue
        const path = join(outDir, name)
        const body = readFileSync(path)
        if (body.length < 512) continue
        writeFileSync(`${path}.gz`, gzipSync(body, { level: zlib.Z_BEST_COMPRESSION }))
      }
    },
  }
}

// `npm run dev` proxies the API to a running `tanggap serve` (default port below).
const apiTarget = process.env.TANGGAP_DEV_API ?? 'http://127.0.0.1:18080'

export default defineConfig({
  base: '/',
  plugins: [vue(), precompress()],
  // vue-i18n compile-time flags: Composition API only, no devtools hooks in production.
  define: {
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    // Leaflet, ECharts (dashboard only) and the staff console are split out by their dynamic
    // imports; the report page must stay under 200 KB of compressed JavaScript (checked by
    // e2e/pages.spec.ts). The ECharts chunk (bar, line, pie, SVG) is about 550 KB minified.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
})

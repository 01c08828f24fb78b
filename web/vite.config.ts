import { writeFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib'
import vue from '@vitejs/plugin-vue'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import { precacheList, renderServiceWorker, type BuiltFile } from './src/lib/precache.ts'

// The C++ server keeps web/dist in memory and answers with "<file>.br" or "<file>.gz" when the
// client accepts brotli or gzip, so the build writes both beside each text file once, at the best
// compression level (Node's own zlib: no extra package).
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
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(body, {
            params: {
              [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
              [zlib.BROTLI_PARAM_MODE]: /\.(js|css|html|svg)$/.test(name) ? zlib.BROTLI_MODE_TEXT : zlib.BROTLI_MODE_GENERIC,
              [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          }),
        )
      }
    },
  }
}

// dist/sw.js: src/sw.js with the app shell of this build filled in (see src/lib/precache.ts).
// Emitted in generateBundle so precompress() above also writes its .gz and .br.
function serviceWorker(): Plugin {
  return {
    name: 'tanggap-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files: BuiltFile[] = Object.values(bundle).map((f) =>
        f.type === 'chunk'
          ? {
              fileName: f.fileName,
              type: 'chunk',
              isEntry: f.isEntry,
              imports: f.imports,
              importedCss: f.viteMetadata?.importedCss,
              dynamicImports: f.dynamicImports,
              facadeModuleId: f.facadeModuleId,
            }
          : { fileName: f.fileName, type: 'asset' },
      )
      const template = readFileSync(new URL('./src/sw.js', import.meta.url), 'utf8')
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: renderServiceWorker(template, precacheList(files)) })
    },
  }
}

// `npm run dev` proxies the API to a running `tanggap serve` (default port below).
const apiTarget = process.env.TANGGAP_DEV_API ?? 'http://127.0.0.1:18080'

export default defineConfig({
  base: '/',
  plugins: [vue(), precompress(), serviceWorker()],
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
    // imports; the complaint form page must stay under 200 KB of compressed JavaScript (checked by
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

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SHELL_FILES, precacheList, precacheVersion, renderServiceWorker, type BuiltFile } from './precache'

const bundle: BuiltFile[] = [
  {
    fileName: 'assets/index-A1.js',
    type: 'chunk',
    isEntry: true,
    imports: ['assets/vue-B2.js'],
    importedCss: new Set(['assets/index-C3.css']),
    dynamicImports: ['assets/TrackPage-G7.js', 'assets/InboxPage-H8.js', 'assets/en-J9.js', 'assets/gone.js'],
  },
  {
    fileName: 'assets/TrackPage-G7.js',
    type: 'chunk',
    facadeModuleId: '/work/web/src/pages/TrackPage.vue',
    imports: ['assets/vue-B2.js', 'assets/HistoryList-K1.js'],
    importedCss: ['assets/TrackPage-L2.css'],
    dynamicImports: ['assets/StatChart-D4.js'],
  },
  { fileName: 'assets/HistoryList-K1.js', type: 'chunk', facadeModuleId: '/work/web/src/components/HistoryList.vue' },
  { fileName: 'assets/TrackPage-L2.css', type: 'asset' },
  { fileName: 'assets/InboxPage-H8.js', type: 'chunk', facadeModuleId: '/work/web/src/staff/InboxPage.vue' },
  { fileName: 'assets/en-J9.js', type: 'chunk', facadeModuleId: 'C:\\web\\src\\locales\\en.ts' },
  { fileName: 'assets/vue-B2.js', type: 'chunk', imports: ['assets/index-A1.js'] }, // cycles happen
  { fileName: 'assets/StatChart-D4.js', type: 'chunk', imports: ['assets/vue-B2.js'], importedCss: ['assets/chart-E5.css'] },
  { fileName: 'assets/index-C3.css', type: 'asset' },
  { fileName: 'assets/chart-E5.css', type: 'asset' },
  { fileName: 'assets/index-A1.js.map', type: 'asset' },
  { fileName: 'index.html', type: 'asset' },
]

describe('precacheList', () => {
  it('lists the shell, the entry chunk and each portal page and locale, with their imports and CSS', () => {
    expect(precacheList(bundle)).toEqual([
      ...SHELL_FILES,
      '/assets/HistoryList-K1.js',
      '/assets/TrackPage-G7.js',
      '/assets/TrackPage-L2.css',
      '/assets/en-J9.js',
      '/assets/index-A1.js',
      '/assets/index-C3.css',
      '/assets/vue-B2.js',
    ])
  })

  it('leaves the staff console and what pages load on demand (charts, maps) to first use', () => {
    const list = precacheList(bundle)
    expect(list).not.toContain('/assets/InboxPage-H8.js')
    expect(list).not.toContain('/assets/StatChart-D4.js')
    expect(list).not.toContain('/assets/chart-E5.css')
  })

  it('lists nothing from the network-only paths', () => {
    expect(precacheList(bundle).some((p) => /^\/(api|webhooks)\//.test(p))).toBe(false)
  })
})

describe('precacheVersion', () => {
  it('is stable for a list and changes with it', () => {
    const list = precacheList(bundle)
    expect(precacheVersion(list)).toMatch(/^[0-9a-f]{8}$/)
    expect(precacheVersion([...list])).toBe(precacheVersion(list))
    expect(precacheVersion([...list, '/assets/new-F6.js'])).not.toBe(precacheVersion(list))
  })
})

describe('renderServiceWorker', () => {
  const template = readFileSync(new URL('../sw.js', import.meta.url), 'utf8')

  it('fills every placeholder of src/sw.js', () => {
    const list = precacheList(bundle)
    const sw = renderServiceWorker(template, list)
    expect(sw).toContain(`const PRECACHE = ${JSON.stringify(list)}`)
    expect(sw).toContain(`'tanggap-${precacheVersion(list)}'`)
    expect(sw).toContain('["/api/","/webhooks/"')
    expect(sw).not.toMatch(/__[A-Z_]+__/)
  })

  it('refuses a template that lost a placeholder', () => {
    expect(() => renderServiceWorker('const PRECACHE = []', [])).toThrow(/__PRECACHE__/)
  })
})

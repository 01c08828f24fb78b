// What the service worker stores when it installs: the app shell and every page of the citizen
// portal, so that after one visit to any page the complaint form, tracking, the public list, the
// directory and the dashboard open with no connection (saying in words what needs the network).
// Used by the build (vite.config.ts), which writes the list and a version made from it into
// dist/sw.js. Listed: the entry chunk with its static imports and CSS, and each lazily loaded
// portal page (src/pages/) and locale (src/locales/) with theirs. Not listed, stored when first
// used: the staff console (it never reaches a citizen's phone) and what pages load on demand
// (Leaflet maps, ECharts charts), so installing the app does not cost a data plan 1 MB.

// The part of a Rollup output file the list is made from (OutputChunk / OutputAsset).
export interface BuiltFile {
  fileName: string
  type: 'chunk' | 'asset'
  isEntry?: boolean
  imports?: string[]
  importedCss?: Iterable<string> // Vite's viteMetadata.importedCss
  dynamicImports?: string[]
  facadeModuleId?: string | null // the module a lazy chunk was made for
}

// Lazy chunks of these source folders are part of the portal and stored at install.
export const PORTAL_SOURCES = ['/src/pages/', '/src/locales/']

export function isPortalChunk(file: BuiltFile | undefined): boolean {
  const id = file?.facadeModuleId?.replaceAll('\\', '/') ?? ''
  return PORTAL_SOURCES.some((folder) => id.includes(folder))
}

// Root files served from dist/ that belong to the shell (the server answers them with no-cache).
export const SHELL_FILES = [
  '/index.html',
  '/manifest.webmanifest',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
  '/icons/maskable-512.png',
]

// Paths the service worker leaves to the network, never answering or storing them.
export const NETWORK_ONLY_PREFIXES = ['/api/', '/webhooks/', '/healthz', '/readyz', '/metrics']

export function precacheList(files: BuiltFile[]): string[] {
  const byName = new Map(files.map((f) => [f.fileName, f]))
  const wanted = new Set<string>()
  const visit = (name: string) => {
    const file = byName.get(name)
    if (!file || wanted.has(name)) return
    wanted.add(name)
    for (const css of file.importedCss ?? []) wanted.add(css)
    for (const imported of file.imports ?? []) visit(imported)
  }
  for (const f of files) {
    if (f.type !== 'chunk' || !f.isEntry) continue
    visit(f.fileName)
    for (const lazy of f.dynamicImports ?? []) if (isPortalChunk(byName.get(lazy))) visit(lazy)
  }
  const assets = [...wanted].filter((name) => !name.endsWith('.map')).map((name) => `/${name}`).sort()
  return [...SHELL_FILES, ...assets]
}

// A short, stable version for a list: it names the cache, so a new build gets a new cache and
// the old one is deleted when the new worker takes over. FNV-1a, enough to tell builds apart.
export function precacheVersion(list: string[]): string {
  let hash = 0x811c9dc5
  for (const ch of list.join('\n')) {
    hash ^= ch.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

// The worker's source with the placeholders filled in: self.__PRECACHE__ becomes the JSON list,
// __VERSION__ the version, __NETWORK_ONLY__ the prefixes. Throws if the template lost one.
export function renderServiceWorker(template: string, list: string[]): string {
  const fills: [string, string][] = [
    ['self.__PRECACHE__', JSON.stringify(list)],
    ['self.__NETWORK_ONLY__', JSON.stringify(NETWORK_ONLY_PREFIXES)],
    ['__VERSION__', precacheVersion(list)],
  ]
  let out = template
  for (const [placeholder, value] of fills) {
    if (!out.includes(placeholder)) throw new Error(`service worker template has no ${placeholder}`)
    out = out.split(placeholder).join(value)
  }
  return out
}

// Tanggap's service worker, kept small on purpose. The build (vite.config.ts, lib/precache.ts)
// copies this file to dist/sw.js and fills in the list of files to store and the version.
//
// - install: store the app shell (index.html, the entry chunk and its CSS, manifest, icons);
// - navigations: network first, the stored index.html when offline or after 5 s of no answer;
// - /assets/ (names carry a content hash): from the cache, else the network, then stored;
// - /api/, /webhooks/ and the health/metrics paths: never answered here and never stored.
// Complaints written offline are kept by the page itself (IndexedDB, the offline queue: src/lib/offlineQueue.ts).

const PRECACHE = self.__PRECACHE__
const NETWORK_ONLY = self.__NETWORK_ONLY__
const CACHE = 'tanggap-__VERSION__'
const SHELL = '/index.html'
const NAVIGATION_TIMEOUT_MS = 5000

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('tanggap-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (NETWORK_ONLY.some((prefix) => url.pathname.startsWith(prefix))) return
  if (request.mode === 'navigate') event.respondWith(navigation(request))
  else if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirst(request))
  else if (PRECACHE.includes(url.pathname)) event.respondWith(networkFirst(request))
})

// The network's page unless it fails or is too slow; then the stored shell, which routes on the
// client like any other page.
async function navigation(request) {
  const network = fetch(request)
  network.catch(() => undefined) // a late failure after the timeout is nobody's business
  const timeout = new Promise((resolve) => setTimeout(resolve, NAVIGATION_TIMEOUT_MS, null))
  try {
    const response = await Promise.race([network, timeout])
    if (response) return response
  } catch {
    // offline: fall through to the stored shell
  }
  const shell = await caches.match(SHELL, { cacheName: CACHE })
  return shell ?? network
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE)
  const hit = await cache.match(request)
  if (hit) return hit
  const response = await fetch(request)
  // The server answers an unknown path with index.html: never store that under an asset's name.
  const html = (response.headers.get('Content-Type') ?? '').startsWith('text/html')
  if (response.status === 200 && !html) await cache.put(request, response.clone())
  return response
}

async function networkFirst(request) {
  try {
    return await fetch(request)
  } catch (e) {
    const hit = await caches.match(request, { cacheName: CACHE })
    if (hit) return hit
    throw e
  }
}

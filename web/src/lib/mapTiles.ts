// The tile rules every map of the client follows (the complaint form's pin, the public list, the heat
// map): OpenStreetMap tiles only when the browser is online and not driven by a test (the e2e
// suite must not reach the internet), and a plain background once tiles keep failing, so the
// map still works offline. Leaflet itself is not imported here, so this stays testable.

export const TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'
export const TILE_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
export const TILE_MAX_ZOOM = 19
export const TILE_FAILURES_TO_GIVE_UP = 3

// Kabupaten Indramayu, where every map opens without a point of its own.
export const HOME: [number, number] = [-6.4, 108.25]
export const HOME_ZOOM = 10

export function tilesWanted(browser: { onLine: boolean; webdriver: boolean }): boolean {
  return browser.onLine && !browser.webdriver
}

// A tile error handler that calls `giveUp` once, at the `limit`th failure.
export function afterFailures(limit: number, giveUp: () => void): () => void {
  let failures = 0
  return () => {
    if (++failures === limit) giveUp()
  }
}

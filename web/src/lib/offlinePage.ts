// A page whose code is not on the phone cannot open with no connection: the router's lazy
// import fails. Such a failure is told apart from a bug so the app can say so in words (App.vue)
// instead of showing an empty page.

// Chromium: "Failed to fetch dynamically imported module", Firefox: "error loading dynamically
// imported module", Safari: "Importing a module script failed"; Vite's own preload of a chunk's
// CSS or imports: "Unable to preload CSS" / "Failed to fetch" (vite:preloadError).
const CHUNK_FAILURES = [
  /failed to fetch dynamically imported module/i,
  /error loading dynamically imported module/i,
  /importing a module script failed/i,
  /unable to preload css/i,
  /^failed to fetch$/i,
]

export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : ''
  return CHUNK_FAILURES.some((pattern) => pattern.test(message))
}

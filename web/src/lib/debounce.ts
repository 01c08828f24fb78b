// Runs `fn` once `waitMs` after the last call. `flush` runs a pending call now (the page is
// being hidden or left), `cancel` drops it (the draft was just discarded).
export interface Debounced {
  (): void
  flush(): void
  cancel(): void
  readonly pending: boolean
}

export function debounce(fn: () => void, waitMs: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | null = null
  const run = () => {
    timer = null
    fn()
  }
  const debounced = (() => {
    if (timer !== null) clearTimeout(timer)
    timer = setTimeout(run, waitMs)
  }) as Debounced
  debounced.flush = () => {
    if (timer === null) return
    clearTimeout(timer)
    run()
  }
  debounced.cancel = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }
  Object.defineProperty(debounced, 'pending', { get: () => timer !== null })
  return debounced
}

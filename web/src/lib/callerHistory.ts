// The operator's caller history: while a phone number is typed into the intake form, look up
// that number's earlier complaints once the typing pauses (or the field is left), and never
// let a slow answer for an older number replace the answer for the current one. Whether the
// text is a phone number is the server's to say (its 422): `fetch` answers null then.

export type LookupState<T> =
  | { kind: 'idle' } // nothing typed, or not a number (as the server says)
  | { kind: 'loading'; phone: string } // the text as typed
  | { kind: 'done'; phone: string; result: T }
  | { kind: 'error'; phone: string; error: unknown }

export interface Timers {
  set(fn: () => void, ms: number): unknown
  clear(handle: unknown): void
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

export interface CallerLookup {
  // The field changed: look up after `delayMs` of quiet, unless the field is empty.
  input(text: string): void
  // The field was left: look up now (nothing new when that number is already shown or loading).
  flush(text: string): void
  // A new call: forget everything.
  reset(): void
}

// `fetch` gets the trimmed text and answers the history, or null when the server says the text
// is not a phone number.
export function createCallerLookup<T>(
  fetch: (phone: string) => Promise<T | null>,
  onState: (state: LookupState<T>) => void,
  delayMs = 400,
  timers: Timers = realTimers,
): CallerLookup {
  let pending: unknown = null
  let current: string | null = null // the text whose answer is shown or awaited
  let sequence = 0

  const cancel = () => {
    if (pending !== null) timers.clear(pending)
    pending = null
  }

  const run = (phone: string) => {
    cancel()
    if (phone === current) return
    current = phone
    const mine = ++sequence
    onState({ kind: 'loading', phone })
    fetch(phone).then(
      (result) => {
        if (mine !== sequence) return
        if (result === null) onState({ kind: 'idle' })
        else onState({ kind: 'done', phone, result })
      },
      (error: unknown) => {
        if (mine !== sequence) return
        current = null // a later blur or keystroke may try again
        onState({ kind: 'error', phone, error })
      },
    )
  }

  // Nothing typed, or a new call: forget what is shown and whatever is still on its way.
  const idle = () => {
    cancel()
    current = null
    sequence++
    onState({ kind: 'idle' })
  }

  return {
    input(text) {
      const phone = text.trim()
      if (!phone) return idle()
      if (phone === current) return cancel()
      cancel()
      pending = timers.set(() => {
        pending = null
        run(phone)
      }, delayMs)
    },
    flush(text) {
      const phone = text.trim()
      if (!phone) return idle()
      run(phone)
    },
    reset: idle,
  }
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCallerLookup, type LookupState } from './callerHistory'

interface Deferred {
  phone: string
  resolve: (value: string | null) => void
  reject: (error: unknown) => void
}

function setup() {
  const calls: Deferred[] = []
  const states: LookupState<string>[] = []
  const fetch = (phone: string) =>
    new Promise<string | null>((resolve, reject) => {
      calls.push({ phone, resolve, reject })
    })
  const lookup = createCallerLookup(fetch, (s) => states.push(s), 400)
  const last = () => states[states.length - 1]
  return { calls, states, lookup, last }
}

describe('caller lookup', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('waits for a pause in typing, then asks once for the text as typed', async () => {
    const { calls, lookup, last } = setup()
    lookup.input('0812-3456')
    lookup.input('0812-3456-78')
    vi.advanceTimersByTime(399)
    lookup.input(' 0812-3456-7890 ')
    vi.advanceTimersByTime(399)
    expect(calls).toHaveLength(0)
    vi.advanceTimersByTime(1)
    expect(calls.map((c) => c.phone)).toEqual(['0812-3456-7890'])
    expect(last()).toEqual({ kind: 'loading', phone: '0812-3456-7890' })
    calls[0]?.resolve('riwayat')
    await vi.runAllTimersAsync()
    expect(last()).toEqual({ kind: 'done', phone: '0812-3456-7890', result: 'riwayat' })
  })

  it('shows nothing when the server says the text is not a phone number', async () => {
    const { calls, lookup, last } = setup()
    lookup.flush('0812')
    calls[0]?.resolve(null)
    await vi.runAllTimersAsync()
    expect(last()).toEqual({ kind: 'idle' })
    lookup.flush('0812') // the same text is not asked about again
    expect(calls).toHaveLength(1)
  })

  it('does not ask about an empty field', () => {
    const { calls, lookup, last } = setup()
    lookup.input('   ')
    lookup.flush('')
    vi.advanceTimersByTime(1000)
    expect(calls).toHaveLength(0)
    expect(last()).toEqual({ kind: 'idle' })
  })

  it('looks up at once on blur, and not again for the same text', () => {
    const { calls, lookup } = setup()
    lookup.flush('+62 812 3456 7890')
    expect(calls.map((c) => c.phone)).toEqual(['+62 812 3456 7890'])
    lookup.input('+62 812 3456 7890')
    lookup.flush('+62 812 3456 7890 ')
    vi.advanceTimersByTime(1000)
    expect(calls).toHaveLength(1)
  })

  it('typing then leaving the field asks only once', () => {
    const { calls, lookup } = setup()
    lookup.input('081234567890')
    lookup.flush('081234567890')
    vi.advanceTimersByTime(1000)
    expect(calls).toHaveLength(1)
  })

  it('ignores a late answer for a number that is no longer in the field', async () => {
    const { calls, lookup, last } = setup()
    lookup.flush('081234567890')
    lookup.flush('085722334455')
    calls[1]?.resolve('baru')
    calls[0]?.resolve('lama')
    await vi.runAllTimersAsync()
    expect(last()).toEqual({ kind: 'done', phone: '085722334455', result: 'baru' })
  })

  it('clearing the field drops a pending answer', async () => {
    const { calls, lookup, last } = setup()
    lookup.flush('081234567890')
    lookup.input('')
    calls[0]?.resolve('lama')
    await vi.runAllTimersAsync()
    expect(last()).toEqual({ kind: 'idle' })
  })

  it('reports an error and tries again on the next blur', async () => {
    const { calls, lookup, last } = setup()
    lookup.flush('081234567890')
    calls[0]?.reject(new Error('jaringan'))
    await vi.runAllTimersAsync()
    expect(last()?.kind).toBe('error')
    lookup.flush('081234567890')
    expect(calls).toHaveLength(2)
  })

  it('reset forgets the number, so the next call looks it up again', () => {
    const { calls, lookup, last } = setup()
    lookup.flush('081234567890')
    lookup.reset()
    expect(last()).toEqual({ kind: 'idle' })
    lookup.flush('081234567890')
    expect(calls).toHaveLength(2)
  })
})

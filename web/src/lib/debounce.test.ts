import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { debounce } from './debounce'
import { emptyDraft, loadDraft, saveDraft } from './complaintForm'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('debounce', () => {
  it('runs once, after the last call', () => {
    const fn = vi.fn()
    const d = debounce(fn, 100)
    d()
    vi.advanceTimersByTime(60)
    d()
    vi.advanceTimersByTime(60)
    expect(fn).not.toHaveBeenCalled()
    expect(d.pending).toBe(true)
    vi.advanceTimersByTime(40)
    expect(fn).toHaveBeenCalledTimes(1)
    expect(d.pending).toBe(false)
  })

  it('flush runs a pending call now, and only one', () => {
    const fn = vi.fn()
    const d = debounce(fn, 100)
    d.flush()
    expect(fn).not.toHaveBeenCalled()
    d()
    d.flush()
    expect(fn).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(200)
    expect(fn).toHaveBeenCalledTimes(1)
  })

  it('cancel drops a pending call', () => {
    const fn = vi.fn()
    const d = debounce(fn, 100)
    d()
    d.cancel()
    vi.advanceTimersByTime(200)
    expect(fn).not.toHaveBeenCalled()
  })
})

describe('draft saved while typing', () => {
  it('is stored after the pause, or at once when flushed, and read back whole', () => {
    const data = new Map<string, string>()
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    }
    const draft = emptyDraft()
    const save = debounce(() => saveDraft(storage, { ...draft }), 400)
    draft.description = 'Lampu jalan'
    save()
    draft.description = 'Lampu jalan mati sejak Senin'
    draft.kecamatan = '32.12.13'
    draft.lat = -6.4
    draft.lon = 108.3
    save()
    expect(loadDraft(storage)).toBeNull()
    vi.advanceTimersByTime(400)
    expect(loadDraft(storage)).toEqual({ ...draft })
    draft.anonymous = true
    save()
    save.flush() // the page is being hidden
    expect(loadDraft(storage)?.anonymous).toBe(true)
  })
})

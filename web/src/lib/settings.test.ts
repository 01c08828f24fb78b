import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LIMITS, memoryStorage } from './fixtures'

function answer(body: unknown, status = 200): typeof fetch {
  return vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }))
}

// A fresh page load: the modules read localStorage as they start.
async function freshLoad() {
  vi.resetModules()
  const settings = await import('./settings')
  const zone = await import('./zone')
  return { ...settings, ...zone }
}

let storage: ReturnType<typeof memoryStorage>

beforeEach(() => {
  storage = memoryStorage()
  vi.stubGlobal('localStorage', storage)
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe("the server's settings", () => {
  it('are unknown until the server has ever answered', async () => {
    const { submissionLimits, localZone } = await freshLoad()
    expect(submissionLimits()).toBeNull()
    expect(localZone().name).toBe('WIB')
  })

  it('come from one request that sets both the zone and the limits', async () => {
    const { loadSettings, submissionLimits, localZone } = await freshLoad()
    const fetcher = answer({ time_zone: 'WITA', utc_offset_minutes: 480, limits: { ...LIMITS, description_min: 20 } })
    await loadSettings(fetcher)
    expect(fetcher).toHaveBeenCalledTimes(1)
    expect(vi.mocked(fetcher).mock.calls[0]?.[0]).toBe('/api/v1/settings')
    expect(localZone().name).toBe('WITA')
    expect(submissionLimits()).toEqual({ ...LIMITS, description_min: 20 })
  })

  it('are remembered for a returning visitor who is offline', async () => {
    const first = await freshLoad()
    await first.loadSettings(answer({ time_zone: 'WIT', utc_offset_minutes: 540, limits: LIMITS }))
    const again = await freshLoad()
    expect(again.submissionLimits()).toEqual(LIMITS)
    expect(again.localZone().name).toBe('WIT')
    await again.loadSettings(async () => {
      throw new TypeError('offline')
    })
    expect(again.submissionLimits()).toEqual(LIMITS)
    expect(again.localZone().name).toBe('WIT')
  })

  it('keep what there is when the answer is an error or incomplete', async () => {
    const { loadSettings, setSubmissionLimits, submissionLimits, localZone } = await freshLoad()
    setSubmissionLimits(LIMITS)
    await loadSettings(answer({ error: { code: 'internal' } }, 500))
    expect(submissionLimits()).toEqual(LIMITS)
    const partial: Record<string, unknown> = { ...LIMITS, photos_max: 9 }
    delete partial.address_max
    await loadSettings(answer({ time_zone: 'UTC', limits: partial }))
    expect(submissionLimits()).toEqual(LIMITS)
    expect(localZone().name).toBe('WIB')
    expect(setSubmissionLimits({ ...LIMITS, description_max: -1 })).toBe(false)
    expect(setSubmissionLimits({ ...LIMITS, description_max: '5000' })).toBe(false)
    expect(submissionLimits()).toEqual(LIMITS)
  })

  it('ignore a stored entry that is not a set of limits', async () => {
    storage.setItem('tanggap.limits', '{"description_min": 10')
    expect((await freshLoad()).submissionLimits()).toBeNull()
    storage.setItem('tanggap.limits', JSON.stringify({ description_min: 10 }))
    expect((await freshLoad()).submissionLimits()).toBeNull()
  })

  it('let a form wait for an answer on its way, but not for long', async () => {
    const { loadSettings, settingsSettled, submissionLimits } = await freshLoad()
    let reply: (r: Response) => void = () => undefined
    void loadSettings(() => new Promise<Response>((resolve) => (reply = resolve)))
    const waiting = settingsSettled(1000)
    reply(new Response(JSON.stringify({ time_zone: 'WIB', utc_offset_minutes: 420, limits: LIMITS })))
    await waiting
    expect(submissionLimits()).toEqual(LIMITS)

    void loadSettings(() => new Promise<Response>(() => undefined)) // never answers
    vi.useFakeTimers()
    try {
      const late = settingsSettled(1000)
      await vi.advanceTimersByTimeAsync(1000)
      await expect(late).resolves.toBeUndefined()
    } finally {
      vi.useRealTimers()
    }
  })
})

import { describe, expect, it } from 'vitest'
import type { Submission, SubmitReceipt } from '../api/types'
import {
  STALE_CLAIM_MS,
  claim,
  drain,
  forDisplay,
  memoryStore,
  newItem,
  nextToSend,
  outcomeOf,
  recover,
  recoverAll,
  retry,
  settle,
  trackingPath,
  type QueuedComplaint,
} from './offlineQueue'

const submission = (description: string): Submission => ({
  kind: 'pengaduan',
  description,
  anonymous: false,
  confidential: false,
})

const receipt = (ticket: string): SubmitReceipt => ({
  ticket,
  tracking_token: `tok-${ticket}`,
  status: 'diterima',
  unit: { code: 'dlh', name: 'Dinas Lingkungan Hidup' },
  created_at: '2026-11-30T08:00:00Z',
})

const photo = () => new Blob(['jpeg'], { type: 'image/jpeg' })

function item(id: string, createdAt: number, patch: Partial<QueuedComplaint> = {}): QueuedComplaint {
  return { ...newItem(id, submission(`Laporan ${id} tentang jalan`), [photo()], createdAt), ...patch }
}

class NetworkError extends Error {
  status = 0
  code = 'network'
}
class Refused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field = '',
  ) {
    super(message)
  }
}

describe('transitions', () => {
  it('start waiting, with no attempt, receipt or error', () => {
    const i = newItem('a', submission('x'), [], 5)
    expect(i).toMatchObject({ id: 'a', state: 'waiting', attempts: 0, createdAt: 5, receipt: null, error: null })
  })

  it('claim only a waiting complaint, counting the attempt', () => {
    const claimed = claim(item('a', 1), 100)
    expect(claimed).toMatchObject({ state: 'sending', claimedAt: 100, attempts: 1 })
    expect(claim(claimed!, 101)).toBeNull()
    expect(claim(item('b', 1, { state: 'sent' }), 101)).toBeNull()
    expect(claim(item('c', 1, { state: 'failed' }), 101)).toBeNull()
  })

  it('keep the receipt and drop the photos once sent', () => {
    const sent = settle(claim(item('a', 1), 100)!, { ok: true, receipt: { ticket: 'T1', tracking_token: 'k', unit: 'U' } }, 200)
    expect(sent).toMatchObject({ state: 'sent', sentAt: 200, photos: [], receipt: { ticket: 'T1' }, error: null })
  })

  it('keep a receipt even when the complaint was meanwhile put back to waiting', () => {
    const waiting = item('a', 1, { state: 'waiting' })
    expect(settle(waiting, { ok: true, receipt: { ticket: 'T1', tracking_token: 'k', unit: '' } }, 5)?.state).toBe('sent')
  })

  it('never change a sent complaint', () => {
    const sent = item('a', 1, { state: 'sent', receipt: { ticket: 'T1', tracking_token: 'k', unit: '' } })
    expect(settle(sent, { ok: true, receipt: { ticket: 'T2', tracking_token: 'k', unit: '' } }, 5)).toBeNull()
    expect(settle(sent, outcomeOf(new NetworkError()), 5)).toBeNull()
    expect(recover(sent, STALE_CLAIM_MS * 2, true)).toBeNull()
    expect(retry(sent)).toBeNull()
  })

  it('wait again after no answer, fail after a refusal', () => {
    const sending = claim(item('a', 1), 100)!
    expect(settle(sending, outcomeOf(new NetworkError()), 200)).toMatchObject({ state: 'waiting', error: { code: 'network' } })
    const refused = settle(sending, outcomeOf(new Refused(422, 'invalid_field', 'Alamat e-mail tidak sah')), 200)
    expect(refused).toMatchObject({ state: 'failed', error: { code: 'invalid_field', message: 'Alamat e-mail tidak sah' } })
    expect(retry(refused!)).toMatchObject({ state: 'waiting', error: null })
  })

  it('keep the field the server refused, so the form can show it there', () => {
    const sending = claim(item('a', 1), 100)!
    const refused = settle(sending, outcomeOf(new Refused(422, 'invalid_field', 'Nomor telepon tidak sah', 'reporter.phone')), 200)
    expect(refused?.error).toEqual({ code: 'invalid_field', message: 'Nomor telepon tidak sah', field: 'reporter.phone' })
  })

  it('put back a complaint left sending by a closed page', () => {
    const sending = claim(item('a', 1), 1000)!
    // This tab holds the drain lock: nobody else can be sending it.
    expect(recover(sending, 1001, true)).toMatchObject({ state: 'waiting', error: { code: 'interrupted' } })
    // Without locks, only once the claim is stale.
    expect(recover(sending, 1000 + STALE_CLAIM_MS - 1, false)).toBeNull()
    expect(recover(sending, 1000 + STALE_CLAIM_MS, false)?.state).toBe('waiting')
  })
})

describe('outcomeOf', () => {
  it('tries again after no answer, a server error, a timeout or too many requests', () => {
    for (const status of [0, 408, 429, 500, 502, 503]) {
      expect(outcomeOf(new Refused(status, 'x', 'm')).retry, String(status)).toBe(true)
    }
    expect(outcomeOf(new TypeError('Failed to fetch'))).toMatchObject({ retry: true, error: { code: 'network', message: '' } })
  })

  it('does not try again after a refusal', () => {
    for (const status of [400, 403, 413, 415, 422]) {
      expect(outcomeOf(new Refused(status, 'x', 'm')).retry, String(status)).toBe(false)
    }
  })
})

describe('nextToSend and forDisplay', () => {
  it('send the oldest waiting complaint first; list newest first', () => {
    const items = [item('c', 3), item('a', 1, { state: 'sent' }), item('b', 2), item('d', 0, { state: 'failed' })]
    expect(nextToSend(items)?.id).toBe('b')
    expect(nextToSend([item('x', 1, { state: 'sending' })])).toBeNull()
    expect(forDisplay(items).map((i) => i.id)).toEqual(['c', 'b', 'a', 'd'])
  })
})

describe('drain', () => {
  it('sends waiting complaints in order, each once, and keeps their receipts', async () => {
    const store = memoryStore()
    await store.add(item('b', 2))
    await store.add(item('a', 1))
    const posted: string[] = []
    const result = await drain(store, async (i) => {
      posted.push(i.id)
      expect(i.state).toBe('sending') // claimed before it is posted
      expect((await store.all()).find((s) => s.id === i.id)?.state).toBe('sending')
      return receipt(`T-${i.id}`)
    })
    expect(result).toEqual({ sent: 2, stopped: 'empty' })
    expect(posted).toEqual(['a', 'b'])
    expect(store.items.get('a')).toMatchObject({ state: 'sent', receipt: { ticket: 'T-a', tracking_token: 'tok-T-a', unit: 'Dinas Lingkungan Hidup' } })
    // Nothing left to send: a second drain posts nothing.
    expect(await drain(store, async () => receipt('again'))).toEqual({ sent: 0, stopped: 'empty' })
  })

  it('stops at the first complaint that gets no answer, keeping the order', async () => {
    const store = memoryStore()
    await store.add(item('a', 1))
    await store.add(item('b', 2))
    const posted: string[] = []
    const result = await drain(store, async (i) => {
      posted.push(i.id)
      throw new NetworkError()
    })
    expect(result).toEqual({ sent: 0, stopped: 'offline' })
    expect(posted).toEqual(['a'])
    expect(store.items.get('a')).toMatchObject({ state: 'waiting', attempts: 1 })
    expect(store.items.get('b')).toMatchObject({ state: 'waiting', attempts: 0 })
  })

  it('marks a refused complaint failed and goes on with the next', async () => {
    const store = memoryStore()
    await store.add(item('a', 1))
    await store.add(item('b', 2))
    const result = await drain(store, async (i) => {
      if (i.id === 'a') throw new Refused(422, 'invalid_field', 'Alamat e-mail tidak sah')
      return receipt('T-b')
    })
    expect(result).toEqual({ sent: 1, stopped: 'empty' })
    expect(store.items.get('a')?.state).toBe('failed')
    expect(store.items.get('b')?.state).toBe('sent')
  })

  it('never posts a complaint another tab claimed first', async () => {
    const store = memoryStore()
    await store.add(item('a', 1))
    const realUpdate = store.update
    let raced = false
    // Another tab claims "a" between our read and our claim.
    store.update = async (id, change) => {
      if (!raced) {
        raced = true
        await realUpdate(id, (i) => claim(i, 50))
      }
      return realUpdate(id, change)
    }
    const posted: string[] = []
    await drain(store, async (i) => {
      posted.push(i.id)
      return receipt('T')
    })
    expect(posted).toEqual([])
    expect(store.items.get('a')?.state).toBe('sending')
  })

  it('two drains at once post each complaint once', async () => {
    const store = memoryStore()
    for (const [id, at] of [['a', 1], ['b', 2], ['c', 3]] as const) await store.add(item(id, at))
    const posted: string[] = []
    const send = async (i: QueuedComplaint) => {
      posted.push(i.id)
      await new Promise((r) => setTimeout(r, 1))
      return receipt(`T-${i.id}`)
    }
    await Promise.all([drain(store, send), drain(store, send)])
    expect(posted.sort()).toEqual(['a', 'b', 'c'])
  })
})

describe('recoverAll', () => {
  it('puts complaints left sending back in the queue, then they are sent', async () => {
    const store = memoryStore()
    await store.add(item('a', 1, { state: 'sending', claimedAt: 10, attempts: 1 }))
    await store.add(item('b', 2, { state: 'sent' }))
    expect(await recoverAll(store, 20, true)).toBe(1)
    expect(store.items.get('a')?.state).toBe('waiting')
    await drain(store, async () => receipt('T-a'))
    expect(store.items.get('a')).toMatchObject({ state: 'sent', attempts: 2 })
  })
})

describe('trackingPath', () => {
  it('links the ticket with its token', () => {
    expect(trackingPath({ ticket: '2611-AB/C', tracking_token: 'a b', unit: '' })).toBe('/lacak/2611-AB%2FC?token=a%20b')
  })
})

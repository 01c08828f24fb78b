// Complaints written with no connection wait on the phone (IndexedDB, see idb.ts) and are sent in
// the order they were written when the connection returns. This file is the queue's logic with
// the storage and the network passed in, so it runs the same in the browser and in unit tests.
//
// States: waiting → sending → sent (receipt kept) | waiting (no connection, tried again later)
//                                               | failed (the server refused it; the citizen
//                                                 may fix it in the form, try again or delete it).
//
// Sending each complaint once: the id is sent as Idempotency-Key, and the server files one
// complaint per key, answering a repeat with the first receipt, so a POST whose answer was lost
// (the connection dropped on the way back, or the page closed mid-upload) is safe to send again.
// The queue still posts each complaint once where it can: a complaint is claimed ("sending") in one
// storage transaction before it is posted, so two tabs never post the same complaint; only one tab
// drains at a time (Web Locks); the receipt is stored in the same step that leaves "sending", and
// a sent complaint is never posted again.

import type { Submission, SubmitReceipt } from '../api/types'

export type QueuedComplaintState = 'waiting' | 'sending' | 'sent' | 'failed'

export interface QueueReceipt {
  ticket: string
  tracking_token: string
  unit: string
}

export interface QueueError {
  code: string // ApiError code ('network', 'invalid_field', 'interrupted', ...)
  message: string // the server's message for citizens, or '' (the UI then translates `code`)
  field?: string // the field the server refused ("reporter.phone", ...); absent in older entries
}

export interface QueuedComplaint {
  id: string // made on the phone; also the Idempotency-Key
  createdAt: number // ms since epoch
  submission: Submission
  photos: Blob[] // already resized JPEGs; dropped once the complaint is sent
  state: QueuedComplaintState
  attempts: number
  claimedAt: number | null // when it last became "sending"
  error: QueueError | null // why the last attempt did not succeed
  receipt: QueueReceipt | null
  sentAt: number | null
}

// Sending longer than this without an answer means the tab that claimed it is gone (browsers
// without Web Locks only; requests are aborted well before this, see SEND_TIMEOUT_MS).
export const STALE_CLAIM_MS = 5 * 60_000
export const SEND_TIMEOUT_MS = 2 * 60_000

export function newItem(id: string, submission: Submission, photos: Blob[], now: number): QueuedComplaint {
  return {
    id,
    createdAt: now,
    submission,
    photos,
    state: 'waiting',
    attempts: 0,
    claimedAt: null,
    error: null,
    receipt: null,
    sentAt: null,
  }
}

// The next complaint to send: the oldest waiting one.
export function nextToSend(items: QueuedComplaint[]): QueuedComplaint | null {
  return (
    items
      .filter((i) => i.state === 'waiting')
      .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))[0] ?? null
  )
}

// waiting → sending, or null when the complaint is no longer waiting (another tab took it).
export function claim(item: QueuedComplaint, now: number): QueuedComplaint | null {
  if (item.state !== 'waiting') return null
  return { ...item, state: 'sending', claimedAt: now, attempts: item.attempts + 1 }
}

export type Outcome =
  | { ok: true; receipt: QueueReceipt }
  | { ok: false; retry: boolean; error: QueueError }

export function receiptOf(r: SubmitReceipt): QueueReceipt {
  return { ticket: r.ticket, tracking_token: r.tracking_token, unit: r.unit?.name ?? '' }
}

// What a failed POST means for the queue: no answer, a server error (5xx) or "too many
// requests" are tried again later; any other answer (4xx) is the server refusing this complaint.
export function outcomeOf(error: unknown): Outcome & { ok: false } {
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    status?: unknown
    code?: unknown
    message?: unknown
    field?: unknown
  }
  const status = typeof e.status === 'number' ? e.status : 0
  const code = typeof e.code === 'string' && e.code ? e.code : 'network'
  const message = status === 0 || typeof e.message !== 'string' ? '' : e.message
  const retry = status === 0 || status === 408 || status === 429 || status >= 500
  const refusal: QueueError = { code: status === 0 ? 'network' : code, message }
  if (status !== 0 && typeof e.field === 'string' && e.field) refusal.field = e.field
  return { ok: false, retry, error: refusal }
}

// Leaves "sending" with the result. A receipt is always kept, whatever the state says by now:
// the server has the complaint, so it must never be sent again.
export function settle(item: QueuedComplaint, outcome: Outcome, now: number): QueuedComplaint | null {
  if (item.state === 'sent') return null
  if (outcome.ok) {
    return { ...item, state: 'sent', photos: [], receipt: outcome.receipt, sentAt: now, claimedAt: null, error: null }
  }
  if (item.state !== 'sending') return null
  return { ...item, state: outcome.retry ? 'waiting' : 'failed', claimedAt: null, error: outcome.error }
}

// A "sending" complaint whose sender is gone (the page was closed or reloaded mid-upload) waits
// again. `senderGone` is true when this tab holds the drain lock: then nobody else is sending.
export function recover(item: QueuedComplaint, now: number, senderGone: boolean): QueuedComplaint | null {
  if (item.state !== 'sending') return null
  if (!senderGone && (item.claimedAt === null ? false : now - item.claimedAt < STALE_CLAIM_MS)) return null
  return { ...item, state: 'waiting', claimedAt: null, error: { code: 'interrupted', message: '' } }
}

// The citizen's "try again" on a refused complaint.
export function retry(item: QueuedComplaint): QueuedComplaint | null {
  return item.state === 'failed' ? { ...item, state: 'waiting', error: null } : null
}

// Storage with one atomic read-modify-write: `change` sees the stored item and returns its new
// value, or null to leave it as it is; update resolves to what was written (or null).
export interface QueueStore {
  all(): Promise<QueuedComplaint[]>
  add(item: QueuedComplaint): Promise<void>
  update(id: string, change: (item: QueuedComplaint) => QueuedComplaint | null): Promise<QueuedComplaint | null>
  remove(id: string): Promise<void>
}

export type Send = (item: QueuedComplaint) => Promise<SubmitReceipt>

export interface DrainResult {
  sent: number
  stopped: 'empty' | 'offline'
}

// Sends waiting complaints oldest first until none is left or one cannot get through (then the
// rest wait too, keeping their order). A refused complaint is marked failed and the next one goes.
export async function drain(
  store: QueueStore,
  send: Send,
  now: () => number = Date.now,
  onChange: () => void = () => undefined,
): Promise<DrainResult> {
  let sent = 0
  for (;;) {
    const next = nextToSend(await store.all())
    if (!next) return { sent, stopped: 'empty' }
    const claimed = await store.update(next.id, (item) => claim(item, now()))
    if (!claimed) continue // taken meanwhile; look again
    onChange()
    let outcome: Outcome
    try {
      outcome = { ok: true, receipt: receiptOf(await send(claimed)) }
    } catch (e) {
      outcome = outcomeOf(e)
    }
    await store.update(claimed.id, (item) => settle(item, outcome, now()))
    onChange()
    if (outcome.ok) sent += 1
    else if (outcome.retry) return { sent, stopped: 'offline' }
  }
}

// Puts complaints left "sending" by a closed page back in the queue (see recover).
export async function recoverAll(store: QueueStore, now: number, senderGone: boolean): Promise<number> {
  let count = 0
  for (const item of await store.all()) {
    if (item.state !== 'sending') continue
    if (await store.update(item.id, (current) => recover(current, now, senderGone))) count += 1
  }
  return count
}

// Newest first for the list the citizen sees.
export function forDisplay(items: QueuedComplaint[]): QueuedComplaint[] {
  return [...items].sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id))
}

// An in-memory store for the unit tests.
export function memoryStore(): QueueStore & { items: Map<string, QueuedComplaint> } {
  const items = new Map<string, QueuedComplaint>()
  return {
    items,
    all: async () => [...items.values()],
    add: async (item) => void items.set(item.id, item),
    update: async (id, change) => {
      const current = items.get(id)
      const next = current ? change(current) : null
      if (next) items.set(id, next)
      return next
    },
    remove: async (id) => void items.delete(id),
  }
}

export function trackingPath(receipt: QueueReceipt): string {
  return `/lacak/${encodeURIComponent(receipt.ticket)}?token=${encodeURIComponent(receipt.tracking_token)}`
}

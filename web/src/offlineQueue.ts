// The offline queue of complaints as the app uses it: a reactive list for the complaint form page, and the triggers
// that send what waits — app start, the browser's `online` event, the tab becoming visible, a
// check every 30 s while a page is open, and another tab saying it changed something. The queue
// logic is lib/offlineQueue.ts; storage is lib/idb.ts. A sent complaint's receipt moves to "Laporan
// saya" (lib/savedComplaints.ts, localStorage) with those sent at once from the form.

import { reactive } from 'vue'
import { api } from './api/client'
import { idbQueueStore } from './lib/idb'
import {
  SEND_TIMEOUT_MS,
  drain,
  forDisplay,
  newItem,
  recoverAll,
  retry as retryItem,
  type QueuedComplaint,
  type QueueStore,
} from './lib/offlineQueue'
import { SAVED_KEY, excerptOf, forget, loadSaved, remember, type SavedComplaint } from './lib/savedComplaints'
import type { SubmitReceipt } from './api/types'

const CHECK_EVERY_MS = 30_000
// The lock's name (and IndexedDB's store name, lib/idb.ts) stay as first released: tabs and
// phones still holding them keep working.
const LOCK = 'tanggap-outbox'

export const offlineQueue = reactive({
  items: [] as QueuedComplaint[],
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  loaded: false,
})

// Every complaint sent from this device, newest first (see lib/savedComplaints.ts).
export const myComplaints = reactive({ items: [] as SavedComplaint[] })

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null // storage blocked by the browser's settings
  }
}

function keep(complaint: SavedComplaint): boolean {
  const s = storage()
  if (!s) return false
  myComplaints.items = remember(s, complaint)
  return myComplaints.items.some((r) => r.ticket === complaint.ticket)
}

// The form's receipt of a complaint sent at once.
export function keepReceipt(receipt: SubmitReceipt, description: string): void {
  keep({
    ticket: receipt.ticket,
    tracking_token: receipt.tracking_token,
    unit: receipt.unit?.name ?? '',
    excerpt: excerptOf(description),
    sentAt: Date.now(),
  })
}

export function forgetComplaint(ticket: string): void {
  const s = storage()
  if (s) myComplaints.items = forget(s, ticket)
}

function loadMyComplaints(): void {
  const s = storage()
  myComplaints.items = s ? loadSaved(s) : []
}

const store: QueueStore = idbQueueStore()
let channel: BroadcastChannel | null = null
let started = false
let running: Promise<void> | null = null
let again = false

async function refresh(): Promise<void> {
  try {
    const all = await store.all()
    // A sent complaint leaves the offline queue once its receipt is safely in "Laporan saya"; if that
    // cannot be written it stays here, shown as sent, so its link is never lost.
    const kept = new Set<string>()
    for (const item of all) {
      if (item.state !== 'sent' || !item.receipt) continue
      const saved = keep({
        ...item.receipt,
        excerpt: excerptOf(item.submission.description),
        sentAt: item.sentAt ?? item.createdAt,
      })
      if (saved) {
        kept.add(item.id)
        await store.remove(item.id)
      }
    }
    offlineQueue.items = forDisplay(all.filter((i) => !kept.has(i.id)))
  } catch {
    // No IndexedDB (private mode on an old browser): nothing is queued, and enqueue() fails, so
    // the form keeps the complaint and says the connection failed. A queue in memory would lose it
    // on reload while telling the citizen it is kept.
    offlineQueue.items = []
  }
  offlineQueue.loaded = true
}

function changed(): void {
  void refresh()
  channel?.postMessage('changed')
}

// Posts one complaint with its id as Idempotency-Key, giving up (as "no answer") after
// SEND_TIMEOUT_MS so a dead connection never holds the queue.
export function postComplaint(id: string, submission: QueuedComplaint['submission'], photos: Blob[]) {
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), SEND_TIMEOUT_MS)
  return api
    .submit(submission, photos, { headers: { 'Idempotency-Key': id }, signal: abort.signal })
    .finally(() => clearTimeout(timer))
}

const send = (item: QueuedComplaint) => postComplaint(item.id, item.submission, item.photos)

// One drain at a time in this tab and, where Web Locks exist, across tabs. Holding the lock also
// proves that a complaint still marked "sending" has no sender left, so it can wait again.
async function drainOnce(): Promise<void> {
  const work = async (lockHeld: boolean) => {
    if ((await recoverAll(store, Date.now(), lockHeld)) > 0) changed()
    if (!navigator.onLine) return
    await drain(store, send, Date.now, changed)
  }
  if (navigator.locks) {
    await navigator.locks.request(LOCK, { ifAvailable: true }, async (lock) => {
      if (lock) await work(true) // else another tab is sending right now
    })
  } else {
    await work(false)
  }
}

// Sends what waits, now. Calls made while sending run once more afterwards.
export function kick(): Promise<void> {
  if (running) {
    again = true
    return running
  }
  running = (async () => {
    try {
      do {
        again = false
        await drainOnce().catch(() => undefined)
      } while (again)
    } finally {
      running = null
      await refresh()
    }
  })()
  return running
}

// The complaint's id, made before the first attempt so a direct POST and the offline queue's later ones
// carry the same Idempotency-Key.
export function newComplaintId(): string {
  // randomUUID needs a secure context; getRandomValues does not. The server wants 16+ characters.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

// Keeps a complete complaint on the phone and tries to send it. Throws when it cannot be stored.
export async function enqueue(
  submission: QueuedComplaint['submission'],
  photos: Blob[],
  id: string = newComplaintId(),
): Promise<QueuedComplaint> {
  const item = newItem(id, submission, photos, Date.now())
  await store.add(item)
  // Ask the browser not to evict the offline queue when the phone runs short of space (granted without
  // a prompt to an installed or often used site; a refusal changes nothing else).
  void navigator.storage?.persist?.().catch(() => false)
  changed()
  void kick()
  return item
}

export async function retry(id: string): Promise<void> {
  await store.update(id, retryItem)
  changed()
  await kick()
}

// Removes a complaint from the list: a sent one (its receipt is no longer shown) or a failed one.
export async function dismiss(id: string): Promise<void> {
  const item = (await store.all()).find((i) => i.id === id)
  if (!item || (item.state !== 'sent' && item.state !== 'failed')) return
  await store.remove(id)
  changed()
}

// Takes a refused complaint out of the queue to be fixed in the form (which then sends it as a
// new complaint); null when it is no longer there or no longer refused.
export async function takeBack(id: string): Promise<QueuedComplaint | null> {
  const item = (await store.all()).find((i) => i.id === id)
  if (!item || item.state !== 'failed') return null
  await store.remove(id)
  changed()
  return item
}

// Called once from main.ts.
export function startOfflineQueue(): void {
  if (started || typeof window === 'undefined') return
  started = true
  loadMyComplaints()
  // Another tab sent or removed one.
  window.addEventListener('storage', (e) => {
    if (e.key === null || e.key === SAVED_KEY) loadMyComplaints()
  })
  const update = () => {
    offlineQueue.online = navigator.onLine
    if (navigator.onLine) void kick()
  }
  window.addEventListener('online', update)
  window.addEventListener('offline', update)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') update()
  })
  setInterval(() => {
    offlineQueue.online = navigator.onLine
    if (navigator.onLine && offlineQueue.items.some((i) => i.state === 'waiting')) void kick()
  }, CHECK_EVERY_MS)
  if ('BroadcastChannel' in window) {
    channel = new BroadcastChannel(LOCK)
    channel.onmessage = () => void refresh()
  }
  void refresh().then(() => kick())
}

// "Laporan saya": every complaint sent from this device, kept in localStorage with its ticket and
// tracking token, so the citizen can come back to rate the answer or follow a confidential
// complaint (the token is the only key to it). Complaints sent at once and complaints the offline queue sent
// later (lib/offlineQueue.ts) both end here; the storage is passed in so the unit tests use a fake.
import type { QueueReceipt } from './offlineQueue'

// The key's value is the one first released and already stored on citizens' phones: it keeps its
// old "reports" wording, since a new value would lose every saved ticket and tracking link.
export const SAVED_KEY = 'tanggap.my-reports.v1'
// Old receipts fall off the end rather than the storage filling up; a phone rarely holds more.
export const SAVED_MAX = 100
const EXCERPT_CHARS = 90

export interface SavedComplaint extends QueueReceipt {
  excerpt: string // the start of the description, so the citizen recognises the complaint
  sentAt: number // ms since epoch
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>

export function excerptOf(description: string): string {
  const text = description.trim().replace(/\s+/g, ' ')
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text
}

function valid(entry: unknown): entry is SavedComplaint {
  if (typeof entry !== 'object' || entry === null) return false
  const e = entry as Record<string, unknown>
  return (
    typeof e.ticket === 'string' && e.ticket !== '' &&
    typeof e.tracking_token === 'string' && e.tracking_token !== '' &&
    typeof e.unit === 'string' && typeof e.excerpt === 'string' &&
    typeof e.sentAt === 'number' && Number.isFinite(e.sentAt)
  )
}

// Newest first; a damaged or foreign entry is skipped, never fatal to the page.
export function loadSaved(storage: StorageLike): SavedComplaint[] {
  let raw: unknown
  try {
    raw = JSON.parse(storage.getItem(SAVED_KEY) ?? '[]')
  } catch {
    return []
  }
  if (!Array.isArray(raw)) return []
  return raw.filter(valid).sort((a, b) => b.sentAt - a.sentAt)
}

function write(storage: StorageLike, list: SavedComplaint[]): boolean {
  try {
    storage.setItem(SAVED_KEY, JSON.stringify(list))
    return true
  } catch {
    return false // storage full or disabled: the receipt screen still shows the link
  }
}

// Keeps a receipt; the same ticket twice (the offline queue and the form both telling of one send, or
// two tabs) stays one entry. Returns the list as stored.
export function remember(storage: StorageLike, complaint: SavedComplaint): SavedComplaint[] {
  const list = loadSaved(storage).filter((r) => r.ticket !== complaint.ticket)
  const next = [complaint, ...list].sort((a, b) => b.sentAt - a.sentAt).slice(0, SAVED_MAX)
  return write(storage, next) ? next : list
}

export function forget(storage: StorageLike, ticket: string): SavedComplaint[] {
  const next = loadSaved(storage).filter((r) => r.ticket !== ticket)
  write(storage, next)
  return next
}

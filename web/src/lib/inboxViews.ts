// The console's complaint list: its one-click views, and what the "find" box makes of what was
// typed. Every view is a filter the server's list endpoint (GET /api/v1/inbox) already takes;
// nothing is filtered in the browser. "Lewat tenggat" is not among them: the endpoint has no
// overdue filter yet, and a page of the list cannot tell how many overdue ones follow.
// A unit with units below it (a Camat's desa) may open one of their queues instead of its own
// (?unit=CODE, kept across views and status filters).
import type { UnitRef } from '../api/types'

export type InboxView = 'open' | 'verification' | 'escalated'
export const INBOX_VIEWS: readonly InboxView[] = ['open', 'verification', 'escalated']

export interface InboxQuery {
  status: string // '' = every status
  escalated?: 1
  unit?: string // a unit below the account's own; absent: the own unit's queue
}

// The view's URL query (?tampilan=...), and back: a reload and Back keep the view.
export function viewQuery(view: InboxView): Record<string, string> {
  return view === 'open' ? {} : { tampilan: view === 'verification' ? 'verifikasi' : 'eskalasi' }
}

export function viewOf(query: Record<string, unknown>): InboxView | null {
  if (query.tampilan === 'verifikasi') return 'verification'
  if (query.tampilan === 'eskalasi') return 'escalated'
  return query.status === undefined ? 'open' : null // a status chosen by hand is no saved view
}

// The list request for the URL: a saved view, or the status filter (?status=, "all" for every),
// in the queue of the unit below chosen (?unit=), if the session lists it among `below`.
export function inboxQuery(query: Record<string, unknown>, below: readonly UnitRef[] = []): InboxQuery {
  const queue = queueOf(query, below)
  const unit = queue ? { unit: queue.code } : {}
  const view = viewOf(query)
  if (view === 'verification') return { status: 'diterima', ...unit }
  if (view === 'escalated') return { status: 'open', escalated: 1, ...unit }
  const status = typeof query.status === 'string' ? query.status : 'open'
  return { status: status === 'all' ? '' : status, ...unit }
}

// The unit below whose queue the URL opens; null for the own unit's, and for a code the server
// did not list for this account (it would refuse it).
export function queueOf(query: Record<string, unknown>, below: readonly UnitRef[]): UnitRef | null {
  const code = query.unit
  return typeof code === 'string' ? (below.find((u) => u.code === code) ?? null) : null
}

// `next` (a view's or a status's query) in the same queue as `query`.
export function keepQueue(query: Record<string, unknown>, next: Record<string, string>): Record<string, string> {
  return typeof query.unit === 'string' && query.unit ? { ...next, unit: query.unit } : next
}

// The URL query for another queue ('' = the own unit's), keeping the view or status filter.
export function withQueue(query: Record<string, unknown>, code: string): Record<string, string> {
  const kept: Record<string, string> = {}
  for (const [key, value] of Object.entries(query)) {
    if (key !== 'unit' && typeof value === 'string') kept[key] = value
  }
  return code ? { ...kept, unit: code } : kept
}

// The units below, by name, for the queue select.
export function queueChoices(below: readonly UnitRef[]): UnitRef[] {
  return [...below].sort((a, b) => a.name.localeCompare(b.name, 'id'))
}

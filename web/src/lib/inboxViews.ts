// The console's complaint list: its one-click views, and what the "find" box makes of what was
// typed. Every view is a filter the server's list endpoint (GET /api/v1/inbox) already takes;
// nothing is filtered in the browser. "Lewat tenggat" is not among them: the endpoint has no
// overdue filter yet, and a page of the list cannot tell how many overdue ones follow.
import { normalizePhone } from './phone'

export type InboxView = 'open' | 'verification' | 'escalated'
export const INBOX_VIEWS: readonly InboxView[] = ['open', 'verification', 'escalated']

export interface InboxQuery {
  status: string // '' = every status
  escalated?: 1
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

// The list request for the URL: a saved view, or the status filter (?status=, "all" for every).
export function inboxQuery(query: Record<string, unknown>): InboxQuery {
  const view = viewOf(query)
  if (view === 'verification') return { status: 'diterima' }
  if (view === 'escalated') return { status: 'open', escalated: 1 }
  const status = typeof query.status === 'string' ? query.status : 'open'
  return { status: status === 'all' ? '' : status }
}

// A ticket as the API writes it (the `ticket` property's pattern in the OpenAPI document): four digits,
// a dash, six Crockford base-32 characters.
const TICKET = /^[0-9]{4}-[0-9A-HJKMNP-TV-Z]{6}$/

export type FindInput =
  | { kind: 'empty' }
  | { kind: 'ticket'; ticket: string }
  | { kind: 'phone'; phone: string }
  | { kind: 'words' }

export function classifyFind(text: string): FindInput {
  const value = text.trim()
  if (!value) return { kind: 'empty' }
  const upper = value.toUpperCase().replace(/\s+/g, '')
  if (TICKET.test(upper)) return { kind: 'ticket', ticket: upper }
  const phone = normalizePhone(value)
  if (phone) return { kind: 'phone', phone }
  return { kind: 'words' }
}

// The audit log page (staff/AuditPage.vue): the filters as the URL keeps them (?pelaku=&aksi=
// &tiket=&dari=&sampai=), the query sent to GET /api/v1/admin/audit, and a readable label for
// each action word. The server decides who may read the log and what each filter matches.
import { actionNameValues } from '../api/types'

export const AUDIT_PAGE_SIZE = 50

export interface AuditFilters {
  actor: string
  action: string
  ticket: string
  since: string // YYYY-MM-DD, from that day on
  until: string // YYYY-MM-DD, up to and including that day
}

export type AuditField = keyof AuditFilters
export const AUDIT_FIELDS: readonly AuditField[] = ['actor', 'action', 'ticket', 'since', 'until']

// Names in the page's address; the API's names are the field names.
const URL_NAMES: Record<AuditField, string> = { actor: 'pelaku', action: 'aksi', ticket: 'tiket', since: 'dari', until: 'sampai' }

export function emptyFilters(): AuditFilters {
  return { actor: '', action: '', ticket: '', since: '', until: '' }
}

function first(value: unknown): string {
  if (Array.isArray(value)) return first(value[0])
  return typeof value === 'string' ? value.trim() : ''
}

export function filtersFromQuery(query: Record<string, unknown>): AuditFilters {
  const filters = emptyFilters()
  for (const field of AUDIT_FIELDS) filters[field] = first(query[URL_NAMES[field]])
  return filters
}

// The page's address for the filters; empty ones are left out.
export function filtersToQuery(filters: AuditFilters): Record<string, string> {
  const query: Record<string, string> = {}
  for (const field of AUDIT_FIELDS) {
    const value = filters[field].trim()
    if (value) query[URL_NAMES[field]] = value
  }
  return query
}

// "2026-12-31" -> "2027-01-01"; null for anything that is not a calendar date.
export function nextDay(date: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return null
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const day = new Date(Date.UTC(y, m - 1, d))
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return null
  day.setUTCDate(d + 1)
  return day.toISOString().slice(0, 10)
}

// The query for one page. The server reads `until` as "before"; the page's "sampai" date
// includes its day, so the day after is sent. Anything that is not a date goes as typed and the
// server names the field that is wrong (422). `before` is the previous page's next_before.
export function auditParams(filters: AuditFilters, before: number | null = null, limit = AUDIT_PAGE_SIZE): URLSearchParams {
  const params = new URLSearchParams()
  const actor = filters.actor.trim()
  const ticket = filters.ticket.trim().toUpperCase()
  const since = filters.since.trim()
  const until = filters.until.trim()
  if (actor) params.set('actor', actor)
  if (filters.action) params.set('action', filters.action)
  if (ticket) params.set('ticket', ticket)
  if (since) params.set('since', since)
  if (until) params.set('until', nextDay(until) ?? until)
  if (before !== null) params.set('before', String(before))
  params.set('limit', String(limit))
  return params
}

// The shared paged list (staff/pagedList.ts) pages by a string cursor.
export function pageCursor(nextBefore: number | null): string | null {
  return nextBefore === null ? null : String(nextBefore)
}

export function cursorBefore(cursor: string | null): number | null {
  if (cursor === null) return null
  const n = Number(cursor)
  return Number.isInteger(n) ? n : null
}

// The action words the server writes (src/domain/audit.hpp), grouped for the filter. A
// complaint's staff action is "complaint." + its ActionName.
export type AuditActionGroup = 'complaint' | 'auth' | 'admin' | 'privacy' | 'other'
export const AUDIT_ACTION_GROUPS: readonly { group: AuditActionGroup; actions: readonly string[] }[] = [
  {
    group: 'complaint',
    actions: [
      'complaint.intake',
      ...actionNameValues.map((name) => `complaint.${name}`),
      'complaint.publish',
      'complaint.view_confidential',
      'complaint.view_contact',
    ],
  },
  { group: 'auth', actions: ['auth.sign_in', 'auth.sign_in_failed', 'auth.sign_out'] },
  {
    group: 'admin',
    actions: ['admin.user', 'admin.unit', 'admin.category', 'admin.deadline_policy', 'admin.holidays', 'admin.outbox_requeue'],
  },
  { group: 'privacy', actions: ['privacy.export', 'privacy.erase', 'privacy.retention', 'privacy.breach', 'privacy.breach_notify', 'privacy.breach_letters'] },
  { group: 'other', actions: ['export'] },
]

export const KNOWN_AUDIT_ACTIONS: readonly string[] = AUDIT_ACTION_GROUPS.flatMap((g) => g.actions)

const ACTION_NAMES: readonly string[] = actionNameValues

// The message key for a known action word ("complaint.verify" -> "audit.actions.complaint.verify");
// null for a word this build does not know.
export function auditActionKey(action: string): string | null {
  if (!KNOWN_AUDIT_ACTIONS.includes(action)) return null
  const [group, name] = action.split('.', 2)
  if (group === 'complaint' && name && ACTION_NAMES.includes(name)) return `actions.${name}`
  return `audit.actions.${action}`
}

// The label for an action word; an unknown word is shown as it is.
export function auditActionLabel(action: string, translate: (key: string) => string): string {
  const key = auditActionKey(action)
  return key ? translate(key) : action
}

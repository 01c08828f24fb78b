// The breach register on the privacy officer's page (staff/BreachSection.vue, docs/PRIVACY.md
// "Breach register"): the form turned into POST /api/v1/privacy/breaches, where a refusal is
// shown, and the register's deadline in words. Who is reached and when an incident is late are
// the server's to decide; these only arrange.
import type { Breach, BreachInput } from '../api/types'
import { localDate } from './zone'

export interface BreachForm {
  dataExposed: string
  how: string
  measures: string
  // A datetime-local value, "2026-12-07T13:05", in the browser's time.
  discoveredAt: string
  // Date inputs, "2026-12-07"; `until` is the last day taken (the form reads "from … to …").
  from: string
  until: string
  unit: string
}

const pad = (n: number) => String(n).padStart(2, '0')

// "2026-12-07T13:05": the minute of `ms` in the browser's time, as a datetime-local shows it.
export function localMinute(ms: number): string {
  const d = new Date(ms)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

// A datetime-local value as ISO 8601 with the browser's offset at that time: "2026-12-07T13:05:00+07:00".
// An empty or unreadable value is sent as it is, for the server to refuse at its field.
export function withOffset(value: string): string {
  const at = new Date(value)
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value) || !Number.isFinite(at.getTime())) return value
  const minutes = -at.getTimezoneOffset()
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${value.slice(0, 16)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

// The day after a date ("2026-12-31" -> "2027-01-01"); an unreadable value as it is.
export function nextDay(date: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`)
  if (!/^\d{4}-\d\d-\d\d$/.test(date) || !Number.isFinite(ms)) return date
  return new Date(ms + 86_400_000).toISOString().slice(0, 10)
}

// A new form: discovered now, the scope today (the installation's day, as the server reads a date).
export function emptyBreachForm(now: number = Date.now()): BreachForm {
  const today = localDate(now)
  return { dataExposed: '', how: '', measures: '', discoveredAt: localMinute(now), from: today, until: today, unit: '' }
}

// The body: texts trimmed, the discovery with its offset, dates as dates (the server reads a date
// as local midnight, so the day after `until` ends the scope), the unit only when chosen.
export function breachBody(form: BreachForm): BreachInput {
  const body: BreachInput = {
    discovered_at: withOffset(form.discoveredAt),
    data_exposed: form.dataExposed.trim(),
    how: form.how.trim(),
    measures: form.measures.trim(),
    received_from: form.from,
    received_until: nextDay(form.until),
  }
  const unit = form.unit.trim()
  if (unit) body.unit = unit
  return body
}

// The form's fields a refusal can name (the API's names are kept as the form's keys).
const BREACH_FIELDS = ['discovered_at', 'data_exposed', 'how', 'measures', 'received_from', 'received_until', 'unit'] as const
export type BreachField = (typeof BREACH_FIELDS)[number]

export function breachFieldOfError(field: string): BreachField | '' {
  return (BREACH_FIELDS as readonly string[]).includes(field) ? (field as BreachField) : ''
}

// The first field in the form's order that holds an error, for focus.
export function firstBreachError(errors: Record<string, string>): BreachField | '' {
  return BREACH_FIELDS.find((f) => errors[f]) ?? ''
}

// The deadline in words: sent (on time or late), or still open (late once it passed).
export type BreachState = 'sentOnTime' | 'sentLate' | 'open' | 'overdue'

export function breachState(breach: Breach): BreachState {
  if (breach.notified_at) return breach.late ? 'sentLate' : 'sentOnTime'
  return breach.late ? 'overdue' : 'open'
}

export function newestBreachFirst(items: readonly Breach[]): Breach[] {
  return [...items].sort((a, b) => Date.parse(b.recorded_at) - Date.parse(a.recorded_at) || b.id - a.id)
}

// The register with one incident replaced by the server's newer answer (after its notices went).
export function replaceBreach(items: readonly Breach[], breach: Breach): Breach[] {
  return items.map((b) => (b.id === breach.id ? breach : b))
}

// The incident's letters (PDF): to the supervising institution, then one per person reached.
export function lettersUrl(breachId: number): string {
  return `/api/v1/privacy/breaches/${breachId}/letters.pdf`
}

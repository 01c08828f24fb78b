// The 112 line as the operator works it: what to send for a call's kind, how a due time reads
// while the caller is still on the line ("tenggat 10 menit lagi, 14.25 WIB", "lewat 5 menit"),
// the board's order and the share of non-emergency calls. Pure functions (unit-tested); words
// come from vue-i18n.
import type { EmergencyCallKind, EmergencyCallSubmission, SubmissionLimits } from '../api/types'
import { zonedFormatter } from './format'
import { nextDay } from './performance'
import { descriptionProblem } from './complaintForm'
import { localDate } from './zone'

export const CALL_KINDS: readonly EmergencyCallKind[] = [
  'fire',
  'accident',
  'medical',
  'disaster',
  'public_order',
  'non_emergency',
]

export function isCallKind(value: unknown): value is EmergencyCallKind {
  return typeof value === 'string' && (CALL_KINDS as readonly string[]).includes(value)
}

// Only a non-emergency call takes a category from the operator: an emergency's category
// follows from its kind on the server.
export function takesCategory(kind: EmergencyCallKind | ''): boolean {
  return kind === 'non_emergency'
}

export interface CallForm {
  kind: EmergencyCallKind | ''
  category: string
  description: string
  address: string
  kecamatan: string
  desa: string
  lat: number | null
  lon: number | null
  name: string
  phone: string
}

export function blankCall(): CallForm {
  return {
    kind: '',
    category: '',
    description: '',
    address: '',
    kecamatan: '',
    desa: '',
    lat: null,
    lon: null,
    name: '',
    phone: '',
  }
}

function hasPlace(form: CallForm): boolean {
  return Boolean(form.address.trim() || form.kecamatan || (form.lat !== null && form.lon !== null))
}

// The request body: trimmed, empty parts left out, no category unless the kind takes one.
export function callBody(form: CallForm): EmergencyCallSubmission {
  if (!isCallKind(form.kind)) throw new Error('a call needs its kind')
  const body: EmergencyCallSubmission = { kind: form.kind, description: form.description.trim() }
  if (takesCategory(form.kind) && form.category) body.category = form.category
  const location: NonNullable<EmergencyCallSubmission['location']> = {}
  if (form.address.trim()) location.address = form.address.trim()
  if (form.kecamatan) location.kecamatan_code = form.kecamatan
  if (form.kecamatan && form.desa) location.desa_code = form.desa
  if (form.lat !== null && form.lon !== null) {
    location.lat = form.lat
    location.lon = form.lon
  }
  if (Object.keys(location).length) body.location = location
  const name = form.name.trim()
  const phone = form.phone.trim()
  if (name || phone) {
    body.reporter = {}
    if (name) body.reporter.name = name
    if (phone) body.reporter.phone = phone
  }
  return body
}

export interface Problem {
  key: string // i18n key
  params?: Record<string, number>
}

// What the browser can tell before sending, by the server's field names; the description's
// length by the server's `limits` (not checked while they are unknown).
export function callProblems(form: CallForm, limits: SubmissionLimits | null): Record<string, Problem> {
  const problems: Record<string, Problem> = {}
  if (!isCallKind(form.kind)) problems.kind = { key: 'emergencyLine.chooseKind' }
  const description = descriptionProblem(form.description, limits)
  if (description) problems.description = description
  // A non-emergency goes to the unit of its category, or of its place; with neither the
  // server cannot route it.
  if (form.kind === 'non_emergency' && !form.category && !hasPlace(form)) {
    problems.category = { key: 'validation.categoryOrLocation' }
  }
  return problems
}

const MINUTE_MS = 60_000

export type DueState =
  | { state: 'none' }
  | { state: 'ahead'; minutes: number }
  | { state: 'late'; minutes: number }

// Whole minutes left (rounded up: "1 menit lagi" until it is due) or past (rounded down).
export function dueState(dueAt: string | null | undefined, now: Date): DueState {
  if (!dueAt) return { state: 'none' }
  const due = Date.parse(dueAt)
  if (!Number.isFinite(due)) return { state: 'none' }
  const diff = due - now.getTime()
  if (diff >= 0) return { state: 'ahead', minutes: Math.ceil(diff / MINUTE_MS) }
  return { state: 'late', minutes: Math.floor(-diff / MINUTE_MS) }
}

// A span in the largest sensible unit: minutes under two hours, hours under two days, then days.
export function span(minutes: number): { unit: 'minutes' | 'hours' | 'days'; n: number } {
  if (minutes < 120) return { unit: 'minutes', n: minutes }
  if (minutes < 48 * 60) return { unit: 'hours', n: Math.floor(minutes / 60) }
  return { unit: 'days', n: Math.floor(minutes / (24 * 60)) }
}

// "14.25" (id) or "14:25" (en), in the installation's time zone.
export function localClock(iso: string, locale: string): string {
  const time = Date.parse(iso)
  if (!Number.isFinite(time)) return iso
  return zonedFormatter('clock-h23', locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(time)
}

// Whether a due time is near enough to read as a clock time ("14.25 WIB") rather than a date:
// today's emergencies yes, a non-emergency due in three working days no.
export function isSameLocalDay(iso: string, now: Date): boolean {
  const time = Date.parse(iso)
  return Number.isFinite(time) && localDate(time) === localDate(now.getTime())
}

// `plural(key, n)` is vue-i18n's t(key, n).
export type Plural = (key: string, n: number) => string

// "10 menit", "3 jam", "2 hari".
export function spanText(minutes: number, plural: Plural): string {
  const s = span(minutes)
  return plural(`emergencyLine.${s.unit}`, s.n)
}

// The share of non-emergency calls in the UI's language: "60%", "33,3%"; null (no calls) as "–".
export function formatShare(share: number | null | undefined, locale: string): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '–'
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share)
}

// The default period of the figures: this month so far, by the local calendar.
export function thisMonth(now: Date): { from: string; to: string } {
  const today = localDate(now.getTime())
  return { from: `${today.slice(0, 8)}01`, to: today }
}

// The period people pick has both days inclusive; the server's `to` is the day after the last.
export function reportQuery(period: { from: string; to: string }): { from: string; to: string } {
  return { from: period.from, to: nextDay(period.to) }
}

// Emergencies first, keeping the server's order (most urgent first) within each group.
export function boardOrder<T extends { emergency: boolean }>(items: readonly T[]): T[] {
  return items.filter((i) => i.emergency).concat(items.filter((i) => !i.emergency))
}

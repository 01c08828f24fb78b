// Plain logic of the super admin's deadline pages: a policy's limits in words, the policy
// form's rows and the body they send, a year's holiday rows, and which row a field error
// from the server belongs to (the server names a place in what was sent: "steps[1].amount",
// "items[2].date"; rows left blank are not sent, so the indices differ).

import {
  deadlineStepValues as DEADLINE_STEPS,
  type DeadlinePolicy,
  type DeadlineStep,
  type Holiday,
  type HolidayKind,
  type LimitUnit,
  type StepLimit,
} from '../../api/types'
import { localZone, type LocalZone } from '../../lib/zone'

// vue-i18n's t(key, named, plural).
export type Translate = (key: string, named?: Record<string, unknown>, plural?: number) => string

// "Verifikasi & penerusan: 3 hari kerja"
export function limitText(limit: StepLimit, t: Translate): string {
  return t('deadlineAdmin.limit', {
    step: t(`deadlineAdmin.steps.${limit.step}`),
    amount: t(`deadlineAdmin.units.${limit.unit}`, { n: limit.amount }, limit.amount),
  })
}

// A policy as people choose it: its limits in words ("Verifikasi & penerusan: 3 hari kerja ·
// Penyelesaian: 14 hari kerja"); the server gives a policy a code but no name.
export function policyLabel(policy: DeadlinePolicy, t: Translate): string {
  const limits = orderedLimits(policy)
  return limits.length ? limits.map((l) => limitText(l, t)).join(' · ') : t('deadlineAdmin.noLimits')
}

// The policy's limits in the order of the steps of a complaint.
export function orderedLimits(policy: DeadlinePolicy, steps: readonly DeadlineStep[] = DEADLINE_STEPS): StepLimit[] {
  const rank = (s: DeadlineStep) => {
    const i = steps.indexOf(s)
    return i < 0 ? steps.length : i
  }
  return [...policy.steps].sort((a, b) => rank(a.step) - rank(b.step))
}

// --- The policy form: one row per step; an empty amount means no limit ---

export interface StepRow {
  step: DeadlineStep
  amount: string
  unit: LimitUnit
}

export function stepRows(steps: DeadlineStep[], policy?: DeadlinePolicy | null): StepRow[] {
  const all = [...steps]
  for (const limit of policy?.steps ?? []) if (!all.includes(limit.step)) all.push(limit.step)
  return all.map((step) => {
    const limit = policy?.steps.find((l) => l.step === step)
    return { step, amount: limit ? String(limit.amount) : '', unit: limit?.unit ?? 'working_days' }
  })
}

export const stepField = (step: DeadlineStep, part: 'amount' | 'unit') => `steps.${step}.${part}`

export interface ReadRows<T> {
  items: T[]
  rowOf: number[] // items[i] came from rows[rowOf[i]]
  errors: Record<string, string> // field key -> message key (deadlineAdmin.* / holidayAdmin.*)
}

export function readStepRows(rows: StepRow[]): ReadRows<StepLimit> {
  const out: ReadRows<StepLimit> = { items: [], rowOf: [], errors: {} }
  rows.forEach((row, i) => {
    const text = row.amount.trim()
    if (!text) return
    if (!/^\d+$/.test(text) || Number(text) < 1) {
      out.errors[stepField(row.step, 'amount')] = 'deadlineAdmin.amountInvalid'
      return
    }
    out.items.push({ step: row.step, amount: Number(text), unit: row.unit })
    out.rowOf.push(i)
  })
  return out
}

const ITEM_FIELD = /^(\w+)\[(\d+)\](?:\.(\w+))?$/

// "steps[1].unit" -> "steps.follow_up.unit"; "code", "steps" stay as they are.
export function policyFieldKey(field: string, rows: StepRow[], rowOf: number[]): string {
  const m = ITEM_FIELD.exec(field)
  if (!m || m[1] !== 'steps') return field
  const row = rows[rowOf[Number(m[2])] ?? -1]
  if (!row) return 'steps'
  return stepField(row.step, m[3] === 'unit' ? 'unit' : 'amount')
}

// --- A year's holidays ---

export interface HolidayRow {
  key: number // stable across edits, for Vue and for the field ids
  date: string
  kind: HolidayKind
  name: string
}

let nextKey = 1
export function holidayRow(item?: Partial<Holiday>): HolidayRow {
  return { key: nextKey++, date: item?.date ?? '', kind: item?.kind ?? 'libur_nasional', name: item?.name ?? '' }
}

export const holidayField = (row: HolidayRow, part: 'date' | 'kind' | 'name') => `holiday.${row.key}.${part}`

const isBlank = (row: HolidayRow) => !row.date.trim() && !row.name.trim()

// Rows left wholly blank are dropped; a row with only one of date and name is an error there.
export function readHolidayRows(rows: HolidayRow[]): ReadRows<Holiday> {
  const out: ReadRows<Holiday> = { items: [], rowOf: [], errors: {} }
  rows.forEach((row, i) => {
    if (isBlank(row)) return
    let ok = true
    if (!/^\d{4}-\d{2}-\d{2}$/.test(row.date.trim())) {
      out.errors[holidayField(row, 'date')] = 'holidayAdmin.dateRequired'
      ok = false
    }
    if (!row.name.trim()) {
      out.errors[holidayField(row, 'name')] = 'holidayAdmin.nameRequired'
      ok = false
    }
    if (!ok) return
    out.items.push({ date: row.date.trim(), kind: row.kind, name: row.name.trim() })
    out.rowOf.push(i)
  })
  return out
}

// "items[2].date" -> that row's date field; a CSV import's "date", "kind", "name" or "header"
// (its message names the line) -> the file field; anything else -> the list as a whole.
export function holidayFieldKey(field: string, rows: HolidayRow[], rowOf: number[]): string {
  if (['date', 'kind', 'name', 'header'].includes(field)) return 'csv'
  const m = ITEM_FIELD.exec(field)
  if (!m || m[1] !== 'items') return 'items' // the list as a whole ("items", "year")
  const row = rows[rowOf[Number(m[2])] ?? -1]
  if (!row) return 'items'
  const part = m[3] === 'kind' || m[3] === 'name' ? m[3] : 'date'
  return holidayField(row, part)
}

// The year in the installation's time zone (WIB, WITA or WIT).
export function currentYear(now: Date = new Date(), zone: LocalZone = localZone()): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: zone.iana, year: 'numeric' }).format(now))
}

export function parseYear(text: string): number | null {
  const t = text.trim()
  if (!/^\d{4}$/.test(t)) return null
  const year = Number(t)
  return year >= 2000 && year <= 2100 ? year : null // what the server keeps
}

// A spreadsheet's CSV often starts with a byte-order mark; the server wants the header first.
export function csvText(text: string): string {
  return text.replace(/^\uFEFF/, '')
}

// The citizen's complaint form as data: its fields, the checks made before sending (against the
// limits the server names in GET /api/v1/settings, lib/settings.ts; the server repeats them and
// has the last word), the submission it becomes, and the draft kept in
// localStorage so a reload never loses what was typed. The draft's photos are Blobs, kept in
// IndexedDB instead (idb.ts).

import type { ComplaintKind, Submission, SubmissionLimits } from '../api/types'

export const KINDS: ComplaintKind[] = ['pengaduan', 'aspirasi', 'permintaan_informasi']

export interface ComplaintDraft {
  kind: ComplaintKind
  category: string
  description: string
  kecamatan: string
  desa: string
  address: string
  lat: number | null
  lon: number | null
  locationSource: 'none' | 'gps' | 'map'
  name: string
  phone: string
  email: string
  anonymous: boolean
  confidential: boolean
}

export function emptyDraft(): ComplaintDraft {
  return {
    kind: 'pengaduan',
    category: '',
    description: '',
    kecamatan: '',
    desa: '',
    address: '',
    lat: null,
    lon: null,
    locationSource: 'none',
    name: '',
    phone: '',
    email: '',
    anonymous: false,
    confidential: false,
  }
}

// Length in characters as the server counts them: code points of the trimmed text.
export function charCount(text: string): number {
  return [...text.trim()].length
}

export interface Problem {
  key: string // i18n key
  params?: Record<string, number>
}

// Problems keyed by the API's field names, so server errors land in the same places.
export type Problems = Record<string, Problem>

// What is wrong with a description's length by the server's limits, or null. With the limits
// unknown (null: never heard from the server) nothing is checked: the server does it on submit.
export function descriptionProblem(text: string, limits: SubmissionLimits | null): Problem | null {
  if (!limits) return null
  const length = charCount(text)
  if (length >= limits.description_min && length <= limits.description_max) return null
  // Nothing written yet: ask for the story, not for more characters.
  if (!text.trim()) return { key: 'validation.descriptionEmpty' }
  return {
    key: length < limits.description_min ? 'validation.descriptionShort' : 'validation.descriptionLong',
    params: { min: limits.description_min, max: limits.description_max, count: length },
  }
}

// The counter under a description: "12 / 5000 karakter", or "12 karakter" while the server's
// limit is unknown.
export function counterText(count: number, limits: SubmissionLimits | null): Problem {
  return limits
    ? { key: 'complaintForm.counter', params: { count, max: limits.description_max } }
    : { key: 'complaintForm.counterNoMax', params: { count } }
}

// The maxlength of a description's textarea: a little over the server's limit, so the counter,
// not a silent cut, says it is too long; none while the limit is unknown.
export function descriptionMaxLength(limits: SubmissionLimits | null): number | undefined {
  return limits ? limits.description_max + 200 : undefined
}

// The browser's checks of a complaint: `limits` are the server's (null when unknown: then lengths
// and the photo count are left to the server).
export function validateComplaint(draft: ComplaintDraft, photoCount: number, limits: SubmissionLimits | null): Problems {
  const problems: Problems = {}
  if (!KINDS.includes(draft.kind)) problems.kind = { key: 'validation.kind' }
  const description = descriptionProblem(draft.description, limits)
  if (description) problems.description = description
  const hasLocation = Boolean(draft.kecamatan) || (draft.lat !== null && draft.lon !== null)
  if (!draft.category && !hasLocation) problems.category = { key: 'validation.categoryOrLocation' }
  if (draft.desa && !draft.desa.startsWith(`${draft.kecamatan}.`)) {
    problems['location.desa_code'] = { key: 'validation.desaOutside' }
  }
  if (limits && charCount(draft.address) > limits.address_max) {
    problems['location.address'] = { key: 'validation.tooLong', params: { max: limits.address_max } }
  }
  if (limits && charCount(draft.name) > limits.reporter_name_max) {
    problems['reporter.name'] = { key: 'validation.tooLong', params: { max: limits.reporter_name_max } }
  }
  // A light check only: the server applies the full address rule.
  const email = draft.email.trim()
  if (email && (email.length > 254 || !/^[^@\s]+@[^@\s]+$/.test(email))) {
    problems['reporter.email'] = { key: 'validation.email' }
  }
  if (limits && photoCount > limits.photos_max) {
    problems.photo = { key: 'validation.photos', params: { max: limits.photos_max } }
  }
  return problems
}

export function toSubmission(draft: ComplaintDraft): Submission {
  const submission: Submission = {
    kind: draft.kind,
    description: draft.description.trim(),
    anonymous: draft.anonymous,
    confidential: draft.confidential,
  }
  if (draft.category) submission.category = draft.category
  const location: NonNullable<Submission['location']> = {}
  if (draft.kecamatan) location.kecamatan_code = draft.kecamatan
  if (draft.desa) location.desa_code = draft.desa
  if (draft.address.trim()) location.address = draft.address.trim()
  if (draft.lat !== null && draft.lon !== null) {
    location.lat = draft.lat
    location.lon = draft.lon
  }
  if (Object.keys(location).length) submission.location = location
  const reporter: NonNullable<Submission['reporter']> = {}
  if (draft.name.trim()) reporter.name = draft.name.trim()
  if (draft.phone.trim()) reporter.phone = draft.phone.trim()
  if (draft.email.trim()) reporter.email = draft.email.trim()
  if (Object.keys(reporter).length) submission.reporter = reporter
  return submission
}

// The form's fields again from a submission (toSubmission's reverse), for a queued complaint the
// server refused: the citizen fixes it in the form and sends it again.
export function draftOf(submission: Submission): ComplaintDraft {
  const location = submission.location ?? {}
  const reporter = submission.reporter ?? {}
  const point = typeof location.lat === 'number' && typeof location.lon === 'number'
  return {
    kind: submission.kind ?? 'pengaduan',
    category: submission.category ?? '',
    description: submission.description,
    kecamatan: location.kecamatan_code ?? '',
    desa: location.desa_code ?? '',
    address: location.address ?? '',
    lat: point ? (location.lat as number) : null,
    lon: point ? (location.lon as number) : null,
    locationSource: point ? 'map' : 'none',
    name: reporter.name ?? '',
    phone: reporter.phone ?? '',
    email: reporter.email ?? '',
    anonymous: submission.anonymous ?? false,
    confidential: submission.confidential ?? false,
  }
}

// The key's value is the one first released and already stored on citizens' phones: it keeps its
// old "report" wording, since a new value would lose every draft kept under the old one.
export const DRAFT_KEY = 'tanggap.report-draft.v1'

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export function isDraftEmpty(draft: ComplaintDraft): boolean {
  const blank = emptyDraft()
  return (Object.keys(blank) as (keyof ComplaintDraft)[]).every((k) => draft[k] === blank[k])
}

export function saveDraft(storage: StorageLike, draft: ComplaintDraft): void {
  try {
    if (isDraftEmpty(draft)) storage.removeItem(DRAFT_KEY)
    else storage.setItem(DRAFT_KEY, JSON.stringify(draft))
  } catch {
    // Storage full or disabled (private mode): the form still works, only without a draft.
  }
}

// The saved draft, field by field: anything missing or of the wrong type takes its default,
// so an old or tampered entry never breaks the form.
export function loadDraft(storage: StorageLike): ComplaintDraft | null {
  let raw: unknown
  try {
    raw = JSON.parse(storage.getItem(DRAFT_KEY) ?? 'null')
  } catch {
    return null
  }
  if (typeof raw !== 'object' || raw === null) return null
  const saved = raw as Record<string, unknown>
  const draft = emptyDraft()
  const target = draft as unknown as Record<string, unknown>
  for (const key of Object.keys(draft)) {
    const value = saved[key]
    const fallback = target[key]
    if (fallback === null ? typeof value === 'number' && Number.isFinite(value) : typeof value === typeof fallback) {
      target[key] = value
    }
  }
  if (!KINDS.includes(draft.kind)) draft.kind = 'pengaduan'
  if (!['none', 'gps', 'map'].includes(draft.locationSource)) draft.locationSource = 'none'
  if ((draft.lat === null) !== (draft.lon === null)) {
    draft.lat = null
    draft.lon = null
  }
  return isDraftEmpty(draft) ? null : draft
}

export function clearDraft(storage: StorageLike): void {
  try {
    storage.removeItem(DRAFT_KEY)
  } catch {
    // nothing to clear
  }
}

// The form control that shows the error for each API field name.
const FIELD_IDS: Record<string, string> = {
  // in the order the fields appear on the form
  kind: 'kind-pengaduan',
  'location.lat': 'use-gps',
  'location.lon': 'use-gps',
  'location.kecamatan_code': 'kecamatan',
  'location.desa_code': 'desa',
  'location.address': 'address',
  category: 'category',
  description: 'description',
  title: 'description',
  photo: 'photo-input',
  'reporter.name': 'name',
  'reporter.phone': 'phone',
  'reporter.email': 'email',
}
const FIELD_ORDER = Object.keys(FIELD_IDS)

export function fieldId(field: string): string | null {
  return FIELD_IDS[field] ?? null
}

// Where a field's error is listed: its own key when the form has a place for it, else "".
export function errorSlot(field: string): string {
  if (field === 'title') return 'description'
  if (field === 'location.lon') return 'location.lat'
  return fieldId(field) ? field : ''
}

// The id of the element holding a field's error text (for aria-describedby).
export function errorId(field: string): string {
  return `${field.replace(/\W/g, '-')}-error`
}

// Sorts [field, message] pairs into the order of the form, unknown fields last.
export function inFormOrder<T>(entries: [string, T][]): [string, T][] {
  const rank = (field: string) => {
    const i = FIELD_ORDER.indexOf(field)
    return i < 0 ? FIELD_ORDER.length : i
  }
  return [...entries].sort((a, b) => rank(a[0]) - rank(b[0]))
}

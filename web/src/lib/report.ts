// The citizen's report form as data: its fields, the checks made before sending (the server
// repeats them and has the last word), the submission it becomes, and the draft kept in
// localStorage so a reload never loses what was typed. The draft's photos are Blobs, kept in
// IndexedDB instead (idb.ts).

import type { ComplaintKind, Submission } from '../api/types'
import { MAX_PHOTOS } from './image'
import { normalizePhone } from './phone'

export const DESCRIPTION_MIN = 10
export const DESCRIPTION_MAX = 5000
export const NAME_MAX = 100
export const ADDRESS_MAX = 500
export const KINDS: ComplaintKind[] = ['pengaduan', 'aspirasi', 'permintaan_informasi']

export interface ReportDraft {
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

export function emptyDraft(): ReportDraft {
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

export function validateReport(draft: ReportDraft, photoCount: number): Problems {
  const problems: Problems = {}
  if (!KINDS.includes(draft.kind)) problems.kind = { key: 'validation.kind' }
  const length = charCount(draft.description)
  if (length < DESCRIPTION_MIN || length > DESCRIPTION_MAX) {
    problems.description = {
      key: length < DESCRIPTION_MIN ? 'validation.descriptionShort' : 'validation.descriptionLong',
      params: { min: DESCRIPTION_MIN, max: DESCRIPTION_MAX, count: length },
    }
  }
  const hasLocation = Boolean(draft.kecamatan) || (draft.lat !== null && draft.lon !== null)
  if (!draft.category && !hasLocation) problems.category = { key: 'validation.categoryOrLocation' }
  if (draft.desa && !draft.desa.startsWith(`${draft.kecamatan}.`)) {
    problems['location.desa_code'] = { key: 'validation.desaOutside' }
  }
  if (charCount(draft.address) > ADDRESS_MAX) {
    problems['location.address'] = { key: 'validation.tooLong', params: { max: ADDRESS_MAX } }
  }
  if (charCount(draft.name) > NAME_MAX) {
    problems['reporter.name'] = { key: 'validation.tooLong', params: { max: NAME_MAX } }
  }
  if (draft.phone.trim() && !normalizePhone(draft.phone.trim())) {
    problems['reporter.phone'] = { key: 'validation.phone' }
  }
  // A light check only: the server applies the full address rule.
  const email = draft.email.trim()
  if (email && (email.length > 254 || !/^[^@\s]+@[^@\s]+$/.test(email))) {
    problems['reporter.email'] = { key: 'validation.email' }
  }
  if (photoCount > MAX_PHOTOS) problems.photo = { key: 'validation.photos', params: { max: MAX_PHOTOS } }
  return problems
}

export function toSubmission(draft: ReportDraft): Submission {
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

export const DRAFT_KEY = 'tanggap.report-draft.v1'

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export function isDraftEmpty(draft: ReportDraft): boolean {
  const blank = emptyDraft()
  return (Object.keys(blank) as (keyof ReportDraft)[]).every((k) => draft[k] === blank[k])
}

export function saveDraft(storage: StorageLike, draft: ReportDraft): void {
  try {
    if (isDraftEmpty(draft)) storage.removeItem(DRAFT_KEY)
    else storage.setItem(DRAFT_KEY, JSON.stringify(draft))
  } catch {
    // Storage full or disabled (private mode): the form still works, only without a draft.
  }
}

// The saved draft, field by field: anything missing or of the wrong type takes its default,
// so an old or tampered entry never breaks the form.
export function loadDraft(storage: StorageLike): ReportDraft | null {
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
  category: 'category',
  description: 'description',
  title: 'description',
  photo: 'photo-input',
  'location.kecamatan_code': 'kecamatan',
  'location.desa_code': 'desa',
  'location.address': 'address',
  'location.lat': 'use-gps',
  'location.lon': 'use-gps',
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

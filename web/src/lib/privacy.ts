// The privacy officer's page (staff/PrivacyPage.vue): the request sent to POST
// /api/v1/privacy/requests from the form, where a refusal is shown, the export read grouped by
// complaint, and the register's 72-hour clock in words. Who the person is, what is erased and
// when a request is late are the server's to decide (docs/PRIVACY.md); these only arrange.
import type { PersonData, PersonErased, PrivacyRequest, PrivacyRequestInput } from '../api/types'

// How the person is looked up: one of these, typed in one field.
export type PersonKeyKind = 'phone' | 'email' | 'nik'
export const PERSON_KEY_KINDS: readonly PersonKeyKind[] = ['phone', 'email', 'nik']

export type RequestKind = PrivacyRequestInput['kind']

export interface PersonForm {
  keyKind: PersonKeyKind
  key: string
  reason: string
}

export function emptyPersonForm(): PersonForm {
  return { keyKind: 'phone', key: '', reason: '' }
}

// The body for `kind`: the key under its own name, the reason only when one was written.
export function requestBody(kind: RequestKind, form: PersonForm): PrivacyRequestInput {
  const body: PrivacyRequestInput = { kind, [form.keyKind]: form.key.trim() }
  const reason = form.reason.trim()
  if (reason) body.reason = reason
  return body
}

// The form's fields a refusal can name: the one key field stands for phone, email and nik.
export type PersonField = 'key' | 'reason'

export function fieldOfError(field: string): PersonField | '' {
  if ((PERSON_KEY_KINDS as readonly string[]).includes(field)) return 'key'
  if (field === 'reason') return 'reason'
  return ''
}

export function isPersonData(answer: PersonData | PersonErased): answer is PersonData {
  return Array.isArray((answer as PersonData).complaints)
}

// One complaint of the export as the page reads it (the API types it loosely).
export interface HeldEvent {
  at: string
  actor: string
  action: string
  from: string
  to: string
  public_text: string
  internal_note: string
}

export interface HeldComplaint {
  ticket: string
  created_at: string
  channel: string
  category: string
  unit: string
  status: string
  title: string
  description: string
  address: string
  reporter: { name: string; phone: string; email: string }
  photos: string[]
  feedback: { solved: boolean; rating: number; comment: string; at: string } | null
  history: HeldEvent[]
}

export interface ProcessingEntry {
  at: string
  actor: string
  action: string
  ticket: string
  detail: string
}

export interface HeldMessage {
  at: string
  source?: string
  channel?: string
  recipient?: string
  type?: string
  text: string
  state?: string
}

// A complaint with the audit entries about it.
export interface ComplaintGroup {
  complaint: HeldComplaint
  processing: ProcessingEntry[]
}

export interface HeldData {
  groups: ComplaintGroup[]
  // Audit entries about none of the complaints shown (none today; kept should the server add some).
  otherProcessing: ProcessingEntry[]
  messages: HeldMessage[]
  outbound: HeldMessage[]
  empty: boolean
}

export function groupByComplaint(data: PersonData): HeldData {
  const complaints = data.complaints as unknown as HeldComplaint[]
  const processing = data.processing as unknown as ProcessingEntry[]
  const tickets = new Set(complaints.map((c) => c.ticket))
  const groups = complaints.map((complaint) => ({
    complaint,
    processing: processing.filter((p) => p.ticket === complaint.ticket),
  }))
  const messages = data.messages as unknown as HeldMessage[]
  const outbound = data.outbound as unknown as HeldMessage[]
  const otherProcessing = processing.filter((p) => !tickets.has(p.ticket))
  const empty = !complaints.length && !messages.length && !outbound.length && !otherProcessing.length
  return { groups, otherProcessing, messages, outbound, empty }
}

// The answer as a letter (PDF). The register keeps the person masked, so the letter is asked
// for with the key that request was made with; the server checks it against the request.
export interface LetterKey {
  kind: PersonKeyKind
  key: string
}

export function letterUrl(requestId: number, key: LetterKey): string {
  return `/api/v1/privacy/requests/${requestId}/letter.pdf?${new URLSearchParams({ [key.kind]: key.key.trim() })}`
}

// The download of an export: the answer as JSON, named after its request number.
export function exportFileName(request: PrivacyRequest): string {
  return `data-pribadi-${request.id}.json`
}

export function exportJson(data: PersonData): string {
  return `${JSON.stringify(data, null, 2)}\n`
}

// The register's 3 x 24-hour clock in words: the server says whether a request is late.
export type ClockState = 'late' | 'onTime' | 'open'

export function clockState(request: PrivacyRequest): ClockState {
  if (request.late) return 'late'
  return request.done_at ? 'onTime' : 'open'
}

// Newest first, as the server sends it; kept so whatever order it comes in.
export function newestFirst(items: readonly PrivacyRequest[]): PrivacyRequest[] {
  return [...items].sort((a, b) => Date.parse(b.received_at) - Date.parse(a.received_at) || b.id - a.id)
}

// A thin fetch wrapper: JSON in and out, errors as ApiError, the staff CSRF token on writes.

import { i18n } from '../i18n'
import { ApiError, errorFromResponse, networkError } from './errors'
import type {
  ActionRequest,
  AdminCategory,
  AdminCategoryInput,
  AdminCategoryList,
  AdminUnit,
  AdminUnitInput,
  AdminUser,
  AdminUserCreate,
  AdminUserUpdate,
  AuditPage,
  Breach,
  BreachInput,
  BreachList,
  CallerHistory,
  Category,
  ChatComplaint,
  ChatList,
  ChatMessage,
  ChatThread,
  DeadlinePolicyList,
  EmergencyBoardItem,
  EmergencyCallReceipt,
  EmergencyCallSubmission,
  EmergencyLineReport,
  FindResult,
  Heatmap,
  Holiday,
  HolidayYear,
  InboxPage,
  LoginResult,
  NotificationPage,
  OutboxItem,
  OutboxPage,
  PerformanceReport,
  PersonData,
  PersonErased,
  PrivacyRequest,
  PrivacyRequestInput,
  PolicySaved,
  PublicComplaint,
  PublicListPage,
  PublicationRequest,
  StaffComplaint,
  StaffSubmission,
  StepLimit,
  StatsSummary,
  SubmitReceipt,
  Submission,
  Unit,
  UnitPolicySaved,
} from './types'

let csrfToken = ''

// Set after login (and from /auth/me); sent as X-CSRF-Token on every state-changing request.
export function setCsrfToken(token: string): void {
  csrfToken = token
}

type Body = { json: unknown } | { form: FormData } | { text: string; type: string } | undefined

// Extra headers and an AbortSignal, for the offline queue of complaints (src/offlineQueue.ts).
interface RequestOptions {
  headers?: Record<string, string>
  signal?: AbortSignal
}

async function request<T>(method: string, path: string, body?: Body, options: RequestOptions = {}): Promise<T> {
  // The server writes its error messages in the language the page shows (id or en).
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': i18n.global.locale.value,
    ...options.headers,
  }
  let payload: BodyInit | undefined
  if (body && 'json' in body) {
    headers['Content-Type'] = 'application/json'
    payload = JSON.stringify(body.json)
  } else if (body && 'form' in body) {
    payload = body.form // the browser sets the multipart boundary itself
  } else if (body && 'text' in body) {
    headers['Content-Type'] = body.type
    payload = body.text
  }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken
  let response: Response
  try {
    response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin', signal: options.signal })
  } catch {
    throw networkError()
  }
  const text = await response.text().catch(() => '')
  if (!response.ok) throw errorFromResponse(response.status, text)
  if (!text) return undefined as T
  try {
    return JSON.parse(text) as T
  } catch {
    throw new ApiError(response.status, 'malformed', '')
  }
}

const enc = encodeURIComponent

export function query(params: Record<string, string | number | undefined | null>): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${enc(k)}=${enc(String(v))}`)
  return parts.length ? `?${parts.join('&')}` : ''
}

export const api = {
  categories: () => request<Category[]>('GET', '/api/v1/categories'),
  units: (kind?: string) => request<Unit[]>('GET', `/api/v1/units${query({ kind })}`),

  // `options` carries the offline queue's Idempotency-Key (one complaint per key) and time limit.
  submit(submission: Submission, photos: Blob[], options: RequestOptions = {}): Promise<SubmitReceipt> {
    if (photos.length === 0) return request('POST', '/api/v1/complaints', { json: submission }, options)
    const form = new FormData()
    form.append('complaint', JSON.stringify(submission))
    photos.forEach((photo, i) => form.append('photo', photo, `foto-${i + 1}.jpg`))
    return request('POST', '/api/v1/complaints', { form }, options)
  },
  complaint: (ticket: string, token?: string) =>
    request<PublicComplaint>('GET', `/api/v1/complaints/${enc(ticket)}${query({ token })}`),
  feedback: (
    ticket: string,
    body: { token: string; solved: boolean; rating: number; comment: string },
  ) => request<PublicComplaint>('POST', `/api/v1/complaints/${enc(ticket)}/feedback`, { json: body }),

  publicComplaints: (params: {
    category?: string
    kecamatan?: string
    status?: string
    limit?: number
    cursor?: string | null
  }) => request<PublicListPage>('GET', `/api/v1/public/complaints${query(params)}`),
  statsSummary: (period: { year?: number; from?: string; to?: string }) =>
    request<StatsSummary>('GET', `/api/v1/stats/summary${query(period)}`),

  login: (username: string, password: string, otp?: string) =>
    request<LoginResult>('POST', '/api/v1/auth/login', { json: { username, password, ...(otp ? { otp } : {}) } }),
  logout: () => request<void>('POST', '/api/v1/auth/logout'),
  me: () => request<LoginResult>('GET', '/api/v1/auth/me'),
  // `unit`: a unit below the account's own (`units_below` of the session) whose queue to open.
  inbox: (params: { status?: string; escalated?: 1 | 2; unit?: string; cursor?: string | null; limit?: number }) =>
    request<InboxPage>('GET', `/api/v1/inbox${query(params)}`),
  staffComplaint: (ticket: string) =>
    request<StaffComplaint>('GET', `/api/v1/staff/complaints/${enc(ticket)}`),
  act: (ticket: string, action: ActionRequest) =>
    request<StaffComplaint>('POST', `/api/v1/staff/complaints/${enc(ticket)}/actions`, {
      json: action,
    }),
  // The unit's proof photos (already shrunk by lib/image.ts), as multipart "photo" parts.
  addProofPhotos(ticket: string, photos: Blob[]): Promise<StaffComplaint> {
    const form = new FormData()
    photos.forEach((photo, i) => form.append('photo', photo, `bukti-${i + 1}.jpg`))
    return request('POST', `/api/v1/staff/complaints/${enc(ticket)}/photos`, { form })
  },
  // The whole publication decision (hidden phrases, report photos for the public) each time.
  publishComplaint: (ticket: string, decision: PublicationRequest) =>
    request<StaffComplaint>('PUT', `/api/v1/staff/complaints/${enc(ticket)}/publication`, { json: decision }),
  notifications: (params: { limit?: number; before?: number | null }) =>
    request<NotificationPage>('GET', `/api/v1/staff/notifications${query(params)}`),
  // `url` comes from heatmapUrl() in lib/heatmap.ts.
  heatmap: (url: string) => request<Heatmap>('GET', url),
  // `url` comes from performanceUrl() in lib/performance.ts (the same address serves CSV/XLSX).
  performance: (url: string) => request<PerformanceReport>('GET', url),
  // The number goes in the query, never the path: the server's access log records paths.
  callerHistory: (phone: string) =>
    request<CallerHistory>('GET', `/api/v1/staff/caller-history${query({ phone })}`),
  // The find box's text: the server says whether it is a ticket, a phone number or words.
  staffFind: (q: string) => request<FindResult>('GET', `/api/v1/staff/find${query({ q })}`),
  intake: (submission: StaffSubmission) =>
    request<SubmitReceipt>('POST', '/api/v1/staff/complaints', { json: submission }),

  emergencyCall: (call: EmergencyCallSubmission) =>
    request<EmergencyCallReceipt>('POST', '/api/v1/staff/emergency-calls', { json: call }),
  emergencyBoard: () => request<{ items: EmergencyBoardItem[] }>('GET', '/api/v1/staff/emergency-calls'),
  emergencyLineReport: (period: { from?: string; to?: string }) =>
    request<EmergencyLineReport>('GET', `/api/v1/reports/emergency-line${query(period)}`),

  chats: (limit = 50) => request<ChatList>('GET', `/api/v1/staff/chats${query({ limit })}`),
  chat: (source: string, sender: string) =>
    request<ChatThread>('GET', `/api/v1/staff/chats/${enc(source)}/${enc(sender)}`),
  // Only WhatsApp replies from the console; the 24-hour window is checked by the server (409).
  replyChat: (sender: string, text: string) =>
    request<{ message: ChatMessage }>('POST', `/api/v1/staff/chats/whatsapp/${enc(sender)}/messages`, {
      json: { text },
    }),
  chatComplaint: (source: string, sender: string, body: ChatComplaint) =>
    request<SubmitReceipt>('POST', `/api/v1/staff/chats/${enc(source)}/${enc(sender)}/complaint`, { json: body }),
  outbox: (params: { state?: string; limit?: number; before?: number | null }) =>
    request<OutboxPage>('GET', `/api/v1/admin/outbox${query(params)}`),
  requeue: (id: number) => request<{ item: OutboxItem }>('POST', `/api/v1/admin/outbox/${id}/requeue`),

  // The audit log (auditors and the super admin; 403 for anyone else); the query from lib/audit.ts.
  auditLog: (params: URLSearchParams) => request<AuditPage>('GET', `/api/v1/admin/audit?${params.toString()}`),
  // A person's export or erasure (the privacy officer only; 403 for anyone else), and the register.
  privacyRequest: (body: PrivacyRequestInput) =>
    request<PersonData | PersonErased>('POST', '/api/v1/privacy/requests', { json: body }),
  privacyRequests: () => request<{ items: PrivacyRequest[] }>('GET', '/api/v1/privacy/requests'),
  // The breach register (UU PDP Pasal 46): record an incident, send its notices once, list them.
  recordBreach: (body: BreachInput) => request<Breach>('POST', '/api/v1/privacy/breaches', { json: body }),
  notifyBreach: (id: number) => request<Breach>('POST', `/api/v1/privacy/breaches/${id}/notify`),
  breaches: () => request<BreachList>('GET', '/api/v1/privacy/breaches'),
  adminUsers: () => request<{ items: AdminUser[] }>('GET', '/api/v1/admin/users'),
  createUser: (user: AdminUserCreate) => request<{ user: AdminUser }>('POST', '/api/v1/admin/users', { json: user }),
  updateUser: (id: number, user: AdminUserUpdate) =>
    request<{ user: AdminUser }>('PATCH', `/api/v1/admin/users/${id}`, { json: user }),
  resetPassword: (id: number, password: string) =>
    request<void>('POST', `/api/v1/admin/users/${id}/password`, { json: { password } }),
  adminUnits: () => request<{ items: AdminUnit[] }>('GET', '/api/v1/admin/units'),
  createUnit: (unit: AdminUnitInput) => request<{ unit: AdminUnit }>('POST', '/api/v1/admin/units', { json: unit }),
  updateUnit: (code: string, unit: Partial<AdminUnitInput>) =>
    request<{ unit: AdminUnit }>('PATCH', `/api/v1/admin/units/${enc(code)}`, { json: unit }),
  adminCategories: () => request<AdminCategoryList>('GET', '/api/v1/admin/categories'),
  createCategory: (category: AdminCategoryInput) =>
    request<{ category: AdminCategory }>('POST', '/api/v1/admin/categories', { json: category }),
  updateCategory: (code: string, category: Partial<AdminCategoryInput>) =>
    request<{ category: AdminCategory }>('PATCH', `/api/v1/admin/categories/${enc(code)}`, { json: category }),

  // Deadline policies and holidays: every save recounts the open complaints' deadlines.
  deadlinePolicies: () => request<DeadlinePolicyList>('GET', '/api/v1/admin/deadline-policies'),
  // Creates (201) or replaces (200) the policy; steps left out have no limit.
  saveDeadlinePolicy: (code: string, steps: StepLimit[]) =>
    request<PolicySaved>('PUT', `/api/v1/admin/deadline-policies/${enc(code)}`, { json: { steps } }),
  // 409 for a required policy or one a category or unit still uses.
  deleteDeadlinePolicy: (code: string) => request<void>('DELETE', `/api/v1/admin/deadline-policies/${enc(code)}`),
  saveUnitPolicy: (unit: string, category: string, policy: string) =>
    request<UnitPolicySaved>('PUT', `/api/v1/admin/unit-deadline-policies/${enc(unit)}/${enc(category)}`, {
      json: { policy },
    }),
  deleteUnitPolicy: (unit: string, category: string) =>
    request<void>('DELETE', `/api/v1/admin/unit-deadline-policies/${enc(unit)}/${enc(category)}`),
  holidays: (year: number) => request<Holiday[]>('GET', `/api/v1/holidays${query({ year })}`),
  // Both replace the whole year's list.
  saveHolidays: (year: number, items: Holiday[]) =>
    request<HolidayYear>('PUT', `/api/v1/admin/holidays/${year}`, { json: { items } }),
  importHolidays: (year: number, csv: string) =>
    request<HolidayYear>('PUT', `/api/v1/admin/holidays/${year}`, { text: csv, type: 'text/csv' }),
}

// Media URLs of a confidential complaint need the tracking token.
export function withToken(url: string, token?: string): string {
  return token ? `${url}${url.includes('?') ? '&' : '?'}token=${enc(token)}` : url
}

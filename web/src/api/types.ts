// Shapes of the Tanggap HTTP API (see src/api/openapi.json in the server).

export type ComplaintKind = 'pengaduan' | 'aspirasi' | 'permintaan_informasi'

export const STATUSES = [
  'diterima',
  'diverifikasi',
  'didisposisikan',
  'ditindaklanjuti',
  'selesai',
  'ditutup',
  'ditunda',
  'bukan_wewenang',
  'ditolak',
  'diarsipkan',
  'dibuka_kembali',
] as const
export type Status = (typeof STATUSES)[number]

export const CHANNELS = [
  'call_center',
  'whatsapp',
  'walk_in',
  'facebook',
  'instagram',
  'email',
  'sp4n_lapor',
  'emergency_112',
  'mobile',
  'web',
] as const
export type Channel = (typeof CHANNELS)[number]

export type Role = 'operator' | 'officer' | 'unit_admin' | 'super_admin' | 'leadership' | 'auditor'

export interface Ref {
  code: string
  name: string
}

export interface Category {
  code: string
  name: string
  parent: string | null
  emergency: boolean
}

export type UnitKind =
  | 'pimpinan'
  | 'perangkat_daerah'
  | 'kecamatan'
  | 'desa'
  | 'kelurahan'
  | 'puskesmas'
  | 'rsud'
  | 'bumd'

export interface Unit {
  code: string
  name: string
  kind: UnitKind | string
  parent: string | null
  area_code: string
  call_center: string[]
  whatsapp: string
  social: { network: string; handle: string }[]
}

export interface Location {
  lat?: number | null
  lon?: number | null
  address?: string
  kecamatan_code?: string
  desa_code?: string
}

export interface Reporter {
  name?: string
  phone?: string
  email?: string
}

export interface Submission {
  kind: ComplaintKind
  title?: string
  description: string
  category?: string
  anonymous: boolean
  confidential: boolean
  location?: Location
  reporter?: Reporter
}

export interface StaffSubmission extends Submission {
  channel: Channel
  source_url?: string // the public post or comment it came from (Facebook, Instagram, ...)
}

export interface SubmitReceipt {
  ticket: string
  tracking_token: string
  status: Status
  unit: Ref
  created_at: string
}

export interface Photo {
  id: string
  stage: 'report' | 'proof'
  url: string
  thumbnail_url: string
  width: number
  height: number
}

export interface HistoryItem {
  seq: number
  at: string
  action: string
  status: Status
  unit: Ref
  message: string
  actor?: string
  internal_note?: string
}

export interface Feedback {
  solved: boolean
  rating: number
  comment: string
  at: string
}

export interface PublicComplaint {
  ticket: string
  kind: ComplaintKind
  channel: Channel
  title: string
  description: string
  status: Status
  category: Ref | null
  unit: Ref
  location?: Location
  reporter?: Reporter
  anonymous: boolean
  confidential: boolean
  created_at: string
  updated_at: string
  due_at: string | null
  photos: Photo[]
  history: HistoryItem[]
  feedback: Feedback | null
}

// 0: with the unit, 1: escalated to Diskominfo (the super admin), 2: escalated to the Bupati.
export type EscalationLevel = 0 | 1 | 2

export type DeadlineStep = 'verification' | 'follow_up' | 'resolution' | 'info_wait'

export interface Deadline {
  step: DeadlineStep
  due_at: string
  overdue: boolean
}

export interface StaffComplaint extends PublicComplaint {
  handling_units?: string[] // absent when the viewer's unit never handled it
  deadlines: Deadline[] // the current step's deadline; empty when nothing is due
  escalation_level: EscalationLevel
  late_reason: string // the unit's reason for being late (explain_delay); '' when none
  source_url: string | null // the public post or comment it was filed from
}

export interface InboxItem {
  ticket: string
  title: string
  status: Status
  kind: ComplaintKind
  channel: Channel
  category: Ref | null
  unit: Ref
  confidential: boolean
  anonymous: boolean
  created_at: string
  due_at: string | null
  escalation_level: EscalationLevel
  late_reason: string
}

export interface InboxPage {
  items: InboxItem[]
  next_cursor: string | null
}

// GET /api/v1/staff/caller-history: a caller's earlier complaints, open ones first.
export interface CallerHistoryItem {
  ticket: string
  title: string | null // null when limited
  limited: boolean // another unit's complaint: the ticket, place and state, not what it is about
  status: Status
  open: boolean
  unit_code: string
  unit_name: string
  channel: Channel
  created_at: string
  due_at: string | null
}

export interface CallerHistory {
  phone: string // normalized, +62...
  total: number
  open_count: number
  items: CallerHistoryItem[]
}

export interface StaffUser {
  username: string
  display_name: string
  role: Role
  unit: Ref | null
}

export interface LoginResult {
  user: StaffUser
  csrf_token: string
}

export type ActionName =
  | 'verify'
  | 'dispose'
  | 'start'
  | 'respond'
  | 'note'
  | 'resolve'
  | 'close'
  | 'reopen'
  | 'defer'
  | 'not_authority'
  | 'reject'
  | 'archive'
  | 'explain_delay'
  | 'escalate'
  | 'recategorize'

export type RejectReason = 'spam' | 'abusive' | 'duplicate'

export interface ActionRequest {
  action: ActionName
  unit?: string
  category?: string
  message?: string
  note?: string
  reason?: RejectReason
}

// Public transparency figures (GET /api/v1/stats/summary). Periods are inclusive dates.
export interface StatsCount {
  received: number
  resolved: number
}

export interface StatsSummary {
  from: string | null
  to: string | null
  total: number
  resolved: number
  in_process: number
  rejected_or_archived: number
  share_resolved: number | null // 0..1 (0 when nothing was received)
  median_resolution_hours: number | null
  by_year: ({ year: number } & StatsCount)[]
  by_month: ({ month: string } & StatsCount)[]
  by_unit_kind: ({ kind: string | null } & StatsCount)[]
  by_unit: ({ code: string; name: string; kind: string | null } & StatsCount)[]
  by_category: { code: string | null; name: string; received: number }[]
  by_channel: { channel: string; received: number }[]
}

// One non-confidential complaint in the public list (GET /api/v1/public/complaints).
export interface PublicListItem {
  ticket: string
  title: string
  status: Status
  kind: ComplaintKind
  category: Ref | null
  unit: Ref
  created_at: string
  location?: {
    lat?: number | null
    lon?: number | null
    kecamatan_code?: string | null
    desa_code?: string | null
  } | null
}

export interface PublicListPage {
  items: PublicListItem[]
  next_cursor: string | null
}

// Deadline reminders and escalation notices for the signed-in staff member
// (GET /api/v1/staff/notifications), newest first.
// dispatch: an emergency call (112) for the unit on duty.
export type NotificationKind = 'reminder' | 'escalation' | 'archive' | 'dispatch'

export interface StaffNotification {
  id: number
  ticket: string
  kind: NotificationKind
  level: number // reminder number (1 at 50%, 2 at 80% of the time) or escalation level reached
  text: string
  created_at: string
}

export interface NotificationPage {
  items: StaffNotification[]
  next_before: number | null
}

// The performance (monev) report (GET /api/v1/reports/performance). Percentages are 0..100 with
// one decimal; hours have one decimal; null when there is nothing to measure.
export const REPORT_GROUPS = ['unit', 'officer', 'category', 'kecamatan'] as const
export type ReportGroup = (typeof REPORT_GROUPS)[number]

export interface PerformanceFigures {
  received: number
  assessed: number
  within_deadline: number
  within_deadline_pct: number | null
  first_response_median_hours: number | null
  first_response_p90_hours: number | null
  resolution_median_hours: number | null
  resolution_p90_hours: number | null
  reopened: number
  reopened_pct: number | null
  rating_mean: number | null
  ratings: number
  overdue_now: number
}

export interface PerformanceRow extends PerformanceFigures {
  rank: number
  code: string // '' for complaints without one (officer: not followed up yet)
  name: string
}

export interface UnitRank {
  rank: number
  code: string
  name: string
  received: number
  within_deadline: number
  within_deadline_pct: number | null
}

export interface PerformanceReport {
  group: ReportGroup
  from: string | null
  to: string | null // exclusive
  unit: string | null // the unit the caller's role limits the report to
  generated_at: string
  rows: PerformanceRow[]
  unit_ranking: UnitRank[]
  totals: PerformanceFigures
}

// Chats with citizens on WhatsApp and the agency's Facebook page and Instagram
// (GET /api/v1/staff/chats, .../chats/{source}/{sender}); operators and the super admin.
export const CHAT_SOURCES = ['whatsapp', 'page', 'instagram'] as const
export type ChatSource = (typeof CHAT_SOURCES)[number]

export type InboundType = 'text' | 'image' | 'location' | 'interactive_reply' | 'unsupported'
export type OutboundPurpose = 'conversation' | 'operator_reply' | 'status_notice' | 'receipt' | 'staff_notice'
export type OutboundState = 'pending' | 'sending' | 'sent' | 'dead'
export type DeliveryStatus = 'none' | 'sent' | 'delivered' | 'read' | 'failed'

export interface ChatMessage {
  direction: 'in' | 'out'
  at: string
  text: string
  type: InboundType | OutboundPurpose
  state?: OutboundState // out only
  delivery?: DeliveryStatus // out only
}

export interface ChatSummary {
  source: ChatSource
  sender: string // WhatsApp: the number as digits (628...); otherwise the page-scoped id
  profile_name: string
  last_text: string
  last_at: string
  messages: number
  window_open: boolean
  window_closes_at: string | null
  complaint_ticket: string | null
}

export interface ChatList {
  items: ChatSummary[]
}

export interface ChatThread {
  source: ChatSource
  sender: string
  profile_name: string
  window_open: boolean
  window_closes_at: string | null
  complaint_ticket: string | null
  messages: ChatMessage[]
}

// POST /api/v1/staff/chats/{source}/{sender}/complaint: the intake body without channel and
// reporter (both come from the chat).
export interface ChatComplaint {
  kind: ComplaintKind
  category?: string
  title?: string
  description: string
  location?: Location
  confidential?: boolean
}

// The outbox as the super admin sees it (GET /api/v1/admin/outbox), newest first.
export type OutboxChannel = 'whatsapp' | 'email' | 'sms'

export interface OutboxItem {
  id: number
  channel: OutboxChannel
  recipient: string
  ticket: string | null
  purpose: OutboundPurpose
  state: OutboundState
  attempts: number
  last_error: string
  next_attempt_at: string
  created_at: string
  sent_at: string | null
  delivery: DeliveryStatus
}

export interface OutboxPage {
  items: OutboxItem[]
  next_before: number | null
}

// The 112 line (POST/GET /api/v1/staff/emergency-calls, GET /api/v1/reports/emergency-line).
export type EmergencyCallKind = 'fire' | 'accident' | 'medical' | 'disaster' | 'public_order' | 'non_emergency'

export interface EmergencyCallSubmission {
  kind: EmergencyCallKind
  description: string
  title?: string
  category?: string // non_emergency only; an emergency's category follows from its kind
  location?: Location
  reporter?: { name?: string; phone?: string }
}

export interface EmergencyCallReceipt extends SubmitReceipt {
  emergency: boolean
  due_at: string | null
  advice: string // what the operator reads to the caller
}

export interface EmergencyBoardItem extends Omit<InboxItem, 'title'> {
  title: string | null
  emergency: boolean
}

export interface EmergencyLineReport {
  from: string | null
  to: string | null
  calls: number
  emergency: number
  non_emergency: number
  non_emergency_share: number | null // 0..1; null without calls
  by_category: { category: string; name: string; emergency: boolean; calls: number }[]
}

// --- The super admin's directory and accounts (/api/v1/admin/...) ---

export const ROLES: Role[] = ['operator', 'officer', 'unit_admin', 'super_admin', 'leadership', 'auditor']
export const UNIT_KINDS: UnitKind[] = ['pimpinan', 'perangkat_daerah', 'kecamatan', 'desa', 'kelurahan', 'puskesmas', 'rsud', 'bumd']

export interface AdminUser {
  id: number
  username: string
  display_name: string
  role: Role
  unit: Ref | null
  email: string
  phone: string
  active: boolean
}

// What the account form sends; the password only when creating.
export interface AdminUserInput {
  username?: string
  display_name: string
  role: Role
  unit: string | null
  email: string
  phone: string
  active: boolean
  password?: string
}

export interface AdminUnit {
  code: string
  name: string
  kind: UnitKind
  parent: string | null
  area_code: string | null
  call_center: string[]
  whatsapp: string | null
  social: { network: string; handle: string }[]
  categories: string[]
  always_open: boolean
  super_admin: boolean
}

export type AdminUnitInput = Omit<AdminUnit, 'super_admin'>

export interface CategoryRoute {
  unit: Ref | null
  area_kind: UnitKind | null
}

export interface AdminCategory {
  code: string
  name: string
  parent: string | null
  responsible_unit: string | null
  responsible_kind: UnitKind | null
  area_bound: boolean
  emergency: boolean
  deadline_policy: string | null
  route: CategoryRoute | null
}

export type AdminCategoryInput = Omit<AdminCategory, 'route'>

export interface AdminCategoryList {
  items: AdminCategory[]
  deadline_policies: string[]
}

// --- The super admin's deadline settings (/api/v1/admin/deadline-policies, .../holidays) ---

export type LimitUnit = 'working_days' | 'working_hours' | 'calendar_hours' | 'calendar_minutes' | 'calendar_days'
export const DEADLINE_STEPS: DeadlineStep[] = ['verification', 'follow_up', 'resolution', 'info_wait']
export const LIMIT_UNITS: LimitUnit[] = ['working_days', 'working_hours', 'calendar_hours', 'calendar_minutes', 'calendar_days']

// One step's limit; a step a policy leaves out has no limit.
export interface StepLimit {
  step: DeadlineStep
  amount: number
  unit: LimitUnit
}

export interface DeadlinePolicy {
  code: string
  required: boolean // the fallbacks (sp4n_lapor, darurat): never deleted
  steps: StepLimit[]
  categories: string[] // codes of the categories that use it
}

// A unit's own policy for one category, over the category's.
export interface UnitPolicy {
  unit: Ref
  category: Ref
  policy: string
}

export interface DeadlinePolicyList {
  items: DeadlinePolicy[]
  unit_policies: UnitPolicy[]
  steps: DeadlineStep[]
  limit_units: LimitUnit[]
}

// `recounted`: how many open complaints had their deadlines computed again by the change.
export interface PolicySaved {
  policy: DeadlinePolicy
  recounted: number
}

export interface UnitPolicySaved {
  unit_policy: UnitPolicy
  recounted: number
}

export type HolidayKind = 'libur_nasional' | 'cuti_bersama'
export const HOLIDAY_KINDS: HolidayKind[] = ['libur_nasional', 'cuti_bersama']

export interface Holiday {
  date: string // YYYY-MM-DD
  kind: HolidayKind
  name: string
}

export interface HolidayYear {
  year: number
  items: Holiday[] // sorted by date
  recounted: number
}

// GET /api/v1/leadership/heatmap
export interface HeatmapCell {
  lat: number // centre of the cell
  lon: number
  count: number
}

export interface Heatmap {
  from: string | null
  to: string | null
  category: string | null
  cell_degrees: number
  min_count: number
  located: number
  suppressed: number
  cells: HeatmapCell[]
}

// Which actions of the status machine to offer as buttons. Mirrors the server's table
// (src/domain/status_machine.cpp); the server still decides, and its 403/409 is shown.

import type { ActionName, Role, Status, StaffUser } from '../api/types'

const OPEN_WORK: Status[] = [
  'diterima',
  'diverifikasi',
  'didisposisikan',
  'ditindaklanjuti',
  'dibuka_kembali',
]

const TERMINAL: Status[] = ['ditutup', 'ditolak', 'diarsipkan']

// The statuses from which each action is legal, in the order the buttons appear.
export const LEGAL_FROM: Record<ActionName, (s: Status) => boolean> = {
  verify: (s) => s === 'diterima' || s === 'ditunda',
  dispose: (s) => OPEN_WORK.includes(s) || s === 'ditunda' || s === 'bukan_wewenang',
  start: (s) => ['diverifikasi', 'didisposisikan', 'ditunda', 'dibuka_kembali'].includes(s),
  respond: (s) => !TERMINAL.includes(s),
  resolve: (s) => ['diverifikasi', 'didisposisikan', 'ditindaklanjuti', 'dibuka_kembali'].includes(s),
  close: (s) => s === 'selesai',
  reopen: (s) => s === 'selesai',
  defer: (s) => OPEN_WORK.includes(s),
  not_authority: (s) => OPEN_WORK.includes(s),
  reject: (s) => ['diterima', 'diverifikasi', 'ditunda', 'bukan_wewenang'].includes(s),
  archive: (s) => ['diterima', 'diverifikasi', 'ditunda', 'bukan_wewenang'].includes(s),
  explain_delay: (s) => !TERMINAL.includes(s),
  escalate: (s) => !TERMINAL.includes(s),
  recategorize: (s) => !TERMINAL.includes(s),
  note: () => true,
}

export const ACTION_ORDER = Object.keys(LEGAL_FROM) as ActionName[]

const OPERATOR_ACTIONS: ActionName[] = ['verify', 'note', 'defer', 'respond']

export function roleMay(role: Role, action: ActionName): boolean {
  switch (role) {
    case 'super_admin':
      return true
    case 'officer':
    case 'unit_admin':
      return action !== 'escalate' // only Diskominfo escalates by hand
    case 'operator':
      return OPERATOR_ACTIONS.includes(action)
    default:
      return false
  }
}

// Where the complaint stands on the escalation ladder: a unit explains a delay only once it is
// late (past due, or escalated), and nobody escalates past the Bupati (the server says 409).
export interface Lateness {
  late: boolean
  escalationLevel: number
}

const ON_TIME: Lateness = { late: false, escalationLevel: 0 }

// The actions `user` may take on a complaint in `status` held by `unitCode`.
export function legalActions(
  status: Status,
  user: StaffUser | null,
  unitCode: string,
  lateness: Lateness = ON_TIME,
): ActionName[] {
  if (!user) return []
  const superAdmin = user.role === 'super_admin'
  if (!superAdmin && user.unit?.code !== unitCode) return []
  return ACTION_ORDER.filter((action) => {
    if (!LEGAL_FROM[action](status) || !roleMay(user.role, action)) return false
    if (action === 'explain_delay' && !lateness.late) return false
    if (action === 'escalate' && lateness.escalationLevel >= 2) return false
    // Once a unit said "not our authority", re-routing is the super admin's call.
    if (!superAdmin && status === 'bukan_wewenang') return action === 'note'
    return true
  })
}

// What each action's form asks for. `required` fields must be filled before sending.
export interface ActionNeeds {
  message: 'required' | 'optional' | 'none'
  note: 'optional' | 'required'
  unit: boolean
  reason: boolean
  category?: boolean // recategorize: the new category
}

export function actionNeeds(action: ActionName): ActionNeeds {
  switch (action) {
    case 'dispose':
      return { message: 'optional', note: 'optional', unit: true, reason: false }
    case 'recategorize':
      return { message: 'none', note: 'optional', unit: false, reason: false, category: true }
    case 'note':
    case 'explain_delay':
    case 'escalate':
      return { message: 'none', note: 'required', unit: false, reason: false }
    case 'respond':
    case 'resolve':
    case 'reopen':
    case 'defer':
    case 'not_authority':
      return { message: 'required', note: 'optional', unit: false, reason: false }
    case 'reject':
      return { message: 'none', note: 'optional', unit: false, reason: true }
    case 'verify':
    case 'start':
    case 'close':
    case 'archive':
      return { message: 'optional', note: 'optional', unit: false, reason: false }
  }
}

// A complaint past its due time that is not yet answered (selesai) or finished is overdue.
export function isOverdue(dueAt: string | null, status: Status, now: Date = new Date()): boolean {
  if (!dueAt || status === 'selesai' || TERMINAL.includes(status)) return false
  const due = Date.parse(dueAt)
  return Number.isFinite(due) && due < now.getTime()
}

// What the console offers a staff member: the duties the server's authorization table gives
// their role (`duties` of POST /api/v1/auth/login and GET /api/v1/auth/me, docs/PRIVACY.md).
// The browser keeps no copy of the role rules; it only reads the list. Pure functions
// (unit-tested).
import type { Duty } from '../api/types'

export function hasDuty(duties: readonly Duty[] | null | undefined, duty: Duty): boolean {
  return !!duties && duties.includes(duty)
}

// The staff bar's links, each shown only with the duty its page needs.
export interface StaffNav {
  escalations: boolean
  inbox: boolean
  intake: boolean
  emergencyLine: boolean
  chats: boolean
  reports: boolean
  outbox: boolean
  audit: boolean
  admin: boolean
  notifications: boolean
  privacy: boolean
}

export function staffNav(duties: readonly Duty[] | null | undefined): StaffNav {
  const may = (duty: Duty) => hasDuty(duties, duty)
  return {
    escalations: may('follow_escalations'),
    inbox: may('work_inbox'),
    intake: may('file_intake'),
    emergencyLine: may('take_emergency_calls'),
    chats: may('answer_chats'),
    reports: may('read_reports'),
    outbox: may('manage_outbox'),
    audit: may('read_audit'),
    admin: may('manage_users'),
    notifications: may('read_notifications'),
    privacy: may('handle_privacy_requests'),
  }
}

// Where sign-in leads when no page was asked for: the inbox for those who work one, else the
// page of the one duty they have (the privacy officer's desk).
export function homePath(duties: readonly Duty[] | null | undefined): string {
  if (!hasDuty(duties, 'work_inbox') && hasDuty(duties, 'handle_privacy_requests')) return '/petugas/privasi'
  return '/petugas'
}

// A saved session from before the server sent duties (or a damaged one) has none to read:
// the console asks /auth/me again instead of showing a bar without links.
export function isDutyList(value: unknown): value is Duty[] {
  return Array.isArray(value) && value.every((d) => typeof d === 'string')
}

import { describe, expect, it } from 'vitest'
import { dutyValues, type Duty } from '../api/types'
import { hasDuty, homePath, isDutyList, staffNav } from './duties'

describe('hasDuty', () => {
  it('reads the list the server sent, and nothing without one', () => {
    expect(hasDuty(['work_inbox', 'answer_chats'], 'answer_chats')).toBe(true)
    expect(hasDuty(['work_inbox'], 'answer_chats')).toBe(false)
    expect(hasDuty([], 'work_inbox')).toBe(false)
    expect(hasDuty(undefined, 'work_inbox')).toBe(false)
    expect(hasDuty(null, 'work_inbox')).toBe(false)
  })
})

describe('staffNav', () => {
  it('shows each link with the duty of its page', () => {
    const one = (duty: Duty) => Object.entries(staffNav([duty])).filter(([, shown]) => shown).map(([link]) => link)
    expect(one('follow_escalations')).toEqual(['escalations'])
    expect(one('work_inbox')).toEqual(['inbox'])
    expect(one('file_intake')).toEqual(['intake'])
    expect(one('take_emergency_calls')).toEqual(['emergencyLine'])
    expect(one('answer_chats')).toEqual(['chats'])
    expect(one('read_reports')).toEqual(['reports'])
    expect(one('manage_outbox')).toEqual(['outbox'])
    expect(one('read_audit')).toEqual(['audit'])
    expect(one('manage_users')).toEqual(['admin'])
    expect(one('read_notifications')).toEqual(['notifications'])
    expect(one('handle_privacy_requests')).toEqual(['privacy'])
    // Duties whose work lives on other pages add no link of their own.
    for (const duty of ['look_up_callers', 'read_emergency_report', 'read_heatmap', 'manage_directory', 'manage_deadlines'] as const) {
      expect(one(duty)).toEqual([])
    }
  })

  it('shows every link with every duty and none without a session', () => {
    expect(Object.values(staffNav(dutyValues)).every(Boolean)).toBe(true)
    expect(Object.values(staffNav(undefined)).some(Boolean)).toBe(false)
  })

  it('follows the list, not the role: an officer given chats sees them', () => {
    // dinsos.petugas as the server now answers it: chats of its unit, no outbox, no 112 line.
    const officer: Duty[] = ['work_inbox', 'read_notifications', 'file_intake', 'answer_chats', 'look_up_callers', 'read_reports']
    expect(staffNav(officer)).toEqual({
      escalations: false,
      inbox: true,
      intake: true,
      emergencyLine: false,
      chats: true,
      reports: true,
      outbox: false,
      audit: false,
      admin: false,
      notifications: true,
      privacy: false,
    })
  })
})

describe('homePath', () => {
  it('opens the inbox for those who work one, the privacy desk for the privacy officer', () => {
    expect(homePath(['work_inbox', 'read_notifications'])).toBe('/petugas')
    expect(homePath(['handle_privacy_requests'])).toBe('/petugas/privasi')
    // An account with both works the inbox first; without a session the inbox asks for one.
    expect(homePath(['work_inbox', 'handle_privacy_requests'])).toBe('/petugas')
    expect(homePath(undefined)).toBe('/petugas')
    expect(homePath([])).toBe('/petugas')
  })
})

describe('isDutyList', () => {
  it('takes a list of names and refuses what a session saved before duties holds', () => {
    expect(isDutyList(['work_inbox'])).toBe(true)
    expect(isDutyList([])).toBe(true)
    expect(isDutyList(undefined)).toBe(false)
    expect(isDutyList('work_inbox')).toBe(false)
    expect(isDutyList([1])).toBe(false)
  })
})

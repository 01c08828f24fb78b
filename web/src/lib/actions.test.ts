import { describe, expect, it } from 'vitest'
import { statusValues as STATUSES, type ActionName, type Role, type StaffUser, type Status } from '../api/types'
import { ACTION_ORDER, actionNeeds, isOverdue, legalActions, LEGAL_FROM } from './actions'

// The table from the status machine (src/domain/status_machine.cpp), written out state by state.
const ALL_BUT_TERMINAL = STATUSES.filter((s) => !['ditutup', 'ditolak', 'diarsipkan'].includes(s))
const OPEN = ['diterima', 'diverifikasi', 'didisposisikan', 'ditindaklanjuti', 'dibuka_kembali']
const TABLE: Record<ActionName, readonly string[]> = {
  verify: ['diterima', 'ditunda'],
  dispose: [...OPEN, 'ditunda', 'bukan_wewenang'],
  start: ['diverifikasi', 'didisposisikan', 'ditunda', 'dibuka_kembali'],
  respond: ALL_BUT_TERMINAL,
  note: STATUSES,
  resolve: ['diverifikasi', 'didisposisikan', 'ditindaklanjuti', 'dibuka_kembali'],
  close: ['selesai'],
  reopen: ['selesai'],
  defer: OPEN,
  not_authority: OPEN,
  reject: ['diterima', 'diverifikasi', 'ditunda', 'bukan_wewenang'],
  archive: ['diterima', 'diverifikasi', 'ditunda', 'bukan_wewenang'],
  explain_delay: ALL_BUT_TERMINAL,
  escalate: ALL_BUT_TERMINAL,
  recategorize: ALL_BUT_TERMINAL,
}

const user = (role: Role, unit: string | null = 'dinsos'): StaffUser => ({
  username: 'u',
  display_name: 'U',
  role,
  unit: unit ? { code: unit, name: unit } : null,
})

describe('LEGAL_FROM', () => {
  for (const action of ACTION_ORDER) {
    for (const status of STATUSES) {
      const legal = TABLE[action].includes(status)
      it(`${action} from ${status} is ${legal ? 'legal' : 'illegal'}`, () => {
        expect(LEGAL_FROM[action](status)).toBe(legal)
      })
    }
  }

  it('covers all fifteen actions', () => {
    expect(ACTION_ORDER).toHaveLength(15)
  })
})

describe('legalActions', () => {
  it('offers an officer of the holding unit the whole row for its status', () => {
    expect(legalActions('diterima', user('officer'), 'dinsos')).toEqual([
      'verify', 'dispose', 'respond', 'defer', 'not_authority', 'reject', 'archive', 'recategorize', 'note',
    ])
    expect(legalActions('selesai', user('officer'), 'dinsos')).toEqual(['respond', 'close', 'reopen', 'recategorize', 'note'])
    expect(legalActions('ditutup', user('officer'), 'dinsos')).toEqual(['note'])
  })

  it('limits an operator to verify, note, defer and respond', () => {
    expect(legalActions('diterima', user('operator'), 'dinsos')).toEqual(['verify', 'respond', 'defer', 'note'])
    expect(legalActions('ditindaklanjuti', user('operator'), 'dinsos')).toEqual(['respond', 'defer', 'note'])
  })

  it('offers nothing to leadership, auditors, nobody, or another unit', () => {
    expect(legalActions('diterima', user('leadership', null), 'dinsos')).toEqual([])
    expect(legalActions('diterima', user('auditor', null), 'dinsos')).toEqual([])
    expect(legalActions('diterima', null, 'dinsos')).toEqual([])
    expect(legalActions('diterima', user('officer', 'dpupr'), 'dinsos')).toEqual([])
  })

  it('lets the super admin act on any unit, and re-route a bukan_wewenang complaint', () => {
    const admin = user('super_admin', 'diskominfo')
    expect(legalActions('diterima', admin, 'dinsos')).toContain('dispose')
    expect(legalActions('bukan_wewenang', admin, 'dinsos')).toEqual([
      'dispose', 'respond', 'reject', 'archive', 'escalate', 'recategorize', 'note',
    ])
    expect(legalActions('bukan_wewenang', user('officer'), 'dinsos')).toEqual(['note'])
  })

  it('offers explain_delay to the holding unit only once the complaint is late', () => {
    const late = { late: true, escalationLevel: 1 }
    expect(legalActions('diverifikasi', user('officer'), 'dinsos')).not.toContain('explain_delay')
    expect(legalActions('diverifikasi', user('officer'), 'dinsos', late)).toContain('explain_delay')
    expect(legalActions('diverifikasi', user('unit_admin'), 'dinsos', late)).toContain('explain_delay')
    expect(legalActions('diverifikasi', user('operator'), 'dinsos', late)).not.toContain('explain_delay')
    expect(legalActions('diverifikasi', user('officer', 'dpupr'), 'dinsos', late)).toEqual([])
    expect(legalActions('ditutup', user('officer'), 'dinsos', late)).toEqual(['note'])
  })

  it('lets only the super admin escalate, and not past the Bupati', () => {
    const admin = user('super_admin', 'diskominfo')
    expect(legalActions('diterima', admin, 'dinsos', { late: true, escalationLevel: 1 })).toContain('escalate')
    expect(legalActions('diterima', admin, 'dinsos', { late: true, escalationLevel: 2 })).not.toContain('escalate')
    expect(legalActions('diterima', user('officer'), 'dinsos', { late: true, escalationLevel: 0 })).not.toContain('escalate')
    expect(legalActions('diterima', user('leadership', null), 'dinsos', { late: true, escalationLevel: 1 })).toEqual([])
  })
})

describe('actionNeeds', () => {
  it('asks for a reason (the note) to explain a delay or to escalate', () => {
    expect(actionNeeds('explain_delay')).toEqual({ message: 'none', note: 'required', unit: false, reason: false })
    expect(actionNeeds('escalate')).toEqual({ message: 'none', note: 'required', unit: false, reason: false })
  })

  it('asks for the text each action needs', () => {
    expect(actionNeeds('resolve').message).toBe('required')
    expect(actionNeeds('reopen').message).toBe('required')
    expect(actionNeeds('defer').message).toBe('required')
    expect(actionNeeds('not_authority').message).toBe('required')
    expect(actionNeeds('respond').message).toBe('required')
    expect(actionNeeds('note')).toMatchObject({ message: 'none', note: 'required' })
    expect(actionNeeds('dispose').unit).toBe(true)
    expect(actionNeeds('reject').reason).toBe(true)
    expect(actionNeeds('recategorize')).toMatchObject({ message: 'none', note: 'optional', category: true })
    expect(actionNeeds('dispose').category).toBeFalsy()
    expect(actionNeeds('verify')).toMatchObject({ message: 'optional', unit: false, reason: false })
  })
})

describe('isOverdue', () => {
  const now = new Date('2026-11-25T10:00:00+07:00')
  it('marks open work past its due time', () => {
    expect(isOverdue('2026-11-25T09:59:00+07:00', 'diterima', now)).toBe(true)
    expect(isOverdue('2026-11-24T16:00:00+07:00', 'ditunda', now)).toBe(true)
  })
  it('does not mark work due later, without a due time, or already answered', () => {
    expect(isOverdue('2026-11-25T10:01:00+07:00', 'diterima', now)).toBe(false)
    expect(isOverdue(null, 'diterima', now)).toBe(false)
    for (const done of ['selesai', 'ditutup', 'ditolak', 'diarsipkan'] as Status[]) {
      expect(isOverdue('2020-01-01T00:00:00+07:00', done, now)).toBe(false)
    }
  })
  it('ignores an unreadable time', () => {
    expect(isOverdue('besok', 'diterima', now)).toBe(false)
  })
})

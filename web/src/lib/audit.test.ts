import { createI18n } from 'vue-i18n'
import { describe, expect, it } from 'vitest'
import { actionNameValues } from '../api/types'
import en from '../locales/en'
import id from '../locales/id'
import {
  AUDIT_PAGE_SIZE,
  KNOWN_AUDIT_ACTIONS,
  auditActionKey,
  auditActionLabel,
  auditParams,
  cursorBefore,
  emptyFilters,
  filtersFromQuery,
  filtersToQuery,
  nextDay,
  pageCursor,
} from './audit'

const i18n = createI18n({ legacy: false, locale: 'id', messages: { id, en }, missingWarn: false, fallbackWarn: false })
const t = (key: string) => i18n.global.t(key)

describe('audit action labels', () => {
  it('gives every known action word a label in both languages', () => {
    for (const locale of ['id', 'en'] as const) {
      i18n.global.locale.value = locale
      for (const action of KNOWN_AUDIT_ACTIONS) {
        const key = auditActionKey(action)
        expect(key, action).not.toBeNull()
        expect(i18n.global.te(key ?? ''), `${locale}:${action}`).toBe(true)
        expect(auditActionLabel(action, t), `${locale}:${action}`).not.toBe(action)
      }
    }
    i18n.global.locale.value = 'id'
  })

  it('reads plain Indonesian labels', () => {
    expect(auditActionLabel('complaint.verify', t)).toBe('Verifikasi')
    expect(auditActionLabel('complaint.dispose', t)).toBe(id.actions.dispose)
    expect(auditActionLabel('complaint.view_confidential', t)).toBe('Buka aduan rahasia')
    expect(auditActionLabel('auth.sign_in_failed', t)).toBe('Gagal masuk')
    expect(auditActionLabel('admin.user', t)).toBe('Ubah akun pengguna')
    expect(auditActionLabel('export', t)).toBe('Unduh data')
  })

  it('covers every staff action on a complaint', () => {
    for (const name of actionNameValues) expect(KNOWN_AUDIT_ACTIONS).toContain(`complaint.${name}`)
  })

  it('shows an unknown word as it is', () => {
    expect(auditActionKey('complaint.teleport')).toBeNull()
    expect(auditActionLabel('complaint.teleport', t)).toBe('complaint.teleport')
    expect(auditActionLabel('complaint', t)).toBe('complaint')
    expect(auditActionLabel('', t)).toBe('')
  })
})

describe('audit query', () => {
  it('sends only the limit when nothing is filtered', () => {
    expect(auditParams(emptyFilters()).toString()).toBe(`limit=${AUDIT_PAGE_SIZE}`)
  })

  it('sends every filter under the API name, trimmed; the ticket in capitals', () => {
    const params = auditParams({
      actor: ' dinsos.petugas ',
      action: 'complaint.verify',
      ticket: ' 2026-ab12c ',
      since: '2026-12-01',
      until: '2026-12-07',
    })
    expect(Object.fromEntries(params)).toEqual({
      actor: 'dinsos.petugas',
      action: 'complaint.verify',
      ticket: '2026-AB12C',
      since: '2026-12-01',
      until: '2026-12-08', // the server's until is exclusive; the page's date includes its day
      limit: '50',
    })
  })

  it('pages with before = the previous next_before', () => {
    const filters = { ...emptyFilters(), action: 'auth.sign_in' }
    expect(auditParams(filters, 120, 10).toString()).toBe('action=auth.sign_in&before=120&limit=10')
    expect(auditParams(filters, null).has('before')).toBe(false)
    // The shared paged list keeps a string cursor.
    expect(pageCursor(120)).toBe('120')
    expect(pageCursor(null)).toBeNull()
    expect(cursorBefore(pageCursor(120))).toBe(120)
    expect(cursorBefore(null)).toBeNull()
  })

  it('passes a date it cannot read as typed, for the server to refuse at its field', () => {
    expect(auditParams({ ...emptyFilters(), until: 'kemarin' }).get('until')).toBe('kemarin')
    expect(auditParams({ ...emptyFilters(), until: '2026-02-30' }).get('until')).toBe('2026-02-30')
  })

  it('counts the next day across months, years and leap days', () => {
    expect(nextDay('2026-12-31')).toBe('2027-01-01')
    expect(nextDay('2028-02-28')).toBe('2028-02-29')
    expect(nextDay('2026-02-28')).toBe('2026-03-01')
    expect(nextDay('2026-13-01')).toBeNull()
    expect(nextDay('2026-12-07T08:00:00+07:00')).toBeNull()
  })
})

describe('audit filters in the address', () => {
  it('round-trips through Indonesian query names and leaves empty ones out', () => {
    const filters = { actor: 'auditor', action: 'admin.user', ticket: '', since: '2026-12-01', until: '' }
    const query = filtersToQuery(filters)
    expect(query).toEqual({ pelaku: 'auditor', aksi: 'admin.user', dari: '2026-12-01' })
    expect(filtersFromQuery(query)).toEqual(filters)
  })

  it('takes the first of repeated values and ignores what is not text', () => {
    expect(filtersFromQuery({ tiket: ['2026-X', '2026-Y'], pelaku: null, sampai: ' 2026-12-07 ' })).toEqual({
      ...emptyFilters(),
      ticket: '2026-X',
      until: '2026-12-07',
    })
  })
})

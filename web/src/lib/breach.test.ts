import { describe, expect, it } from 'vitest'
import type { Breach } from '../api/types'
import {
  lettersUrl,
  breachBody,
  breachFieldOfError,
  breachState,
  emptyBreachForm,
  firstBreachError,
  localMinute,
  newestBreachFirst,
  nextDay,
  replaceBreach,
  withOffset,
} from './breach'

function breach(over: Partial<Breach> = {}): Breach {
  return {
    id: 1,
    discovered_at: '2026-12-07T03:00:00Z',
    notify_by: '2026-12-10T03:00:00Z',
    data_exposed: 'Nama dan nomor telepon pelapor',
    how: 'Berkas ekspor terkirim ke grup yang salah',
    measures: 'Berkas ditarik',
    received_from: '2026-12-06T17:00:00Z',
    received_until: '2026-12-07T17:00:00Z',
    unit: null,
    recorded_by: 'privasi',
    recorded_at: '2026-12-07T04:00:00Z',
    complaints: 2,
    people: 2,
    unreachable: 1,
    notified_at: null,
    notices: 0,
    late: false,
    ...over,
  }
}

describe('withOffset', () => {
  it('keeps the minute typed and adds the offset the browser has at that time', () => {
    const iso = withOffset('2026-12-07T13:05')
    expect(iso).toMatch(/^2026-12-07T13:05:00[+-]\d\d:\d\d$/)
    // The same instant as the browser reads the datetime-local value.
    expect(Date.parse(iso)).toBe(new Date('2026-12-07T13:05').getTime())
  })

  it('leaves an empty or unreadable value for the server to refuse at its field', () => {
    expect(withOffset('')).toBe('')
    expect(withOffset('kemarin')).toBe('kemarin')
  })

  it('is what localMinute shows, back again', () => {
    const ms = Date.parse('2026-12-07T06:05:00Z')
    expect(Date.parse(withOffset(localMinute(ms)))).toBe(ms)
  })
})

describe('nextDay', () => {
  it('turns the last day taken into the excluded end the server asks', () => {
    expect(nextDay('2026-12-07')).toBe('2026-12-08')
    expect(nextDay('2026-12-31')).toBe('2027-01-01')
    expect(nextDay('2028-02-28')).toBe('2028-02-29')
    expect(nextDay('')).toBe('')
  })
})

describe('breachBody', () => {
  it('trims the texts, sends the dates as dates with the end excluded, and the unit only when chosen', () => {
    const form = {
      ...emptyBreachForm(Date.parse('2026-12-07T06:05:00Z')),
      dataExposed: ' Nama dan nomor telepon ',
      how: 'Terkirim ke grup yang salah\n',
      measures: '  Ditarik ',
      from: '2026-12-01',
      until: '2026-12-07',
    }
    const body = breachBody(form)
    expect(body).toEqual({
      discovered_at: withOffset(form.discoveredAt),
      data_exposed: 'Nama dan nomor telepon',
      how: 'Terkirim ke grup yang salah',
      measures: 'Ditarik',
      received_from: '2026-12-01',
      received_until: '2026-12-08',
    })
    expect(breachBody({ ...form, unit: ' dinsos ' }).unit).toBe('dinsos')
  })

  it('starts with today as the scope and now as the discovery', () => {
    const now = Date.parse('2026-12-07T06:05:30Z')
    const form = emptyBreachForm(now)
    expect(form.from).toBe('2026-12-07')
    expect(form.until).toBe('2026-12-07')
    expect(Date.parse(withOffset(form.discoveredAt))).toBe(Date.parse('2026-12-07T06:05:00Z'))
    expect([form.dataExposed, form.how, form.measures, form.unit]).toEqual(['', '', '', ''])
  })
})

describe('refusals', () => {
  it('keeps the fields the form shows and drops the others', () => {
    expect(breachFieldOfError('how')).toBe('how')
    expect(breachFieldOfError('received_until')).toBe('received_until')
    expect(breachFieldOfError('scope')).toBe('')
  })

  it('finds the first field in the form order that holds an error', () => {
    expect(firstBreachError({ unit: 'Unit tidak dikenal', measures: 'Tuliskan …' })).toBe('measures')
    expect(firstBreachError({})).toBe('')
  })
})

describe('breachState', () => {
  it('reads the server\'s late with whether the notices went', () => {
    expect(breachState(breach())).toBe('open')
    expect(breachState(breach({ late: true }))).toBe('overdue')
    expect(breachState(breach({ notified_at: '2026-12-08T01:00:00Z' }))).toBe('sentOnTime')
    expect(breachState(breach({ notified_at: '2026-12-11T01:00:00Z', late: true }))).toBe('sentLate')
  })
})

describe('the register', () => {
  it('puts the newest first and replaces an incident with the server\'s newer answer', () => {
    const older = breach({ id: 1, recorded_at: '2026-12-01T01:00:00Z' })
    const newer = breach({ id: 2, recorded_at: '2026-12-07T01:00:00Z' })
    expect(newestBreachFirst([older, newer]).map((b) => b.id)).toEqual([2, 1])
    const sent = { ...older, notified_at: '2026-12-02T01:00:00Z', notices: 1 }
    expect(replaceBreach([newer, older], sent)).toEqual([newer, sent])
  })
})

describe('lettersUrl', () => {
  it('is the incident letters PDF', () => {
    expect(lettersUrl(12)).toBe('/api/v1/privacy/breaches/12/letters.pdf')
  })
})

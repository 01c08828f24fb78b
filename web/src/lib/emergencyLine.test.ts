import { describe, expect, it } from 'vitest'
import {
  blankCall,
  boardOrder,
  callBody,
  callProblems,
  localClock,
  dueState,
  formatShare,
  isCallKind,
  isSameLocalDay,
  reportQuery,
  span,
  spanText,
  takesCategory,
  thisMonth,
  type CallForm,
} from './emergencyLine'
import { LIMITS } from './fixtures'

const call = (over: Partial<CallForm>): CallForm => ({ ...blankCall(), ...over })

describe('which fields a call sends', () => {
  it('an emergency never sends a category, even one left from a non-emergency', () => {
    const body = callBody(call({ kind: 'fire', category: 'infrastruktur.jalan_rusak', description: '  Rumah terbakar di Jl. Pasar  ' }))
    expect(body).toEqual({ kind: 'fire', description: 'Rumah terbakar di Jl. Pasar' })
  })
  it('a non-emergency sends its category when chosen', () => {
    expect(callBody(call({ kind: 'non_emergency', category: 'infrastruktur.jalan_rusak', description: 'Jalan berlubang' })).category).toBe(
      'infrastruktur.jalan_rusak',
    )
    expect(callBody(call({ kind: 'non_emergency', description: 'Jalan berlubang', address: 'Jl. A' }))).not.toHaveProperty('category')
  })
  it('sends only the location and reporter parts that are filled, trimmed', () => {
    const body = callBody(
      call({ kind: 'medical', description: 'Orang pingsan di pasar', address: ' Pasar Baru ', kecamatan: '32.12.20', desa: '32.12.20.2001', name: ' Budi ', phone: '' }),
    )
    expect(body.location).toEqual({ address: 'Pasar Baru', kecamatan_code: '32.12.20', desa_code: '32.12.20.2001' })
    expect(body.reporter).toEqual({ name: 'Budi' })
  })
  it('sends a point only with both coordinates, and no empty objects', () => {
    const body = callBody(call({ kind: 'accident', description: 'Tabrakan motor', lat: -6.3, lon: 108.3, phone: '0812 3456 7890' }))
    expect(body.location).toEqual({ lat: -6.3, lon: 108.3 })
    expect(body.reporter).toEqual({ phone: '0812 3456 7890' })
    const bare = callBody(call({ kind: 'accident', description: 'Tabrakan motor', lat: -6.3 }))
    expect(bare).not.toHaveProperty('location')
    expect(bare).not.toHaveProperty('reporter')
  })
  it('refuses to build a body without a kind', () => {
    expect(() => callBody(call({ description: 'Tanpa jenis panggilan' }))).toThrow()
  })
  it('knows the kinds and which one takes a category', () => {
    expect(isCallKind('disaster')).toBe(true)
    expect(isCallKind('pengaduan')).toBe(false)
    expect(takesCategory('non_emergency')).toBe(true)
    expect(takesCategory('fire')).toBe(false)
    expect(takesCategory('')).toBe(false)
  })
})

describe('call problems', () => {
  it('asks for the kind and a long enough description', () => {
    expect(Object.keys(callProblems(call({ description: 'pendek' }), LIMITS))).toEqual(['kind', 'description'])
  })
  it('a non-emergency needs a category or a place; an emergency does not', () => {
    expect(callProblems(call({ kind: 'non_emergency', description: 'Jalan berlubang besar' }), LIMITS).category?.key).toBe('validation.categoryOrLocation')
    expect(callProblems(call({ kind: 'non_emergency', description: 'Jalan berlubang besar', address: 'Jl. A' }), LIMITS)).toEqual({})
    expect(callProblems(call({ kind: 'non_emergency', description: 'Jalan berlubang besar', category: 'kebersihan' }), LIMITS)).toEqual({})
    expect(callProblems(call({ kind: 'fire', description: 'Rumah terbakar hebat' }), LIMITS)).toEqual({})
  })
  it('leaves the description to the server while the limits are unknown', () => {
    expect(callProblems(call({ kind: 'fire', description: 'api' }), null)).toEqual({})
    expect(callProblems(call({ kind: 'fire', description: 'api' }), LIMITS).description).toEqual({
      key: 'validation.descriptionShort',
      params: { min: 10, max: 5000, count: 3 },
    })
  })
  it('leaves the phone number to the server (its 422 names reporter.phone)', () => {
    expect(callProblems(call({ kind: 'fire', description: 'Rumah terbakar hebat', phone: '12' }), LIMITS)['reporter.phone']).toBeUndefined()
  })
})

describe('due times', () => {
  const now = new Date('2026-11-30T07:15:00Z') // 14.15 WIB
  it('counts minutes ahead (rounded up) and late (rounded down)', () => {
    expect(dueState('2026-11-30T14:25:00+07:00', now)).toEqual({ state: 'ahead', minutes: 10 })
    expect(dueState('2026-11-30T14:15:30+07:00', now)).toEqual({ state: 'ahead', minutes: 1 })
    expect(dueState('2026-11-30T14:08:30+07:00', now)).toEqual({ state: 'late', minutes: 6 })
    expect(dueState(null, now)).toEqual({ state: 'none' })
    expect(dueState('nonsense', now)).toEqual({ state: 'none' })
  })
  it('words a span in minutes, hours or days', () => {
    expect(span(10)).toEqual({ unit: 'minutes', n: 10 })
    expect(span(130)).toEqual({ unit: 'hours', n: 2 })
    expect(span(60 * 72 + 5)).toEqual({ unit: 'days', n: 3 })
    expect(spanText(5, (key, n) => `${key}:${n}`)).toBe('emergencyLine.minutes:5')
  })
  it('shows the clock in WIB, the Indonesian way', () => {
    expect(localClock('2026-11-30T07:25:00Z', 'id')).toBe('14.25')
    expect(localClock('2026-11-30T07:25:00Z', 'en')).toBe('14:25')
  })
  it('knows whether a due time falls on the same WIB day', () => {
    expect(isSameLocalDay('2026-11-30T23:50:00+07:00', now)).toBe(true)
    expect(isSameLocalDay('2026-12-03T16:00:00+07:00', now)).toBe(false)
    // 18.00 UTC on the 29th is already the 30th in WIB... and 17.30 UTC on the 30th is the 1st.
    expect(isSameLocalDay('2026-11-29T18:00:00Z', now)).toBe(true)
    expect(isSameLocalDay('2026-11-30T17:30:00Z', now)).toBe(false)
  })
})

describe('figures', () => {
  it('formats the non-emergency share as an id-ID percentage', () => {
    expect(formatShare(0.6, 'id')).toBe('60%')
    expect(formatShare(1 / 3, 'id')).toBe('33,3%')
    expect(formatShare(1 / 3, 'en')).toBe('33.3%')
    expect(formatShare(null, 'id')).toBe('–')
  })
  it('defaults to this month so far, by the WIB calendar', () => {
    expect(thisMonth(new Date('2026-11-30T07:15:00Z'))).toEqual({ from: '2026-11-01', to: '2026-11-30' })
    // 30 November 18.00 UTC is already 1 December in Indramayu.
    expect(thisMonth(new Date('2026-11-30T18:00:00Z'))).toEqual({ from: '2026-12-01', to: '2026-12-01' })
  })
  it('asks the server up to the day after the last day picked', () => {
    expect(reportQuery({ from: '2026-11-01', to: '2026-11-30' })).toEqual({ from: '2026-11-01', to: '2026-12-01' })
    expect(reportQuery({ from: '2026-12-01', to: '2026-12-31' })).toEqual({ from: '2026-12-01', to: '2027-01-01' })
  })
  it('puts emergencies first and keeps the order within each group', () => {
    const rows = [
      { ticket: 'a', emergency: false },
      { ticket: 'b', emergency: true },
      { ticket: 'c', emergency: false },
      { ticket: 'd', emergency: true },
    ]
    expect(boardOrder(rows).map((r) => r.ticket)).toEqual(['b', 'd', 'a', 'c'])
  })
})

import { describe, expect, it } from 'vitest'
import {
  defaultLevelView,
  lateBy,
  lateDuration,
  levelBadgeKey,
  levelKey,
  overdueBy,
  parseLevelView,
  shortLine,
} from './escalation'

// A stand-in for vue-i18n's t(key, n) with the Indonesian words.
const words: Record<string, string> = { 'escalation.days': 'hari', 'escalation.hours': 'jam' }
const plural = (key: string, n: number) => (key === 'escalation.underHour' ? 'kurang dari 1 jam' : `${n} ${words[key]}`)

describe('levelKey', () => {
  it('names the unit, Diskominfo and the Bupati', () => {
    expect(levelKey(0)).toBe('escalation.level0')
    expect(levelKey(1)).toBe('escalation.level1')
    expect(levelKey(2)).toBe('escalation.level2')
    expect(levelKey(3)).toBe('escalation.level2')
  })
})

describe('level views', () => {
  it('opens the Bupati view for leadership and Diskominfo for the super admin', () => {
    expect(defaultLevelView('leadership')).toBe(2)
    expect(defaultLevelView('super_admin')).toBe(1)
    expect(defaultLevelView(undefined)).toBe(1)
  })
  it('reads the level from the URL, else the default for the role', () => {
    expect(parseLevelView('1', 'leadership')).toBe(1)
    expect(parseLevelView('2', 'super_admin')).toBe(2)
    expect(parseLevelView('9', 'leadership')).toBe(2)
    expect(parseLevelView(undefined, 'super_admin')).toBe(1)
  })
})

describe('lateBy', () => {
  const now = new Date('2026-12-07T20:30:00+07:00')
  it('counts whole days and hours past the due time', () => {
    expect(lateBy('2026-12-03T16:00:00+07:00', now)).toEqual({ days: 4, hours: 4 })
    expect(lateBy('2026-12-07T19:00:00+07:00', now)).toEqual({ days: 0, hours: 1 })
  })
  it('is null before the due time, without one, or for a bad one', () => {
    expect(lateBy('2026-12-08T08:00:00+07:00', now)).toBeNull()
    expect(lateBy('2026-12-07T20:30:00+07:00', now)).toBeNull()
    expect(lateBy(null, now)).toBeNull()
    expect(lateBy('kemarin', now)).toBeNull()
  })
})

describe('lateDuration', () => {
  const now = new Date('2026-12-07T20:30:00+07:00')
  it('says how late in days and hours, leaving out a zero part', () => {
    expect(lateDuration('2026-12-03T16:00:00+07:00', now, plural)).toBe('4 hari 4 jam')
    expect(lateDuration('2026-12-04T20:00:00+07:00', now, plural)).toBe('3 hari')
    expect(lateDuration('2026-12-07T15:00:00+07:00', now, plural)).toBe('5 jam')
    expect(lateDuration('2026-12-07T20:00:00+07:00', now, plural)).toBe('kurang dari 1 jam')
    expect(lateDuration('2026-12-09T08:00:00+07:00', now, plural)).toBe('')
  })
})

describe('levelBadgeKey', () => {
  it('badges Diskominfo at level 1 and the Bupati from level 2, nothing with the unit', () => {
    expect(levelBadgeKey(0)).toBeNull()
    expect(levelBadgeKey(1)).toBe('escalation.badge1')
    expect(levelBadgeKey(2)).toBe('escalation.badge2')
    expect(levelBadgeKey(3)).toBe('escalation.badge2')
  })
})

describe('overdueBy', () => {
  const now = new Date('2026-12-07T20:30:00+07:00')
  it('says how late a complaint the server calls overdue is by the given clock', () => {
    expect(overdueBy({ due_at: '2026-12-03T16:00:00+07:00', overdue: true }, now, plural)).toBe('4 hari 4 jam')
    expect(overdueBy({ due_at: '2026-12-07T20:00:00+07:00', overdue: true }, now, plural)).toBe('kurang dari 1 jam')
  })
  it('is empty when the server says it is not overdue (answered, closed, or not yet due)', () => {
    expect(overdueBy({ due_at: '2026-12-03T16:00:00+07:00', overdue: false }, now, plural)).toBe('')
    expect(overdueBy({ due_at: null, overdue: false }, now, plural)).toBe('')
  })
})

describe('shortLine', () => {
  it('keeps a short reason as it is, on one line', () => {
    expect(shortLine('  Menunggu data\n dari   Kemensos. ')).toBe('Menunggu data dari Kemensos.')
  })
  it('cuts a long reason at a word, with an ellipsis', () => {
    const reason = 'Data penerima menunggu pemadanan DTKS dari Kementerian Sosial, lalu verifikasi lapangan oleh pendamping PKH.'
    const line = shortLine(reason, 60)
    expect(line).toBe('Data penerima menunggu pemadanan DTKS dari Kementerian…')
    expect(line.length).toBeLessThanOrEqual(60)
  })
  it('cuts inside a word only when there is no space in reach', () => {
    expect(shortLine('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`)
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import { localDate, localZone, setLocalZone } from './zone'
import { formatDateTime } from './format'

afterEach(() => {
  setLocalZone('WIB')
})

describe('the installation time zone', () => {
  it('is WIB until the server says otherwise', () => {
    expect(localZone().name).toBe('WIB')
    // 17:00 UTC is already the next day in WIB.
    expect(localDate(Date.parse('2026-11-30T17:00:00Z'))).toBe('2026-12-01')
  })

  it('formats times in the zone it is given', () => {
    setLocalZone('WIT')
    expect(localZone().name).toBe('WIT')
    expect(localDate(Date.parse('2026-11-30T15:30:00Z'))).toBe('2026-12-01')
    expect(formatDateTime('2026-11-30T01:00:00Z', 'en')).toContain('10:00')
    setLocalZone('WIB')
    expect(formatDateTime('2026-11-30T01:00:00Z', 'en')).toContain('08:00')
  })

  it('keeps its zone when given a name that is not a zone', () => {
    setLocalZone('WITA')
    expect(setLocalZone('UTC')).toBe(false)
    expect(localZone().name).toBe('WITA')
  })
})

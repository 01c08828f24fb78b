import { afterEach, describe, expect, it } from 'vitest'
import { describePlace, formatDateTime, zonedFormatter } from './format'
import { setLocalZone } from './zone'

describe('describePlace', () => {
  const names = new Map([
    ['32.12.20', 'Kecamatan Losarang'],
    ['32.12.20.2002', 'Desa Krimun'],
  ])
  it('joins the address with desa and kecamatan names', () => {
    expect(describePlace({ address: ' dekat masjid ', desa_code: '32.12.20.2002', kecamatan_code: '32.12.20' }, names)).toBe(
      'dekat masjid, Desa Krimun, Kecamatan Losarang',
    )
  })
  it('falls back to codes and skips what is empty', () => {
    expect(describePlace({ kecamatan_code: '32.12.99', desa_code: '' }, names)).toBe('32.12.99')
    expect(describePlace({}, names)).toBe('')
  })
})

describe('formatDateTime', () => {
  it('shows West Indonesia Time whatever the machine zone', () => {
    expect(formatDateTime('2026-11-24T17:30:00Z', 'id')).toContain('00.30')
    expect(formatDateTime('2026-11-24T17:30:00Z', 'en')).toContain('00:30')
    expect(formatDateTime(null, 'id')).toBe('')
    expect(formatDateTime('bukan tanggal', 'id')).toBe('bukan tanggal')
  })
})

describe('zonedFormatter', () => {
  afterEach(() => setLocalZone('WIB'))
  const clock = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const

  it('builds a format once per shape, language and zone', () => {
    const first = zonedFormatter('test-clock', 'id', clock)
    expect(zonedFormatter('test-clock', 'id', clock)).toBe(first)
    expect(zonedFormatter('test-clock', 'en', clock)).not.toBe(first)
    expect(first.format(Date.parse('2026-12-03T07:25:00Z'))).toBe('14.25')
  })

  it("follows the installation's zone", () => {
    expect(setLocalZone('WIT')).toBe(true)
    expect(zonedFormatter('test-clock', 'en', clock).format(Date.parse('2026-12-03T07:25:00Z'))).toBe('16:25')
  })
})

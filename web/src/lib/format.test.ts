import { describe, expect, it } from 'vitest'
import { describePlace, formatDateTime } from './format'

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

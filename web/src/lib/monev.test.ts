import { describe, expect, it } from 'vitest'
import type { Unit } from '../api/types'
import { isMonth, lastMonth, monevUrl, ownUnitOnly, thisMonth, unitOptions } from './monev'

describe('months', () => {
  it('takes the month in West Indonesia Time, and the one before it by default', () => {
    expect(thisMonth(new Date('2026-11-30T09:00:00Z'))).toBe('2026-11')
    expect(lastMonth(new Date('2026-11-30T09:00:00Z'))).toBe('2026-10')
    // 1 December 03:00 WIB is still 30 November in UTC.
    expect(thisMonth(new Date('2026-11-30T20:00:00Z'))).toBe('2026-12')
    expect(lastMonth(new Date('2026-11-30T20:00:00Z'))).toBe('2026-11')
    // January goes back to December of the year before.
    expect(lastMonth(new Date('2027-01-15T05:00:00+07:00'))).toBe('2026-12')
  })

  it('accepts YYYY-MM from 2000 on, as the server does', () => {
    expect(isMonth('2022-05')).toBe(true)
    expect(isMonth('2000-01')).toBe(true)
    expect(isMonth('1999-12')).toBe(false)
    expect(isMonth('2022-13')).toBe(false)
    expect(isMonth('2022-00')).toBe(false)
    expect(isMonth('2022-5')).toBe(false)
    expect(isMonth('')).toBe(false)
    expect(isMonth(undefined)).toBe(false)
  })
})

describe('monevUrl', () => {
  it('names the unit and the month', () => {
    expect(monevUrl('dinsos', '2022-05')).toBe('/api/v1/reports/monev?unit=dinsos&month=2022-05')
    expect(monevUrl('32.12.01', '2022-05')).toBe('/api/v1/reports/monev?unit=32.12.01&month=2022-05')
  })
})

describe('ownUnitOnly', () => {
  it('ties officers and unit admins to their unit', () => {
    expect(ownUnitOnly('officer')).toBe(true)
    expect(ownUnitOnly('unit_admin')).toBe(true)
    expect(ownUnitOnly('super_admin')).toBe(false)
    expect(ownUnitOnly('leadership')).toBe(false)
    expect(ownUnitOnly('auditor')).toBe(false)
  })
})

describe('unitOptions', () => {
  const unit = (code: string, name: string, kind: Unit['kind'], parent: string | null = null): Unit => ({
    code, name, kind, parent, area_code: '', call_center: [], call_center_links: [], whatsapp: '', whatsapp_uri: null, social: [], always_open: false,
  })
  it('lists agencies before areas and villages, a village under its kecamatan', () => {
    const options = unitOptions(
      [
        unit('32.12.01.2001', 'Sukamulya', 'desa', '32.12.01'),
        unit('32.12.01', 'Haurgeulis', 'kecamatan'),
        unit('dinsos', 'Dinas Sosial', 'perangkat_daerah'),
        unit('bpbd', 'BPBD', 'perangkat_daerah'),
        unit('pkm-gantar', 'Puskesmas Gantar', 'puskesmas'),
      ],
      (kind) => `kind:${kind}`,
    )
    expect(options.map((o) => o.value)).toEqual(['bpbd', 'dinsos', '32.12.01', 'pkm-gantar', '32.12.01.2001'])
    expect(options[1]).toEqual({ value: 'dinsos', label: 'Dinas Sosial', hint: 'kind:perangkat_daerah' })
    expect(options[4]).toEqual({ value: '32.12.01.2001', label: 'Sukamulya', hint: 'kind:desa', prefix: 'Haurgeulis' })
  })
})

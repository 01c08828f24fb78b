import { describe, expect, it } from 'vitest'
import type { AdminCategory, AdminUnit, AdminUser } from '../api/types'
import {
  filterCategories,
  filterUnits,
  filterUsers,
  formatSocial,
  joinList,
  parseSocial,
  roleNeedsUnit,
  roleTakesUnit,
  splitList,
} from './admin'

const user = (over: Partial<AdminUser>): AdminUser => ({
  id: 1,
  username: 'dinsos.petugas',
  display_name: 'Petugas Dinsos',
  role: 'officer',
  unit: { code: 'dinsos', name: 'Dinas Sosial' },
  email: 'petugas@dinsos.example',
  phone: '+6281234567890',
  active: true,
  ...over,
})

describe('filterUsers', () => {
  const users = [
    user({}),
    user({ id: 2, username: 'superadmin', display_name: 'Super Admin', role: 'super_admin', unit: null }),
    user({ id: 3, username: 'lama', display_name: 'Akun Lama', active: false }),
  ]
  it('searches name, username and unit without caring for case', () => {
    expect(filterUsers(users, { q: 'SOSIAL', role: '', status: 'all' }).map((u) => u.id)).toEqual([1, 3])
    expect(filterUsers(users, { q: 'super', role: '', status: 'all' }).map((u) => u.id)).toEqual([2])
  })
  it('filters by role and by switched on or off', () => {
    expect(filterUsers(users, { q: '', role: 'super_admin', status: 'all' }).map((u) => u.id)).toEqual([2])
    expect(filterUsers(users, { q: '', role: '', status: 'inactive' }).map((u) => u.id)).toEqual([3])
    expect(filterUsers(users, { q: '', role: '', status: 'active' }).map((u) => u.id)).toEqual([1, 2])
  })
})

const unit = (code: string, name: string, kind: AdminUnit['kind']): AdminUnit => ({
  code, name, kind, parent: null, area_code: null, call_center: [], whatsapp: null, social: [], categories: [],
  always_open: false, super_admin: false,
})

describe('filterUnits', () => {
  const units = [unit('dinsos', 'Dinas Sosial', 'perangkat_daerah'), unit('32.12.25', 'Kecamatan Gantar', 'kecamatan')]
  it('matches code or name, and the kind', () => {
    expect(filterUnits(units, { q: 'gantar', kind: '' })).toHaveLength(1)
    expect(filterUnits(units, { q: '32.12', kind: '' })[0]?.code).toBe('32.12.25')
    expect(filterUnits(units, { q: '', kind: 'perangkat_daerah' })[0]?.code).toBe('dinsos')
  })
})

describe('filterCategories', () => {
  const cat = (code: string, unit: string): AdminCategory => ({
    code, name: code, parent: null, responsible_unit: null, responsible_kind: null, area_bound: false, emergency: false,
    deadline_policy: null, retention_months: null, route: { unit: { code: unit, name: unit.toUpperCase() }, area_kind: null },
  })
  it('filters by the unit complaints go to', () => {
    const list = [cat('sosial.bansos', 'dinsos'), cat('jalan', 'dpupr')]
    expect(filterCategories(list, { q: '', unit: 'dpupr' }).map((c) => c.code)).toEqual(['jalan'])
    expect(filterCategories(list, { q: 'DINSOS', unit: '' }).map((c) => c.code)).toEqual(['sosial.bansos'])
  })
})

describe('lists in text fields', () => {
  it('splits on lines and commas and drops blanks', () => {
    expect(splitList('112\n (0234) 27100 , \n\n0811')).toEqual(['112', '(0234) 27100', '0811'])
    expect(joinList(['112', '0811'])).toBe('112\n0811')
  })
  it('reads social accounts as network: handle', () => {
    expect(parseSocial('Instagram: dinsos_im\n facebook:dinsos.im \n')).toEqual([
      { network: 'instagram', handle: 'dinsos_im' },
      { network: 'facebook', handle: 'dinsos.im' },
    ])
    expect(parseSocial('tanpa-jaringan')).toEqual([{ network: '', handle: 'tanpa-jaringan' }])
    expect(formatSocial([{ network: 'instagram', handle: 'x' }])).toBe('instagram: x')
  })
})

describe('roles and units', () => {
  it('follows the server: operators, officers and unit admins need a unit', () => {
    expect(roleNeedsUnit('officer')).toBe(true)
    expect(roleNeedsUnit('super_admin')).toBe(false)
    expect(roleTakesUnit('super_admin')).toBe(true)
    expect(roleTakesUnit('auditor')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { statusValues as STATUSES, type Photo, type Role, type StaffUser, type Status } from '../api/types'
import { proofPhotos, proofRoom, reportPhotos } from './proof'

const photo = (id: string, stage: Photo['stage']): Photo => ({
  id,
  stage,
  url: `/api/v1/media/${id}`,
  thumbnail_url: `/api/v1/media/${id}/thumbnail`,
  width: 10,
  height: 10,
})
const user = (role: Role, unit?: string): StaffUser => ({
  username: 'u',
  display_name: 'U',
  role,
  unit: unit ? { code: unit, name: unit } : null,
})
const complaint = (status: Status, proofs = 0) => ({
  status,
  unit: { code: 'dinsos' },
  photos: [photo('r', 'report'), ...Array.from({ length: proofs }, (_, i) => photo(`p${i}`, 'proof'))],
})

describe('proof photos', () => {
  it('splits the report photos from the proof photos', () => {
    const photos = [photo('a', 'report'), photo('b', 'proof'), photo('c', 'report')]
    expect(proofPhotos(photos).map((p) => p.id)).toEqual(['b'])
    expect(reportPhotos(photos).map((p) => p.id)).toEqual(['a', 'c'])
  })

  it('is offered only while the unit works on the complaint or has just answered it', () => {
    const legal = STATUSES.filter((s) => proofRoom(complaint(s), user('officer', 'dinsos')) > 0)
    expect(legal.sort()).toEqual(['dibuka_kembali', 'ditindaklanjuti', 'selesai'])
  })

  it('only to the holding unit’s officers and admins and to the super admin', () => {
    const c = complaint('ditindaklanjuti')
    expect(proofRoom(c, user('officer', 'dinsos'))).toBe(5)
    expect(proofRoom(c, user('unit_admin', 'dinsos'))).toBe(5)
    expect(proofRoom(c, user('super_admin'))).toBe(5)
    expect(proofRoom(c, user('officer', 'dpupr'))).toBe(0)
    expect(proofRoom(c, user('operator', 'dinsos'))).toBe(0)
    expect(proofRoom(c, user('leadership'))).toBe(0)
    expect(proofRoom(c, user('auditor'))).toBe(0)
    expect(proofRoom(c, null)).toBe(0)
  })

  it('counts down to five proof photos, report photos not counted', () => {
    expect(proofRoom(complaint('selesai', 3), user('officer', 'dinsos'))).toBe(2)
    expect(proofRoom(complaint('selesai', 5), user('officer', 'dinsos'))).toBe(0)
  })
})

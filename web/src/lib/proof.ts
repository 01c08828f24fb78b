// Proof photos ("foto bukti") the unit attaches to show its work. Mirrors the server's rule
// (src/domain/proof_photo.cpp): the holding unit's officers and unit admins, and the super admin,
// while the complaint is being worked on (ditindaklanjuti, dibuka_kembali) or has just been
// answered (selesai), at most five in all. The server still decides; its 403/409/422 is shown.

import type { Photo, Status, StaffUser } from '../api/types'

export const MAX_PROOF_PHOTOS = 5
export const PROOF_STATUSES: readonly Status[] = ['ditindaklanjuti', 'dibuka_kembali', 'selesai']

export function proofPhotos(photos: readonly Photo[]): Photo[] {
  return photos.filter((p) => p.stage === 'proof')
}

export function reportPhotos(photos: readonly Photo[]): Photo[] {
  return photos.filter((p) => p.stage !== 'proof')
}

// How many more proof photos `user` may attach now: 0 when the control must not appear.
export function proofRoom(
  complaint: { status: Status; unit: { code: string }; photos: readonly Photo[] },
  user: StaffUser | null,
): number {
  if (!user || !PROOF_STATUSES.includes(complaint.status)) return 0
  const unitRole = user.role === 'officer' || user.role === 'unit_admin'
  if (!unitRole && user.role !== 'super_admin') return 0
  if (unitRole && user.unit?.code !== complaint.unit.code) return 0
  return Math.max(0, MAX_PROOF_PHOTOS - proofPhotos(complaint.photos).length)
}

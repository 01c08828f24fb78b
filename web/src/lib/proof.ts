// Proof photos ("foto bukti") the unit attaches to show its work, told apart from the
// reporter's own photos. Who may attach how many is the server's rule (src/domain/proof_photo):
// the staff view says it as proof_photo_room.

import type { Photo } from '../api/types'

export function proofPhotos(photos: readonly Photo[]): Photo[] {
  return photos.filter((p) => p.stage === 'proof')
}

export function reportPhotos(photos: readonly Photo[]): Photo[] {
  return photos.filter((p) => p.stage !== 'proof')
}

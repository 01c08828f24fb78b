import { describe, expect, it } from 'vitest'
import type { Photo } from '../api/types'
import { proofPhotos, reportPhotos } from './proof'

const photo = (id: string, stage: Photo['stage']): Photo => ({
  id,
  stage,
  url: `/api/v1/media/${id}`,
  thumbnail_url: `/api/v1/media/${id}/thumbnail`,
  width: 10,
  height: 10,
})

describe('proof photos', () => {
  it('splits the report photos from the proof photos', () => {
    const photos = [photo('a', 'report'), photo('b', 'proof'), photo('c', 'report')]
    expect(proofPhotos(photos).map((p) => p.id)).toEqual(['b'])
    expect(reportPhotos(photos).map((p) => p.id)).toEqual(['a', 'c'])
  })
})

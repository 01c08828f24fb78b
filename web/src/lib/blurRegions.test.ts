import { describe, expect, it } from 'vitest'
import {
  addRegion,
  BLUR_LIMITS,
  canAddRegion,
  changedBlurs,
  displayToPhoto,
  dragRect,
  fitsPhoto,
  normalizeRegion,
  nudgeRegion,
  photoToDisplay,
  regionAroundPoint,
  regionFromDrag,
  regionNumbers,
  regionPercent,
  removeRegionAt,
  sameRegions,
  savedRegions,
  type BlurRegion,
} from './blurRegions'
import type { Photo } from '../api/types'

const PHOTO = { width: 1600, height: 1200 }
const face = (x: number, y = 100): BlurRegion => ({ x, y, width: 80, height: 80, kind: 'face' })
const photo = (id: string, regions?: BlurRegion[]): Photo => ({
  id,
  stage: 'report',
  url: `/api/v1/media/${id}`,
  thumbnail_url: `/api/v1/media/${id}/thumbnail`,
  width: PHOTO.width,
  height: PHOTO.height,
  ...(regions ? { blur_regions: regions } : {}),
})

describe('display and photo pixels', () => {
  const shown = { width: 400, height: 300 } // a quarter of the photo's sides
  it('scales a point on the displayed photo up to photo pixels', () => {
    expect(displayToPhoto({ x: 100, y: 30 }, shown, PHOTO)).toEqual({ x: 400, y: 120 })
    expect(displayToPhoto({ x: 400, y: 300 }, shown, PHOTO)).toEqual({ x: 1600, y: 1200 })
  })
  it('scales a region down to where it lies on the displayed photo', () => {
    expect(photoToDisplay({ x: 400, y: 120, width: 80, height: 40 }, shown, PHOTO)).toEqual({ x: 100, y: 30, width: 20, height: 10 })
  })
  it('goes there and back to the same point', () => {
    const back = photoToDisplay({ ...displayToPhoto({ x: 123, y: 45 }, shown, PHOTO), width: 0, height: 0 }, shown, PHOTO)
    expect(back.x).toBeCloseTo(123)
    expect(back.y).toBeCloseTo(45)
  })
  it('gives zeros, not infinities, for a photo not laid out yet', () => {
    expect(displayToPhoto({ x: 10, y: 10 }, { width: 0, height: 0 }, PHOTO)).toEqual({ x: 0, y: 0 })
  })
  it('places a region in percent of the photo, so it follows any display size', () => {
    expect(regionPercent({ x: 400, y: 600, width: 160, height: 120 }, PHOTO)).toEqual({
      left: 25,
      top: 50,
      width: 10,
      height: 10,
    })
  })
})

describe('drawing a region by dragging', () => {
  it('takes the rectangle between the two corners, whichever way the drag went, in whole pixels', () => {
    const expected = { x: 100, y: 50, width: 200, height: 150, kind: 'manual' }
    expect(regionFromDrag({ x: 100, y: 50 }, { x: 300, y: 200 }, PHOTO)).toEqual(expected)
    expect(regionFromDrag({ x: 300, y: 200 }, { x: 100, y: 50 }, PHOTO)).toEqual(expected)
    expect(regionFromDrag({ x: 99.6, y: 50.4 }, { x: 299.7, y: 200.2 }, PHOTO)).toEqual(expected)
  })
  it('draws the rectangle under the pointer as it moves, cut to the photo but not rounded', () => {
    expect(dragRect({ x: 1500.5, y: 20 }, { x: 1700, y: 10.25 }, PHOTO)).toEqual({ x: 1500.5, y: 10.25, width: 99.5, height: 9.75 })
  })
  it('cuts a drag that leaves the photo at its edges', () => {
    expect(regionFromDrag({ x: -40, y: 1100 }, { x: 60, y: 1500 }, PHOTO)).toEqual({ x: 0, y: 1100, width: 60, height: 100, kind: 'manual' })
  })
  it(`refuses a region under ${BLUR_LIMITS.sideMin} px on either side (a click, a slip)`, () => {
    expect(regionFromDrag({ x: 10, y: 10 }, { x: 10, y: 10 }, PHOTO)).toBeNull()
    expect(regionFromDrag({ x: 10, y: 10 }, { x: 10 + BLUR_LIMITS.sideMin - 1, y: 200 }, PHOTO)).toBeNull()
    expect(regionFromDrag({ x: 10, y: 10 }, { x: 10 + BLUR_LIMITS.sideMin, y: 10 + BLUR_LIMITS.sideMin }, PHOTO)).not.toBeNull()
  })
  it('refuses a drag entirely outside the photo (nothing left after cutting)', () => {
    expect(regionFromDrag({ x: 1700, y: 10 }, { x: 1900, y: 300 }, PHOTO)).toBeNull()
  })
  it('every drawn region is one the server takes', () => {
    for (const [a, b] of [
      [{ x: -5, y: -5 }, { x: 5000, y: 5000 }],
      [{ x: 1599.4, y: 1199.4 }, { x: 1500.2, y: 1100.7 }],
      [{ x: 0.4, y: 0.4 }, { x: 4.6, y: 4.6 }],
    ] as const) {
      const region = regionFromDrag(a, b, PHOTO)
      expect(region && fitsPhoto(region, PHOTO)).toBe(true)
    }
  })
})

describe('adding a region with one tap', () => {
  it('centres a square of a fifth of the shorter side on the point', () => {
    expect(regionAroundPoint({ x: 800, y: 600 }, PHOTO)).toEqual({ x: 680, y: 480, width: 240, height: 240, kind: 'manual' })
  })
  it('moves it inside the photo near an edge', () => {
    expect(regionAroundPoint({ x: 5, y: 1195 }, PHOTO)).toEqual({ x: 0, y: 960, width: 240, height: 240, kind: 'manual' })
  })
  it('gives nothing on a photo too small for the least region', () => {
    expect(regionAroundPoint({ x: 1, y: 1 }, { width: 3, height: 100 })).toBeNull()
  })
})

describe('placing a region with the keyboard', () => {
  const box: BlurRegion = { x: 100, y: 100, width: 200, height: 100, kind: 'manual' }
  it('moves and resizes by the given photo pixels', () => {
    expect(nudgeRegion(box, PHOTO, { dx: 16, dy: -16 })).toEqual({ ...box, x: 116, y: 84 })
    expect(nudgeRegion(box, PHOTO, { dw: 16, dh: -16 })).toEqual({ ...box, width: 216, height: 84 })
  })
  it('stops at the photo\'s edges instead of leaving it', () => {
    expect(nudgeRegion(box, PHOTO, { dx: -500 })).toEqual({ ...box, x: 0 })
    expect(nudgeRegion(box, PHOTO, { dx: 5000, dy: 5000 })).toEqual({ ...box, x: 1400, y: 1100 })
    expect(nudgeRegion({ ...box, x: 1400 }, PHOTO, { dw: 500 })).toEqual({ ...box, x: 1400 - 500, width: 700 })
  })
  it(`never shrinks below ${BLUR_LIMITS.sideMin} px nor grows beyond the photo`, () => {
    expect(nudgeRegion(box, PHOTO, { dw: -1000, dh: -1000 })).toMatchObject({ width: BLUR_LIMITS.sideMin, height: BLUR_LIMITS.sideMin })
    expect(nudgeRegion(box, PHOTO, { dw: 9000, dh: 9000 })).toEqual({ ...box, x: 0, y: 0, width: 1600, height: 1200 })
  })
})

describe('what the server takes', () => {
  it('a region inside the photo, at least the least size', () => {
    expect(fitsPhoto({ x: 0, y: 0, width: 1600, height: 1200, kind: 'manual' }, PHOTO)).toBe(true)
    expect(fitsPhoto({ x: 1, y: 0, width: 1600, height: 1200, kind: 'manual' }, PHOTO)).toBe(false)
    expect(fitsPhoto({ x: -1, y: 0, width: 10, height: 10, kind: 'manual' }, PHOTO)).toBe(false)
    expect(fitsPhoto({ x: 0, y: 1190, width: 10, height: 11, kind: 'manual' }, PHOTO)).toBe(false)
    expect(fitsPhoto({ x: 0, y: 0, width: 3, height: 10, kind: 'manual' }, PHOTO)).toBe(false)
  })
  it(`at most ${BLUR_LIMITS.regionsPerPhotoMax} regions a photo: the next one is not added`, () => {
    const full = Array.from({ length: BLUR_LIMITS.regionsPerPhotoMax }, (_, i) => face(i * 10))
    expect(canAddRegion(full.slice(1))).toBe(true)
    expect(canAddRegion(full)).toBe(false)
    expect(addRegion(full, face(0, 900))).toHaveLength(BLUR_LIMITS.regionsPerPhotoMax)
    expect(addRegion(full.slice(1), face(0, 900))).toHaveLength(BLUR_LIMITS.regionsPerPhotoMax)
  })
})

describe('editing the list', () => {
  it('removes exactly the one at the index and never changes the list it was given', () => {
    const list = [face(0), face(100), face(200)]
    expect(removeRegionAt(list, 1)).toEqual([face(0), face(200)])
    expect(list).toHaveLength(3)
    addRegion(list, face(300))
    expect(list).toHaveLength(3)
  })
  it('numbers each region among those of its kind', () => {
    const manual: BlurRegion = { x: 0, y: 0, width: 10, height: 10, kind: 'manual' }
    const plate: BlurRegion = { ...manual, kind: 'plate' }
    expect(regionNumbers([face(0), plate, face(100), manual, face(200)])).toEqual([1, 1, 2, 1, 3])
  })
  it('reads a region of a kind it does not know as manual, and a photo without regions as none', () => {
    expect(normalizeRegion({ x: 1, y: 2, width: 30, height: 40, kind: 'tattoo' }).kind).toBe('manual')
    expect(normalizeRegion({ x: 1, y: 2, width: 30, height: 40 }).kind).toBe('manual')
    expect(savedRegions(photo('a'))).toEqual([])
  })
})

describe('photo_blurs in the PUT body', () => {
  const photos = [photo('a', [face(0), face(100)]), photo('b', [face(500)]), photo('c')]
  it('the same regions in another order are no change', () => {
    expect(sameRegions([face(0), face(100)], [face(100), face(0)])).toBe(true)
    expect(sameRegions([face(0)], [{ ...face(0), kind: 'manual' }])).toBe(false)
    expect(sameRegions([face(0), face(0)], [face(0)])).toBe(false)
  })
  it('names nothing when nothing changed', () => {
    expect(changedBlurs(photos, {})).toEqual({})
    expect(changedBlurs(photos, { a: [face(100), face(0)], b: [face(500)], c: [] })).toEqual({})
  })
  it('names only the changed photo, with all of its regions', () => {
    const drawn: BlurRegion = { x: 10, y: 10, width: 50, height: 50, kind: 'manual' }
    expect(changedBlurs(photos, { a: [face(0), face(100)], b: [face(500), drawn] })).toEqual({ b: [face(500), drawn] })
  })
  it('sends an empty list for a photo whose every region was removed', () => {
    expect(changedBlurs(photos, { a: [] })).toEqual({ a: [] })
  })
  it('drops edits for a photo the complaint does not have', () => {
    expect(changedBlurs(photos, { gone: [face(0)] })).toEqual({})
  })
})

// The rectangles blurred in the public copy of a photo (faces and number plates the server
// detects at upload, then as the officer confirms them), as the publication panel edits them.
// Regions are in pixels of the full-size copy (the photo's `width` x `height`); the screen shows
// the photo smaller, so pointer positions are converted here. Nothing here blurs: the server
// renders the public copy after the decision is saved.

import { blurRegionKindValues, type BlurRegion, type Photo } from '../api/types'

export type { BlurRegion }
export type BlurKind = BlurRegion['kind']
export const blurKinds: readonly BlurKind[] = blurRegionKindValues

export type Rect = Omit<BlurRegion, 'kind'>

// The server refuses (422, field photo_blurs) more regions than this per photo, or a region
// smaller than this on either side or reaching outside the photo (its OpenAPI document states
// them as maxItems and minimum, which the generated types do not carry as values; no endpoint
// sends them). The console keeps them here, once, only to warn before sending. The server is
// the authority: if it changes them, its refusal is what the officer sees.
export const BLUR_LIMITS = { regionsPerPhotoMax: 50, sideMin: 4 } as const

export interface Size {
  width: number
  height: number
}
export interface Point {
  x: number
  y: number
}

// A point on the displayed photo (offset from its top-left corner, CSS pixels) in photo pixels.
export function displayToPhoto(point: Point, display: Size, photo: Size): Point {
  return {
    x: display.width > 0 ? (point.x * photo.width) / display.width : 0,
    y: display.height > 0 ? (point.y * photo.height) / display.height : 0,
  }
}

// A region of the photo where it lies on the displayed photo (CSS pixels).
export function photoToDisplay(region: Rect, display: Size, photo: Size): Rect {
  const sx = photo.width > 0 ? display.width / photo.width : 0
  const sy = photo.height > 0 ? display.height / photo.height : 0
  return { x: region.x * sx, y: region.y * sy, width: region.width * sx, height: region.height * sy }
}

// Where a region is drawn over the photo, in percent of the photo's sides (so the drawing
// follows the photo whatever size the screen gives it).
export function regionPercent(region: Rect, photo: Size): { left: number; top: number; width: number; height: number } {
  const pct = (v: number, of: number) => (of > 0 ? (v * 100) / of : 0)
  return {
    left: pct(region.x, photo.width),
    top: pct(region.y, photo.height),
    width: pct(region.width, photo.width),
    height: pct(region.height, photo.height),
  }
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi)

// The rectangle between two corners of a drag, in whichever direction it went, cut to the
// photo (what is drawn while the pointer moves).
export function dragRect(start: Point, end: Point, photo: Size): Rect {
  const x0 = clamp(Math.min(start.x, end.x), 0, photo.width)
  const y0 = clamp(Math.min(start.y, end.y), 0, photo.height)
  const x1 = clamp(Math.max(start.x, end.x), 0, photo.width)
  const y1 = clamp(Math.max(start.y, end.y), 0, photo.height)
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
}

// The region a finished drag adds: dragRect() in whole pixels; null when it is smaller than the
// least region the server takes.
export function regionFromDrag(start: Point, end: Point, photo: Size, kind: BlurKind = 'manual'): BlurRegion | null {
  const r = dragRect(start, end, photo)
  const x = Math.round(r.x)
  const y = Math.round(r.y)
  const region = { x, y, width: Math.round(r.x + r.width) - x, height: Math.round(r.y + r.height) - y, kind }
  return isLargeEnough(region) ? region : null
}

// A square region centred on a tapped point (the one-tap alternative to dragging), a fifth of the
// photo's shorter side, moved inside the photo.
export function regionAroundPoint(point: Point, photo: Size, kind: BlurKind = 'manual'): BlurRegion | null {
  const side = Math.max(BLUR_LIMITS.sideMin, Math.round(Math.min(photo.width, photo.height) / 5))
  if (side > photo.width || side > photo.height) return null
  const x = Math.round(clamp(point.x - side / 2, 0, photo.width - side))
  const y = Math.round(clamp(point.y - side / 2, 0, photo.height - side))
  return { x, y, width: side, height: side, kind }
}

// The keyboard's way to place a region: moved by (dx, dy) and grown by (dw, dh) photo pixels,
// never smaller than the least region nor outside the photo (a move at an edge stops there).
export function nudgeRegion(region: BlurRegion, photo: Size, move: { dx?: number; dy?: number; dw?: number; dh?: number }): BlurRegion {
  const width = Math.round(clamp(region.width + (move.dw ?? 0), BLUR_LIMITS.sideMin, photo.width))
  const height = Math.round(clamp(region.height + (move.dh ?? 0), BLUR_LIMITS.sideMin, photo.height))
  const x = Math.round(clamp(region.x + (move.dx ?? 0), 0, photo.width - width))
  const y = Math.round(clamp(region.y + (move.dy ?? 0), 0, photo.height - height))
  return { ...region, x, y, width, height }
}

export function isLargeEnough(region: Pick<BlurRegion, 'width' | 'height'>): boolean {
  return region.width >= BLUR_LIMITS.sideMin && region.height >= BLUR_LIMITS.sideMin
}

// Whether the server would take the region for this photo: large enough and inside it.
export function fitsPhoto(region: BlurRegion, photo: Size): boolean {
  return (
    isLargeEnough(region) &&
    region.x >= 0 &&
    region.y >= 0 &&
    region.x + region.width <= photo.width &&
    region.y + region.height <= photo.height
  )
}

export function canAddRegion(regions: readonly BlurRegion[]): boolean {
  return regions.length < BLUR_LIMITS.regionsPerPhotoMax
}

export function addRegion(regions: readonly BlurRegion[], region: BlurRegion): BlurRegion[] {
  return canAddRegion(regions) ? [...regions, region] : [...regions]
}

export function removeRegionAt(regions: readonly BlurRegion[], index: number): BlurRegion[] {
  return regions.filter((_, i) => i !== index)
}

// Each region's number among those of its kind, in order: "Wajah 1", "Wajah 2", "Pelat nomor 1".
export function regionNumbers(regions: readonly BlurRegion[]): number[] {
  const seen: Record<string, number> = {}
  return regions.map((r) => (seen[r.kind] = (seen[r.kind] ?? 0) + 1))
}

// A region as the server sent it; a kind the console does not know counts as manual.
export function normalizeRegion(region: { x: number; y: number; width: number; height: number; kind?: string }): BlurRegion {
  const kind = blurKinds.includes(region.kind as BlurKind) ? (region.kind as BlurKind) : 'manual'
  return { x: region.x, y: region.y, width: region.width, height: region.height, kind }
}

export function savedRegions(photo: Photo): BlurRegion[] {
  return (photo.blur_regions ?? []).map(normalizeRegion)
}

const key = (r: BlurRegion) => `${r.x},${r.y},${r.width},${r.height},${r.kind}`

// The same set of regions, order aside (the server keeps no order the officer could see).
export function sameRegions(a: readonly BlurRegion[], b: readonly BlurRegion[]): boolean {
  if (a.length !== b.length) return false
  const sa = a.map(key).sort()
  const sb = b.map(key).sort()
  return sa.every((k, i) => k === sb[i])
}

// `photo_blurs` for the PUT: only the photos whose regions the officer changed, each with all
// its regions (an empty list unblurs it); a photo left out keeps what the server holds.
// Edits for a photo the complaint no longer has are dropped.
export function changedBlurs(
  photos: readonly Photo[],
  edited: Readonly<Record<string, readonly BlurRegion[]>>,
): Record<string, BlurRegion[]> {
  const out: Record<string, BlurRegion[]> = {}
  for (const photo of photos) {
    const regions = edited[photo.id]
    if (regions && !sameRegions(savedRegions(photo), regions)) out[photo.id] = regions.map((r) => ({ ...r }))
  }
  return out
}

// The officer's publication decision as the console edits it: hidden phrases, the report
// photos the public may see, and the photos whose blurred regions changed (lib/blurRegions.ts),
// sent whole (PUT .../publication). What the public then reads (the masked copy, the blurred
// photos) and whether it is public at all is the server's; nothing here masks text or photos.

import type { BlurRegion, Photo, Publication, PublicationRequest } from '../api/types'

// A phrase as the officer typed or selected it: inner runs of white space made one space (a
// selection across lines), ends trimmed.
export function cleanPhrase(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

// The list with `phrase` added at the end, unless it is empty or already there (letter case
// aside, as the server masks regardless of case).
export function addPhrase(list: readonly string[], phrase: string): string[] {
  const clean = cleanPhrase(phrase)
  if (!clean) return [...list]
  const folded = clean.toLowerCase()
  if (list.some((p) => p.toLowerCase() === folded)) return [...list]
  return [...list, clean]
}

export function removePhrase(list: readonly string[], phrase: string): string[] {
  return list.filter((p) => p !== phrase)
}

export function reportPhotoList(photos: readonly Photo[]): Photo[] {
  return photos.filter((p) => p.stage === 'report')
}

export function togglePhoto(chosen: readonly string[], id: string, shown: boolean): string[] {
  const rest = chosen.filter((c) => c !== id)
  return shown ? [...rest, id] : rest
}

// The whole decision: every phrase, and the chosen photos in the complaint's own order; with
// `photoBlurs` (changedBlurs(): only the photos whose regions changed) when there are any.
export function publicationBody(
  phrases: readonly string[],
  chosen: readonly string[],
  reportPhotos: readonly Photo[],
  photoBlurs: Readonly<Record<string, readonly BlurRegion[]>> = {},
): PublicationRequest {
  const body: PublicationRequest = {
    hidden_phrases: [...phrases],
    published_photos: reportPhotos.filter((p) => chosen.includes(p.id)).map((p) => p.id),
  }
  const blurred = Object.entries(photoBlurs)
  if (blurred.length) body.photo_blurs = Object.fromEntries(blurred.map(([id, regions]) => [id, regions.map((r) => ({ ...r }))]))
  return body
}

// Whether the edited decision differs from the one the server holds. The body names only the
// photos whose regions changed, so any photo named there is a change.
export function hasChanges(saved: Pick<Publication, 'hidden_phrases' | 'published_photos'>, edited: PublicationRequest): boolean {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i])
  const sorted = (a: readonly string[]) => [...a].sort()
  return (
    !same(saved.hidden_phrases, edited.hidden_phrases) ||
    !same(sorted(saved.published_photos), sorted(edited.published_photos)) ||
    Object.keys(edited.photo_blurs ?? {}).length > 0
  )
}

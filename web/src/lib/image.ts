// Photos are shrunk in the browser before upload: a phone camera's 12-50 MP picture becomes a
// JPEG no longer than 2560 px on its long edge, which saves the citizen's data plan and keeps
// uploads well under the server's limit per photo (photo_bytes_max in GET /api/v1/settings).
// Re-encoding through a canvas also drops the EXIF block (GPS position, camera serial) before
// anything leaves the phone.

export const MAX_EDGE = 2560
export const JPEG_QUALITY = 0.85

export interface Size {
  width: number
  height: number
}

// The size to draw `width` x `height` at so that neither edge exceeds `maxEdge`, keeping the
// aspect ratio. Images already small enough keep their size (never enlarged).
export function fitWithin(width: number, height: number, maxEdge = MAX_EDGE): Size {
  if (!(width > 0 && height > 0 && maxEdge > 0)) {
    throw new RangeError(`invalid size ${width}x${height} (max ${maxEdge})`)
  }
  const longest = Math.max(width, height)
  if (longest <= maxEdge) return { width, height }
  const scale = maxEdge / longest
  const other = (edge: number) => Math.max(1, Math.round(edge * scale))
  return width >= height
    ? { width: maxEdge, height: other(height) }
    : { width: other(width), height: maxEdge }
}

export class PhotoError extends Error {
  constructor(readonly reason: 'unreadable' | 'encode') {
    super(reason)
  }
}

// Decodes `file` (honouring its EXIF orientation), scales it with fitWithin and encodes a JPEG.
// Throws PhotoError('unreadable') for files the browser cannot decode.
export async function resizeToJpeg(file: Blob, maxEdge = MAX_EDGE): Promise<Blob> {
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
  } catch {
    throw new PhotoError('unreadable')
  }
  const size = fitWithin(bitmap.width, bitmap.height, maxEdge)
  const canvas = document.createElement('canvas')
  canvas.width = size.width
  canvas.height = size.height
  const context = canvas.getContext('2d')
  if (!context) throw new PhotoError('encode')
  context.imageSmoothingQuality = 'high'
  context.drawImage(bitmap, 0, 0, size.width, size.height)
  bitmap.close()
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new PhotoError('encode'))),
      'image/jpeg',
      JPEG_QUALITY,
    )
  })
}

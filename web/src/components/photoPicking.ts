// Picking photos to send, as the citizen's complaint form and the unit's proof both do: each file is
// shrunk to a JPEG in the browser (lib/image.ts) before it is kept, no more than `limit` in all
// (no count is kept to while the limit is unknown: the server then says what is too many),
// with a preview from an object URL that is released when the photo is removed or sent.
import { ref, type Ref } from 'vue'
import { PhotoError, resizeToJpeg } from '../lib/image'

export interface PickedPhoto {
  blob: Blob
  url: string
}

export interface PhotoPickingOptions {
  limit: () => number | null // how many photos may be kept in all; null: not known here
  tooMany: (max: number) => string // the message when more files are chosen than fit
  translate: (key: string) => string
  focusInput: () => void // after a removal, so keyboard users stay on the control
  shrink?: (file: Blob) => Promise<Blob>
}

export function usePhotoPicking(photos: Ref<PickedPhoto[]>, options: PhotoPickingOptions) {
  const shrink = options.shrink ?? resizeToJpeg
  const busy = ref(false)
  const problem = ref('')

  // Keeps what fits of `files`, one at a time; a file that cannot be read is said and skipped.
  async function add(files: readonly Blob[]) {
    problem.value = ''
    const limit = options.limit()
    const room = limit === null ? files.length : limit - photos.value.length
    if (limit !== null && files.length > room) problem.value = options.tooMany(limit)
    busy.value = true
    try {
      for (const file of files.slice(0, Math.max(0, room))) {
        try {
          const blob = await shrink(file)
          photos.value = [...photos.value, { blob, url: URL.createObjectURL(blob) }]
        } catch (e) {
          problem.value = options.translate(e instanceof PhotoError ? 'complaintForm.photoUnreadable' : 'errors.unknown')
        }
      }
    } finally {
      busy.value = false
    }
  }

  // The file input's change event.
  async function onChange(event: Event) {
    const target = event.target as HTMLInputElement
    try {
      await add(Array.from(target.files ?? []))
    } finally {
      target.value = '' // the same file may be picked again after removing it
    }
  }

  function remove(index: number) {
    const photo = photos.value[index]
    if (photo) URL.revokeObjectURL(photo.url)
    photos.value = photos.value.filter((_, i) => i !== index)
    options.focusInput()
  }

  // After the photos were sent: their previews are no longer needed.
  function clear() {
    for (const photo of photos.value) URL.revokeObjectURL(photo.url)
    photos.value = []
  }

  return { busy, problem, add, onChange, remove, clear }
}

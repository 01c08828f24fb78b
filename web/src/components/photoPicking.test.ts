import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { PhotoError } from '../lib/image'
import { usePhotoPicking, type PickedPhoto } from './photoPicking'

afterEach(() => vi.restoreAllMocks())

function setup(limit: number | null, shrink: (file: Blob) => Promise<Blob> = async (f) => f) {
  let n = 0
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => `blob:${++n}`)
  const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
  const photos = ref<PickedPhoto[]>([])
  const focusInput = vi.fn()
  const picking = usePhotoPicking(photos, {
    limit: () => limit,
    tooMany: (max) => `max ${max}`,
    translate: (key) => key,
    focusInput,
    shrink,
  })
  return { photos, picking, revoke, focusInput }
}

const file = (text: string) => new Blob([text], { type: 'image/jpeg' })

describe('usePhotoPicking', () => {
  it('keeps what fits and says that the rest did not', async () => {
    const { photos, picking } = setup(2)
    await picking.add([file('a'), file('b'), file('c')])
    expect(photos.value.map((p) => p.url)).toEqual(['blob:1', 'blob:2'])
    expect(picking.problem.value).toBe('max 2')
    expect(picking.busy.value).toBe(false)
    await picking.add([file('d')])
    expect(photos.value).toHaveLength(2)
    expect(picking.problem.value).toBe('max 2')
  })

  it('keeps every file while the limit is unknown, leaving the count to the server', async () => {
    const { photos, picking } = setup(null)
    await picking.add([file('a'), file('b'), file('c')])
    await picking.add([file('d'), file('e'), file('f')])
    expect(photos.value).toHaveLength(6)
    expect(picking.problem.value).toBe('')
  })

  it('skips a file it cannot read, and says so', async () => {
    const { photos, picking } = setup(5, async (f) => {
      if ((await f.text()) === 'bad') throw new PhotoError('unreadable')
      return f
    })
    await picking.add([file('bad'), file('good')])
    expect(photos.value).toHaveLength(1)
    expect(picking.problem.value).toBe('complaintForm.photoUnreadable')
  })

  it('releases a removed preview, and all of them on clear', async () => {
    const { photos, picking, revoke, focusInput } = setup(5)
    await picking.add([file('a'), file('b'), file('c')])
    picking.remove(1)
    expect(revoke).toHaveBeenCalledWith('blob:2')
    expect(photos.value.map((p) => p.url)).toEqual(['blob:1', 'blob:3'])
    expect(focusInput).toHaveBeenCalled()
    picking.clear()
    expect(revoke).toHaveBeenCalledTimes(3)
    expect(photos.value).toEqual([])
  })
})

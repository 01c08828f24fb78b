import { describe, expect, it, vi } from 'vitest'
import { usePagedList, type Page } from './pagedList'

const page = (items: number[], next: string | null): Page<number> => ({ items, next_cursor: next })

describe('usePagedList', () => {
  it('reads the first page, appends the next, and starts again on load()', async () => {
    const fetchPage = vi.fn(async (cursor: string | null) => (cursor ? page([3], null) : page([1, 2], 'c2')))
    const list = usePagedList(fetchPage, async () => 'x')
    await list.load()
    expect(list.items.value).toEqual([1, 2])
    expect(list.cursor.value).toBe('c2')
    await list.load(true)
    expect(fetchPage).toHaveBeenLastCalledWith('c2')
    expect(list.items.value).toEqual([1, 2, 3])
    expect(list.cursor.value).toBeNull()
    await list.load()
    expect(fetchPage).toHaveBeenLastCalledWith(null)
    expect(list.items.value).toEqual([1, 2])
    expect(list.loading.value).toBe(false)
  })

  it('keeps the rows and shows the failure; a retry clears it', async () => {
    let fail = false
    const list = usePagedList(
      async () => {
        if (fail) throw new Error('offline')
        return page([1], 'c')
      },
      async (e) => `failed: ${(e as Error).message}`,
    )
    await list.load()
    fail = true
    await list.load(true)
    expect(list.failure.value).toBe('failed: offline')
    expect(list.items.value).toEqual([1])
    expect(list.loading.value).toBe(false)
    fail = false
    await list.load()
    expect(list.failure.value).toBe('')
  })

  it('shows nothing for an error already handled (an expired session)', async () => {
    const list = usePagedList<number>(async () => Promise.reject(new Error('401')), async () => '')
    await list.load()
    expect(list.failure.value).toBe('')
  })
})

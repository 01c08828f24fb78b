import { describe, expect, it, vi } from 'vitest'
import { requireCodeAndName, upsert, useDraftEditor } from './draftEditor'

interface Row {
  code: string
  name: string
  parent: string | null
}
const blank = () => ({ code: '', name: '', parent: '' })
const fromRow = (r: Row) => ({ code: r.code, name: r.name, parent: r.parent ?? '' })

describe('useDraftEditor', () => {
  it('opens a blank draft for a new row, and a copy for an edited one', () => {
    const open = vi.fn()
    const editor = useDraftEditor(blank, fromRow, open)
    const row: Row = { code: 'dinsos', name: 'Dinas Sosial', parent: null }
    editor.openEdit(row)
    expect(editor.editing.value).toBe(row)
    expect({ ...editor.draft }).toEqual({ code: 'dinsos', name: 'Dinas Sosial', parent: '' })
    editor.draft.name = 'changed'
    expect(row.name).toBe('Dinas Sosial') // the row itself is untouched until saved
    editor.openCreate()
    expect(editor.editing.value).toBeNull()
    expect({ ...editor.draft }).toEqual(blank())
    expect(open).toHaveBeenCalledTimes(2)
  })
})

describe('requireCodeAndName', () => {
  it('marks each empty (or blank) field', () => {
    const errors: Record<string, string> = {}
    expect(requireCodeAndName({ code: '  ', name: 'x' }, errors, 'wajib')).toBe(false)
    expect(errors).toEqual({ code: 'wajib' })
    const none: Record<string, string> = {}
    expect(requireCodeAndName({ code: 'a', name: 'b' }, none, 'wajib')).toBe(true)
    expect(none).toEqual({})
  })
})

describe('upsert', () => {
  const same = (a: Row, b: Row) => a.code === b.code
  const order = (a: Row, b: Row) => a.code.localeCompare(b.code)
  const list: Row[] = [
    { code: 'a', name: 'A', parent: null },
    { code: 'c', name: 'C', parent: null },
  ]
  it('replaces a row in place', () => {
    expect(upsert(list, { code: 'c', name: 'C2', parent: 'a' }, same, order).map((r) => r.name)).toEqual(['A', 'C2'])
  })
  it('adds a new row in order', () => {
    expect(upsert(list, { code: 'b', name: 'B', parent: null }, same, order).map((r) => r.code)).toEqual(['a', 'b', 'c'])
    expect(list).toHaveLength(2)
  })
})

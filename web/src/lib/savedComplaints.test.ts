import { describe, expect, it } from 'vitest'
import { SAVED_KEY, SAVED_MAX, excerptOf, forget, loadSaved, remember, type SavedComplaint } from './savedComplaints'

function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  }
}

const complaint = (ticket: string, sentAt: number): SavedComplaint => ({
  ticket, tracking_token: `tok-${ticket}`, unit: 'Dinas Perhubungan', excerpt: 'Lampu jalan mati', sentAt,
})

describe('saved complaints', () => {
  it('keeps every receipt, newest first, across loads', () => {
    const storage = fakeStorage()
    remember(storage, complaint('2612-AAA', 1))
    remember(storage, complaint('2612-BBB', 2))
    expect(loadSaved(storage).map((r) => r.ticket)).toEqual(['2612-BBB', '2612-AAA'])
    expect(loadSaved(storage)[1]?.tracking_token).toBe('tok-2612-AAA')
  })
  it('keeps one entry per ticket', () => {
    const storage = fakeStorage()
    remember(storage, complaint('2612-AAA', 1))
    remember(storage, complaint('2612-AAA', 3))
    expect(loadSaved(storage)).toHaveLength(1)
  })
  it('forgets one ticket on request', () => {
    const storage = fakeStorage()
    remember(storage, complaint('2612-AAA', 1))
    remember(storage, complaint('2612-BBB', 2))
    expect(forget(storage, '2612-AAA').map((r) => r.ticket)).toEqual(['2612-BBB'])
    expect(loadSaved(storage).map((r) => r.ticket)).toEqual(['2612-BBB'])
  })
  it('drops the oldest beyond the limit', () => {
    const storage = fakeStorage()
    for (let i = 0; i <= SAVED_MAX; i++) remember(storage, complaint(`T-${i}`, i))
    const list = loadSaved(storage)
    expect(list).toHaveLength(SAVED_MAX)
    expect(list.some((r) => r.ticket === 'T-0')).toBe(false)
  })
  it('survives damaged storage and a full one', () => {
    expect(loadSaved(fakeStorage({ [SAVED_KEY]: '{not json' }))).toEqual([])
    expect(loadSaved(fakeStorage({ [SAVED_KEY]: '[{"ticket":""},1,null]' }))).toEqual([])
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError') } }
    expect(remember(full, complaint('2612-AAA', 1))).toEqual([])
  })
  it('shortens the description to an excerpt', () => {
    expect(excerptOf('  Lampu   mati  ')).toBe('Lampu mati')
    expect(excerptOf('x'.repeat(200))).toHaveLength(91)
  })
})

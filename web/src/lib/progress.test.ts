import { describe, expect, it } from 'vitest'
import { statusValues as STATUSES, type HistoryItem } from '../api/types'
import { canGiveFeedback, latestAnswer, progressOf } from './progress'

describe('progressOf', () => {
  it('places every status on the five steps or marks it stopped', () => {
    const steps = Object.fromEntries(STATUSES.map((s) => [s, progressOf(s)]))
    expect(steps.diterima).toEqual({ step: 0, note: null })
    expect(steps.didisposisikan).toEqual({ step: 1, note: null })
    expect(steps.ditunda).toEqual({ step: 1, note: 'waiting' })
    expect(steps.dibuka_kembali).toEqual({ step: 2, note: 'reopened' })
    expect(steps.selesai).toEqual({ step: 3, note: null })
    expect(steps.ditutup).toEqual({ step: 4, note: null })
    expect(steps.ditolak).toEqual({ step: -1, note: 'rejected' })
    for (const s of STATUSES) expect(progressOf(s).step).toBeLessThanOrEqual(4)
  })
})

describe('latestAnswer and feedback', () => {
  const item = (seq: number, action: string, message: string): HistoryItem => ({
    seq,
    at: '2026-11-25T10:00:00+07:00',
    action,
    status: 'selesai',
    unit: { code: 'dinsos', name: 'Dinas Sosial' },
    message,
  })

  it('finds the last resolve message', () => {
    expect(latestAnswer([item(1, 'submit', 'diterima'), item(2, 'respond', 'sebentar')])).toBeNull()
    const history = [item(1, 'resolve', 'pertama'), item(2, 'reopen', 'belum'), item(3, 'resolve', 'kedua')]
    expect(latestAnswer(history)?.message).toBe('kedua')
  })

  it('asks for feedback only on an answered complaint opened with its token', () => {
    expect(canGiveFeedback('selesai', 'tok')).toBe(true)
    expect(canGiveFeedback('selesai', undefined)).toBe(false)
    expect(canGiveFeedback('ditutup', 'tok')).toBe(false)
  })
})

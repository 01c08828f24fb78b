// How a complaint's status reads to the citizen: five steps on the usual path, plus a note for
// the side states (waiting for the citizen, passed to another unit, reopened, stopped).

import type { HistoryItem, Status } from '../api/types'

export const STEPS = ['diterima', 'diverifikasi', 'ditindaklanjuti', 'selesai', 'ditutup'] as const
export type Step = (typeof STEPS)[number]

export interface Progress {
  step: number // index into STEPS of the current step; -1 when the complaint was stopped
  note: 'waiting' | 'reassigning' | 'reopened' | 'rejected' | 'archived' | null
}

export function progressOf(status: Status): Progress {
  switch (status) {
    case 'diterima':
      return { step: 0, note: null }
    case 'diverifikasi':
    case 'didisposisikan':
      return { step: 1, note: null }
    case 'ditunda':
      return { step: 1, note: 'waiting' }
    case 'bukan_wewenang':
      return { step: 1, note: 'reassigning' }
    case 'ditindaklanjuti':
      return { step: 2, note: null }
    case 'dibuka_kembali':
      return { step: 2, note: 'reopened' }
    case 'selesai':
      return { step: 3, note: null }
    case 'ditutup':
      return { step: 4, note: null }
    case 'ditolak':
      return { step: -1, note: 'rejected' }
    case 'diarsipkan':
      return { step: -1, note: 'archived' }
  }
}

// The unit's latest answer (the message of the last "resolve"), if any.
export function latestAnswer(history: HistoryItem[]): HistoryItem | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const item = history[i] as HistoryItem
    if (item.action === 'resolve' && item.message) return item
  }
  return null
}

// Feedback is asked for once the unit has answered, and only from the reporter (the token).
export function canGiveFeedback(status: Status, token: string | undefined): boolean {
  return status === 'selesai' && Boolean(token)
}

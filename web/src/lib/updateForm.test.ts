import { describe, expect, it } from 'vitest'
import type { ActionName, ActionOffer } from '../api/types'
import { PHOTOS_ONLY, actionBody, blankUpdate, defaultChoice, isDestructive, updateProblems } from './updateForm'

const offer = (action: ActionName, over: Partial<ActionOffer> = {}): ActionOffer => ({
  action,
  message: 'optional',
  note: 'optional',
  unit: 'none',
  reason: 'none',
  category: 'none',
  ...over,
})

describe('defaultChoice', () => {
  it("preselects the server's first offer, its likeliest next", () => {
    expect(defaultChoice([offer('resolve', { message: 'required' }), offer('respond')], 5)).toBe('resolve')
    expect(defaultChoice([offer('verify'), offer('dispose')], 0)).toBe('verify')
  })

  it('falls back to photos only when no action is left but photos are', () => {
    expect(defaultChoice([], 3)).toBe(PHOTOS_ONLY)
    expect(defaultChoice([], 0)).toBe('')
  })
})

describe('updateProblems', () => {
  it('asks for what the offer requires', () => {
    const resolve = offer('resolve', { message: 'required' })
    expect(updateProblems('resolve', resolve, blankUpdate(), 0)).toEqual({ message: 'staff.messageRequired' })
    expect(updateProblems('resolve', resolve, { ...blankUpdate(), message: '  Sudah. ' }, 0)).toEqual({})
    const dispose = offer('dispose', { unit: 'required', note: 'required' })
    expect(updateProblems('dispose', dispose, blankUpdate(), 0)).toEqual({ unit: 'staff.unitRequired', note: 'staff.lateReasonRequired' })
    expect(updateProblems('note', offer('note', { note: 'required' }), blankUpdate(), 0)).toEqual({ note: 'staff.noteRequired' })
  })

  it('wants a photo when only photos are sent', () => {
    expect(updateProblems(PHOTOS_ONLY, null, blankUpdate(), 0)).toEqual({ photo: 'proof.noneChosen' })
    expect(updateProblems(PHOTOS_ONLY, null, blankUpdate(), 1)).toEqual({})
  })
})

describe('actionBody', () => {
  it('sends trimmed texts and only the fields the offer takes', () => {
    const draft = { message: ' Jawaban ', note: ' catatan ', unit: 'dinsos', category: 'x', reason: 'spam' as const }
    expect(actionBody(offer('resolve', { message: 'required' }), draft)).toEqual({ action: 'resolve', message: 'Jawaban', note: 'catatan' })
    expect(actionBody(offer('dispose', { unit: 'required', message: 'none' }), draft)).toEqual({ action: 'dispose', note: 'catatan', unit: 'dinsos' })
    expect(actionBody(offer('verify'), blankUpdate())).toEqual({ action: 'verify' })
  })
})

it('marks the actions that end a complaint without an answer', () => {
  expect(isDestructive('reject')).toBe(true)
  expect(isDestructive('resolve')).toBe(false)
  expect(isDestructive(PHOTOS_ONLY)).toBe(false)
})

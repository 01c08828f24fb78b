// The staff update form (one form for every step, as Zammad's ticket update): which of the
// actions the server allows is preselected, what the chosen action's offer asks for, and the
// request body. Whether an action is allowed, which fields it needs and which is likeliest next
// (the server sends allowed_actions likeliest first) is the server's; this module reads them.
import type { ActionName, ActionOffer, ActionRequest, RejectReason } from '../api/types'

// "Only proof photos": no action, offered when the server leaves room for proof photos.
export const PHOTOS_ONLY = 'photos' as const
export type UpdateChoice = ActionName | typeof PHOTOS_ONLY

export function defaultChoice(offers: readonly ActionOffer[], photoRoom: number): UpdateChoice | '' {
  const first = offers[0]
  if (first) return first.action
  return photoRoom > 0 ? PHOTOS_ONLY : ''
}

export function isDestructive(choice: UpdateChoice | ''): boolean {
  return choice === 'reject' || choice === 'archive'
}

export interface UpdateDraft {
  message: string
  note: string
  unit: string
  category: string
  reason: RejectReason | ''
}

export function blankUpdate(): UpdateDraft {
  return { message: '', note: '', unit: '', category: '', reason: '' }
}

export type UpdateField = keyof UpdateDraft | 'photo'

// What is missing, by field, as i18n keys, in the form's order; the offer says what is required.
export function updateProblems(
  choice: UpdateChoice,
  offer: ActionOffer | null,
  draft: UpdateDraft,
  photoCount: number,
): Partial<Record<UpdateField, string>> {
  const problems: Partial<Record<UpdateField, string>> = {}
  if (choice === PHOTOS_ONLY) {
    if (photoCount === 0) problems.photo = 'proof.noneChosen'
    return problems
  }
  if (!offer) return problems
  if (offer.unit === 'required' && !draft.unit) problems.unit = 'staff.unitRequired'
  if (offer.category === 'required' && !draft.category) problems.category = 'staff.categoryRequired'
  if (offer.reason === 'required' && !draft.reason) problems.reason = 'staff.reasonRequired'
  if (offer.message === 'required' && !draft.message.trim()) problems.message = 'staff.messageRequired'
  if (offer.note === 'required' && !draft.note.trim()) {
    problems.note = choice === 'note' ? 'staff.noteRequired' : 'staff.lateReasonRequired'
  }
  return problems
}

// The action request: trimmed texts, and only the fields the offer takes.
export function actionBody(offer: ActionOffer, draft: UpdateDraft): ActionRequest {
  const body: ActionRequest = { action: offer.action }
  const message = draft.message.trim()
  const note = draft.note.trim()
  if (message && offer.message !== 'none') body.message = message
  if (note) body.note = note
  if (offer.unit !== 'none' && draft.unit) body.unit = draft.unit
  if (offer.category !== 'none' && draft.category) body.category = draft.category
  if (offer.reason !== 'none' && draft.reason) body.reason = draft.reason
  return body
}

// The staff update form (one form for every step, as Zammad's ticket update): which of the
// actions the server allows comes first and is preselected, what the chosen action's offer asks
// for, and the request body. Whether an action is allowed, and which fields it needs, is the
// server's (allowed_actions and their FieldNeed); this module only orders and reads them.
import type { ActionName, ActionOffer, ActionRequest, RejectReason } from '../api/types'

// "Only proof photos": no action, offered when the server leaves room for proof photos.
export const PHOTOS_ONLY = 'photos' as const
export type UpdateChoice = ActionName | typeof PHOTOS_ONLY

// Presentation order only: the step that moves a complaint on comes before talking about it;
// closing an answered complaint waits for the reporter's word, so it is not the default; handing
// it away or ending it without an answer comes last. The server sends its offers in
// its own fixed order (dispose before start), which would preselect a hand-over.
const LIKELY: readonly ActionName[] = [
  'verify',
  'start',
  'resolve',
  'respond',
  'explain_delay',
  'note',
  'close',
  'reopen',
  'defer',
  'recategorize',
  'dispose',
  'not_authority',
  'escalate',
  'reject',
  'archive',
]

export function likelyFirst(offers: readonly ActionOffer[]): ActionOffer[] {
  const rank = (a: ActionName) => {
    const i = LIKELY.indexOf(a)
    return i < 0 ? LIKELY.length : i
  }
  // Array.prototype.sort is stable: an action this list does not know keeps the server's order.
  return [...offers].sort((a, b) => rank(a.action) - rank(b.action))
}

// The preselected choice: the likely next action, or only photos when no action is left.
export function defaultChoice(offers: readonly ActionOffer[], photoRoom: number): UpdateChoice | '' {
  const first = likelyFirst(offers)[0]
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

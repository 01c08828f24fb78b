// The save step the two operator screens share (IntakePage, EmergencyLinePage): the errors by
// the API's field name, the failure that belongs to no field, busy while saving. The browser's
// own checks come first (check); then the request (send), whose refusal of one field is shown
// at that field with focus moved there, so the operator with a caller on the line sees it.
import { reactive, ref } from 'vue'
import { ApiError, errorText } from '../api/errors'
import type { LocationInput } from '../api/types'
import { errorId, type ComplaintDraft } from '../lib/complaintForm'

export interface OperatorFormOptions {
  fieldIds: Record<string, string> // the API's field name -> the id of the control for it
  focus: (field: string) => void
  expired: (error: unknown) => Promise<boolean> // true when it was a 401, handled elsewhere
  translate: (key: string) => string
}

export function useOperatorForm(options: OperatorFormOptions) {
  const errors = reactive<Record<string, string>>({})
  const failure = ref('')
  const saving = ref(false)

  // aria-describedby of a control: its help text (`extra`) and its error, when there is one.
  function describe(field: string, extra?: string) {
    return [extra, errors[field] ? errorId(field) : ''].filter(Boolean).join(' ') || undefined
  }

  // Clears the last attempt's messages and shows `problems` (field -> message, in form order);
  // false, with focus on the first, when there are any.
  function check(problems: Record<string, string>): boolean {
    for (const key of Object.keys(errors)) delete errors[key]
    failure.value = ''
    Object.assign(errors, problems)
    const first = Object.keys(problems)[0]
    if (first === undefined) return true
    options.focus(first)
    return false
  }

  async function send(request: () => Promise<void>) {
    saving.value = true
    try {
      await request()
    } catch (e) {
      if (await options.expired(e)) return
      const field = e instanceof ApiError ? e.field : ''
      if (field && options.fieldIds[field]) {
        // The server checks the title it derives from the description: show it there.
        errors[field === 'title' ? 'description' : field] = errorText(e, options.translate)
        options.focus(field)
      } else {
        failure.value = errorText(e, options.translate)
      }
    } finally {
      saving.value = false
    }
  }

  return { errors, failure, saving, describe, check, send }
}

// The location an operator typed (kecamatan, desa, address or landmark, map pin) as the API takes
// it: trimmed, empty parts left out, a desa only with its kecamatan; null when nothing was given.
export function intakeLocation(
  place: Pick<ComplaintDraft, 'kecamatan' | 'desa' | 'address' | 'lat' | 'lon'>,
): LocationInput | null {
  const location: LocationInput = {}
  if (place.kecamatan) location.kecamatan_code = place.kecamatan
  if (place.kecamatan && place.desa) location.desa_code = place.desa
  if (place.address.trim()) location.address = place.address.trim()
  if (place.lat !== null && place.lon !== null) {
    location.lat = place.lat
    location.lon = place.lon
  }
  return Object.keys(location).length ? location : null
}

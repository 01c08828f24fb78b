// Form plumbing shared by the super admin's pages. useForm keeps the server's field errors by
// field (others go above the form) and runs a save: busy while it runs, a 401 back to the login
// page. useFormDialog puts a form in a native modal <dialog> (AdminDialog.vue): the browser keeps
// focus inside and closes it on Escape; this puts focus back on the button that opened it.
import { nextTick, reactive, ref, shallowRef } from 'vue'
import { ApiError, errorText, fieldErrors } from '../../api/errors'
import { useSessionExpiry } from '../errors'

type Translate = (key: string) => string

export function useForm(translate: Translate) {
  const expired = useSessionExpiry()
  const errors = reactive<Record<string, string>>({})
  const failure = ref('')
  const saving = ref(false)

  function clearErrors() {
    for (const key of Object.keys(errors)) delete errors[key]
    failure.value = ''
  }

  // Field errors go to their field (`fieldKey` turns the API's field name into the form's key,
  // e.g. "items[2].date" into that row's, or into '' for a field the form does not show);
  // others above the form.
  function showError(error: unknown, fieldKey: (field: string) => string = (f) => f) {
    clearErrors()
    if (error instanceof ApiError) {
      const [field] = Object.keys(fieldErrors(error))
      const key = field ? fieldKey(field) : ''
      if (key) {
        errors[key] = error.message || errorText(error, translate)
        return
      }
    }
    failure.value = errorText(error, translate)
  }

  // Runs one request of the form; false when it failed (and the error is shown).
  async function submit(action: () => Promise<void>, fieldKey?: (field: string) => string): Promise<boolean> {
    clearErrors()
    saving.value = true
    try {
      await action()
      return true
    } catch (e) {
      if (!(await expired(e))) showError(e, fieldKey)
      return false
    } finally {
      saving.value = false
    }
  }

  return { errors, failure, saving, clearErrors, showError, submit }
}

export function useFormDialog(translate: Translate) {
  const form = useForm(translate)
  const dialog = shallowRef<HTMLDialogElement | null>(null)
  let opener: HTMLElement | null = null

  // AdminDialog.vue hands its <dialog> element here.
  function attach(element: HTMLDialogElement | null) {
    dialog.value = element
  }

  async function open() {
    form.clearErrors()
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    await nextTick()
    dialog.value?.showModal()
  }

  function close() {
    dialog.value?.close()
  }

  // The dialog's close event (Escape, Cancel, or after saving). An opener removed meanwhile
  // (a deleted row's button) cannot take focus: AdminDialog's `closed` event lets the page
  // choose another place.
  function closed() {
    opener?.focus()
    opener = null
  }

  return { ...form, dialog, attach, open, close, closed }
}

export type Form = ReturnType<typeof useForm>
export type FormDialog = ReturnType<typeof useFormDialog>

// The id of a field's error message: "email" -> "email-error", "steps.follow_up.amount" ->
// "steps-follow_up-amount-error".
export function errorIdFor(field: string): string {
  return `${field.replace(/\W/g, '-')}-error`
}

export function fieldDescribedBy(errors: Record<string, string>, field: string, hint?: string): string | undefined {
  return [hint, errors[field] ? errorIdFor(field) : ''].filter(Boolean).join(' ') || undefined
}

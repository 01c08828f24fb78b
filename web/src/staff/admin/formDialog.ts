// A form in a native modal <dialog>: the browser keeps focus inside and closes it on Escape;
// this puts focus back on the button that opened it, and keeps the server's field errors.
import { nextTick, reactive, ref, useTemplateRef } from 'vue'
import { ApiError, errorText, fieldErrors } from '../../api/errors'

// `refName` is the dialog's ref attribute in the page's template.
export function useFormDialog(translate: (key: string) => string, refName: string) {
  const dialog = useTemplateRef<HTMLDialogElement>(refName)
  const errors = reactive<Record<string, string>>({})
  const failure = ref('')
  const saving = ref(false)
  let opener: HTMLElement | null = null

  function clearErrors() {
    for (const key of Object.keys(errors)) delete errors[key]
    failure.value = ''
  }

  async function open() {
    clearErrors()
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    await nextTick()
    dialog.value?.showModal()
  }

  function close() {
    dialog.value?.close()
  }

  // The dialog's close event (Escape, Cancel, or after saving).
  function closed() {
    opener?.focus()
    opener = null
  }

  // Field errors go to their field; others above the form.
  function showError(error: unknown) {
    clearErrors()
    if (error instanceof ApiError) {
      const byField = fieldErrors(error)
      const [field] = Object.keys(byField)
      if (field) {
        errors[field] = error.message || errorText(error, translate)
        return
      }
    }
    failure.value = errorText(error, translate)
  }

  return { dialog, errors, failure, saving, open, close, closed, clearErrors, showError }
}

export function fieldDescribedBy(errors: Record<string, string>, field: string, hint?: string): string | undefined {
  return [hint, errors[field] ? `${field.replace(/\W/g, '-')}-error` : ''].filter(Boolean).join(' ') || undefined
}

// The create/edit half of an admin list page. One dialog serves both: `editing` is the row it
// edits (null for a new one) and `draft` the copy its fields bind to, so Cancel leaves the row
// as it was. Kept apart from the pages so users, units and categories open their forms alike.
import { reactive, shallowRef, type ShallowRef } from 'vue'

export function useDraftEditor<Row, Draft extends object>(
  blank: () => Draft,
  fromRow: (row: Row) => NoInfer<Draft>, // the draft's type comes from `blank` alone
  open: () => unknown, // useFormDialog's open: shows the dialog and remembers the opener
) {
  const editing: ShallowRef<Row | null> = shallowRef(null)
  const draft = reactive(blank()) as Draft

  function openCreate() {
    editing.value = null
    Object.assign(draft, blank())
    void open()
  }

  function openEdit(row: Row) {
    editing.value = row
    Object.assign(draft, fromRow(row))
    void open()
  }

  return { editing, draft, openCreate, openEdit }
}

// The check the code-keyed pages (units, categories) make before asking the server; the server
// checks again. False when a field is empty (its error is set).
export function requireCodeAndName(draft: { code: string; name: string }, errors: Record<string, string>, message: string): boolean {
  if (!draft.code.trim()) errors.code = message
  if (!draft.name.trim()) errors.name = message
  return !errors.code && !errors.name
}

// A saved row back into the list: in place when it was there, else added in `order`.
export function upsert<T>(list: readonly T[], saved: T, same: (a: T, b: T) => boolean, order: (a: T, b: T) => number): T[] {
  const index = list.findIndex((row) => same(row, saved))
  if (index >= 0) return list.map((row, i) => (i === index ? saved : row))
  return [...list, saved].sort(order)
}

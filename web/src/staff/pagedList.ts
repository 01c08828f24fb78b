// A list the server hands out a page at a time behind a cursor (the inbox, the escalations):
// the rows so far, whether there is a next page, loading and the failure to show. load() reads
// the first page again (a new filter), load(true) appends the next one. `now` is when the rows
// were read, so "overdue by" counts from the same moment for every row.
import { ref, shallowRef, type Ref } from 'vue'

export interface Page<T> {
  items: T[]
  next_cursor: string | null
}

export function usePagedList<T>(
  fetchPage: (cursor: string | null) => Promise<Page<T>>,
  failureText: (error: unknown) => Promise<string>, // '' when the error needs no words (a 401)
) {
  const items = shallowRef<T[]>([]) as Ref<T[]>
  const cursor = ref<string | null>(null)
  const loading = ref(false)
  const failure = ref('')
  const now = ref(new Date())

  async function load(more = false) {
    loading.value = true
    failure.value = ''
    try {
      const page = await fetchPage(more ? cursor.value : null)
      items.value = more ? items.value.concat(page.items) : page.items
      cursor.value = page.next_cursor
      now.value = new Date()
    } catch (e) {
      failure.value = await failureText(e)
    } finally {
      loading.value = false
    }
  }

  return { items, cursor, loading, failure, now, load }
}

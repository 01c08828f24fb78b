// The caller's earlier complaints beside an operator form, looked up while the number is typed
// (lib/callerHistory waits for a pause and drops stale answers) and forgotten when the page goes.
// The server decides what is a number: the text goes as typed.
import { onBeforeUnmount, shallowRef, watch } from 'vue'
import { api } from '../api/client'
import { ApiError } from '../api/errors'
import type { CallerHistory } from '../api/types'
import { createCallerLookup, type LookupState } from '../lib/callerHistory'
import { useSessionExpiry } from './errors'

export function useCallerLookup(phone: () => string) {
  const expired = useSessionExpiry()
  const history = shallowRef<LookupState<CallerHistory>>({ kind: 'idle' })
  const lookup = createCallerLookup(
    async (number) => {
      try {
        return await api.callerHistory(number)
      } catch (e) {
        // The server's 422 at "phone": not a number (yet); nothing to show, no error.
        if (e instanceof ApiError && e.status === 422 && e.field === 'phone') return null
        await expired(e) // a 401 goes back to the login page
        throw e
      }
    },
    (state) => (history.value = state),
  )
  watch(phone, (number) => lookup.input(number))
  onBeforeUnmount(() => lookup.reset())
  return { history, lookup }
}

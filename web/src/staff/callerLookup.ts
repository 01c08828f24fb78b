// The caller's earlier complaints beside an operator form, looked up while the number is typed
// (lib/callerHistory waits for a pause and drops stale answers) and forgotten when the page goes.
import { onBeforeUnmount, shallowRef, watch } from 'vue'
import { api } from '../api/client'
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

// The state every super admin page keeps: loading, a failed load, the last save's notice. A 401
// while loading goes back to the login page.
import { ref } from 'vue'
import { errorText } from '../../api/errors'
import { useSessionExpiry } from '../errors'

export function useAdminPage(translate: (key: string) => string) {
  const expired = useSessionExpiry()
  const loading = ref(false)
  const loadFailure = ref('')
  const notice = ref('')

  async function load(fetch: () => Promise<void>) {
    loading.value = true
    loadFailure.value = ''
    try {
      await fetch()
    } catch (e) {
      if (!(await expired(e))) loadFailure.value = errorText(e, translate)
    } finally {
      loading.value = false
    }
  }

  return { loading, loadFailure, notice, load }
}

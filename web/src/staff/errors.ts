// A 401 on a staff page means the session cookie expired: go back to the login page, and come
// back here afterwards.
import { useRouter } from 'vue-router'
import { ApiError, errorText } from '../api/errors'
import { forget } from './session'

export function useSessionExpiry() {
  const router = useRouter()
  return async (error: unknown): Promise<boolean> => {
    if (!(error instanceof ApiError) || error.status !== 401) return false
    forget()
    await router.push({
      name: 'staff-login',
      query: { next: router.currentRoute.value.fullPath, expired: '1' },
    })
    return true
  }
}

// What a staff page shows for a failed request: nothing when it was an expired session (the
// login page takes over), else the error in words.
export function useFailureText(translate: (key: string) => string) {
  const expired = useSessionExpiry()
  return async (error: unknown): Promise<string> => ((await expired(error)) ? '' : errorText(error, translate))
}

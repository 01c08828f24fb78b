// The signed-in staff member. The session itself is the HttpOnly cookie; the page keeps the
// user and the CSRF token in memory and in sessionStorage (this tab only), and asks
// /api/v1/auth/me when it has neither, so a reload stays signed in while the cookie is valid.
import { reactive } from 'vue'
import { api, setCsrfToken } from '../api/client'
import type { LoginResult, StaffUser } from '../api/types'

const STORAGE_KEY = 'tanggap.staff-session'

export const session = reactive<{ user: StaffUser | null }>({ user: null })

export function remember(result: LoginResult): void {
  session.user = result.user
  setCsrfToken(result.csrf_token)
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(result))
  } catch {
    // storage disabled: memory only
  }
}

export function forget(): void {
  session.user = null
  setCsrfToken('')
  try {
    sessionStorage.removeItem(STORAGE_KEY)
  } catch {
    // nothing stored
  }
}

function restore(): boolean {
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as LoginResult | null
    if (saved?.user && typeof saved.csrf_token === 'string') {
      session.user = saved.user
      setCsrfToken(saved.csrf_token)
      return true
    }
  } catch {
    // unreadable entry: ask the server
  }
  return false
}

// True when signed in; asks the server when this tab knows nothing yet.
export async function ensureSession(): Promise<boolean> {
  if (session.user || restore()) return true
  try {
    remember(await api.me())
    return true
  } catch {
    forget()
    return false
  }
}

export async function logout(): Promise<void> {
  try {
    await api.logout()
  } finally {
    forget()
  }
}

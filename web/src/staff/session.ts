// The signed-in staff member. The session itself is the HttpOnly cookie; the page keeps the
// user and the CSRF token in memory and in sessionStorage (this tab only), and asks
// /api/v1/auth/me when it has neither, so a reload stays signed in while the cookie is valid.
// Next to the user it keeps what the server decided the account may do (`duties`, read through
// lib/duties) and the units below the account's unit whose queues it may open (`unitsBelow`).
import { reactive } from 'vue'
import { api, setCsrfToken } from '../api/client'
import type { Duty, LoginResult, StaffUser, UnitRef } from '../api/types'
import { hasDuty, isDutyList } from '../lib/duties'

const STORAGE_KEY = 'tanggap.staff-session'

export const session = reactive<{ user: StaffUser | null; duties: Duty[]; unitsBelow: UnitRef[] }>({
  user: null,
  duties: [],
  unitsBelow: [],
})

// Whether the signed-in account may do `duty` (false when signed out).
export const may = (duty: Duty): boolean => !!session.user && hasDuty(session.duties, duty)

function keep(result: LoginResult): void {
  session.user = result.user
  session.duties = [...result.duties]
  session.unitsBelow = [...(result.units_below ?? [])]
}

export function remember(result: LoginResult): void {
  keep(result)
  setCsrfToken(result.csrf_token)
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(result))
  } catch {
    // storage disabled: memory only
  }
}

export function forget(): void {
  session.user = null
  session.duties = []
  session.unitsBelow = []
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
    // A session saved before the server sent duties is asked for again.
    if (saved?.user && typeof saved.csrf_token === 'string' && isDutyList(saved.duties)) {
      keep(saved)
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

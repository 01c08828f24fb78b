// The staff bar's notification count. One fetch when a staff page loads, then at most once a
// minute and only while the tab is visible (officers on prepaid data, many tabs open). The
// newest id a person has seen is kept in localStorage, per username, to count the new ones.
import { reactive } from 'vue'
import { api } from '../api/client'
import { countLabel, isStale, unseenCount } from '../lib/notifications'
import { may, session } from './session'

export const PAGE_SIZE = 50
const POLL_MS = 60_000

export const notifications = reactive<{ label: string; unseen: number; newest: number }>({
  label: '',
  unseen: 0,
  newest: 0,
})

let lastFetch: number | null = null
let inFlight: Promise<void> | null = null
let timer: ReturnType<typeof setInterval> | null = null
let users = 0

const storageKey = () => `tanggap.notifications-seen.${session.user?.username ?? ''}`

export function lastSeen(): number {
  try {
    return Number(localStorage.getItem(storageKey()) ?? 0) || 0
  } catch {
    return 0
  }
}

// Called by the notifications page once it has shown them.
export function markSeen(newest: number): void {
  if (newest <= lastSeen()) return
  try {
    localStorage.setItem(storageKey(), String(newest))
  } catch {
    // storage disabled: the count stays as it is
  }
  notifications.unseen = 0
  notifications.label = '0'
}

export function refreshCount(force = false): Promise<void> {
  // Only accounts with the bell (the server refuses the others).
  if (!may('read_notifications')) return Promise.resolve()
  if (inFlight) return inFlight
  if (!force && !isStale(lastFetch, Date.now(), POLL_MS)) return Promise.resolve()
  lastFetch = Date.now()
  inFlight = api
    .notifications({ limit: PAGE_SIZE })
    .then((page) => {
      const ids = page.items.map((n) => n.id)
      notifications.newest = ids[0] ?? 0
      notifications.unseen = unseenCount(ids, lastSeen())
      notifications.label = countLabel(notifications.unseen, PAGE_SIZE, page.next_before !== null)
    })
    .catch(() => undefined) // the count is a hint; the page itself shows errors
    .finally(() => {
      inFlight = null
    })
  return inFlight
}

function onVisibility() {
  if (document.visibilityState === 'visible') void refreshCount()
}

// Each staff page's bar starts the poll; the last one to go stops it.
export function startPolling(): void {
  users += 1
  void refreshCount()
  if (users > 1) return
  timer = setInterval(() => {
    if (document.visibilityState === 'visible') void refreshCount()
  }, POLL_MS)
  document.addEventListener('visibilitychange', onVisibility)
}

export function stopPolling(): void {
  users = Math.max(0, users - 1)
  if (users > 0) return
  if (timer) clearInterval(timer)
  timer = null
  document.removeEventListener('visibilitychange', onVisibility)
}

// On sign-out: the next person starts from nothing.
export function resetCount(): void {
  Object.assign(notifications, { label: '', unseen: 0, newest: 0 })
  lastFetch = null
}

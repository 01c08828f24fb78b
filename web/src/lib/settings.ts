// What the server says of the installation (GET /api/v1/settings): its time zone, which zone.ts
// keeps, and the limits texts are checked against (a submission's description, name, address,
// photo count and source link; an action's message and note, a feedback comment, a chat reply;
// a breach record's texts, a privacy request's reason and person key, a one-time code), kept
// here. The server is the one source of these numbers: the browser
// has no copy of them. Its answer is remembered in localStorage, so a returning visitor offline
// still checks and shows them; until the server has ever answered (a first visit offline) the
// limits are null, and the forms then skip those checks and show no number: the server checks
// again on submit and its 422 names the field. The limits are reactive: a form reading them in
// its template or a computed renders again when the server's answer arrives.
import { shallowRef } from 'vue'
import type { Settings, SubmissionLimits } from '../api/types'
import { setLocalZone } from './zone'

export type { SubmissionLimits }

const STORAGE_KEY = 'tanggap.limits'

// Every limit the server sends; the type makes this list follow the OpenAPI schema.
const LIMIT_NAMES = Object.keys({
  description_min: true,
  description_max: true,
  title_max: true,
  reporter_name_max: true,
  address_max: true,
  photos_max: true,
  photo_bytes_max: true,
  proof_photos_max: true,
  source_url_max: true,
  action_text_max: true,
  feedback_comment_max: true,
  chat_reply_max: true,
  breach_text_max: true,
  privacy_reason_max: true,
  nik_digits: true,
  email_max: true,
  one_time_code_digits: true,
} satisfies Record<keyof SubmissionLimits, true>) as (keyof SubmissionLimits)[]

// The limits in `value`, or null unless every one is there as a whole number of at least 0.
export function asLimits(value: unknown): SubmissionLimits | null {
  if (typeof value !== 'object' || value === null) return null
  const limits: Partial<Record<keyof SubmissionLimits, number>> = {}
  for (const name of LIMIT_NAMES) {
    const n = (value as Record<string, unknown>)[name]
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) return null
    limits[name] = n
  }
  return limits as SubmissionLimits
}

function storedLimits(): SubmissionLimits | null {
  try {
    return asLimits(JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? 'null'))
  } catch {
    return null // storage refused (private mode) or an entry that is not JSON
  }
}

const current = shallowRef<SubmissionLimits | null>(storedLimits())

// The server's limits, or null while they are unknown.
export const submissionLimits = (): SubmissionLimits | null => current.value

// Makes `value` the limits (and remembers them); false, and nothing changes, when it is not a
// complete set of limits.
export function setSubmissionLimits(value: unknown): boolean {
  const limits = asLimits(value)
  if (!limits) return false
  current.value = limits
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(limits))
  } catch {
    // Not kept across visits; the next load asks the server again.
  }
  return true
}

// Forgets the limits, as on a first visit (tests).
export function forgetSubmissionLimits(): void {
  current.value = null
  try {
    globalThis.localStorage?.removeItem(STORAGE_KEY)
  } catch {
    // nothing kept
  }
}

let loading: Promise<void> = Promise.resolve()

// Asks the server once for its settings and takes the zone and the limits from the answer; a
// failure (offline) or a part missing from the answer keeps what there is.
export function loadSettings(fetcher: typeof fetch = fetch): Promise<void> {
  loading = (async () => {
    try {
      const res = await fetcher('/api/v1/settings', { headers: { Accept: 'application/json' } })
      if (!res.ok) return
      const settings = (await res.json()) as Partial<Settings> | null
      setLocalZone(settings?.time_zone)
      setSubmissionLimits(settings?.limits)
    } catch {
      // Offline: the stored zone and limits stay.
    }
  })()
  return loading
}

// Resolves when the last loadSettings has finished, or after `waitMs` at most: a form about to
// check what was typed waits this long for limits it does not know yet.
export async function settingsSettled(waitMs = 3000): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined
  try {
    await Promise.race([loading, new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)))])
  } finally {
    clearTimeout(timer)
  }
}

// For tests only: what the unit tests share.
import type { SubmissionLimits } from '../api/types'

// The limits as the server sends them in GET /api/v1/settings (its example answer). The
// application itself has no copy of these numbers: it reads them from lib/settings.ts.
export const LIMITS: SubmissionLimits = {
  description_min: 10,
  description_max: 5000,
  title_max: 200,
  reporter_name_max: 100,
  address_max: 500,
  photos_max: 5,
  photo_bytes_max: 10485760,
  proof_photos_max: 5,
  source_url_max: 2048,
  action_text_max: 5000,
  feedback_comment_max: 2000,
  chat_reply_max: 4096,
  breach_text_max: 4000,
  privacy_reason_max: 500,
  nik_digits: 16,
  email_max: 254,
  one_time_code_digits: 6,
}

// A Storage in memory (localStorage's methods the code uses), its entries in `data`.
export function memoryStorage() {
  const data = new Map<string, string>()
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  }
}

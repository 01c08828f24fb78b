// Dates as people read them: in the installation's time zone (lib/zone), in the UI's language.
import { localZone } from './zone'

const formatters = new Map<string, Intl.DateTimeFormat>()

// A date format (`options`, under the name `shape`) in the installation's zone and the UI's
// language ('en' reads as en-GB, anything else as id-ID). Each is built once per shape, language
// and zone: building one costs far more than using it, and lists format a date per row.
export function zonedFormatter(shape: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const zone = localZone()
  const key = `${shape}:${locale}:${zone.name}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', { ...options, timeZone: zone.iana })
    formatters.set(key, f)
  }
  return f
}

function formatter(locale: string, withTime: boolean): Intl.DateTimeFormat {
  return zonedFormatter(withTime ? 'date-time' : 'date', locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  })
}

export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return ''
  const time = Date.parse(iso)
  return Number.isFinite(time) ? formatter(locale, true).format(time) : iso
}

export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return ''
  const time = Date.parse(iso)
  return Number.isFinite(time) ? formatter(locale, false).format(time) : iso
}

export interface Place {
  address?: string
  desa_code?: string
  kecamatan_code?: string
  lat?: number | null
  lon?: number | null
}

// "address, desa, kecamatan" with names from the directory where known (codes otherwise).
export function describePlace(place: Place, names: ReadonlyMap<string, string>): string {
  const name = (code?: string) => (code ? (names.get(code) ?? code) : '')
  return [place.address?.trim(), name(place.desa_code), name(place.kecamatan_code)].filter(Boolean).join(', ')
}

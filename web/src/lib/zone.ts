// The installation's time zone (the server's --time-zone): WIB, WITA or WIT. Indonesia keeps no
// daylight saving, so a zone is an IANA name for Intl and a fixed offset for date arithmetic.
// The server names it in GET /api/v1/settings (loaded by settings.ts, with the limits); until it
// answers (and offline) the page uses the zone it last heard, else WIB. The zone is reactive: a page formatting times in its template
// renders again when the server's answer changes it.
import { shallowRef } from 'vue'

export type ZoneName = 'WIB' | 'WITA' | 'WIT'

export interface LocalZone {
  name: ZoneName
  iana: string
  offsetMs: number
}

const HOUR = 3_600_000
export const ZONES: Record<ZoneName, LocalZone> = {
  WIB: { name: 'WIB', iana: 'Asia/Jakarta', offsetMs: 7 * HOUR },
  WITA: { name: 'WITA', iana: 'Asia/Makassar', offsetMs: 8 * HOUR },
  WIT: { name: 'WIT', iana: 'Asia/Jayapura', offsetMs: 9 * HOUR },
}

const STORAGE_KEY = 'tanggap.zone'

function isZoneName(value: unknown): value is ZoneName {
  return value === 'WIB' || value === 'WITA' || value === 'WIT'
}

function storedZone(): LocalZone {
  try {
    const name = globalThis.localStorage?.getItem(STORAGE_KEY)
    if (isZoneName(name)) return ZONES[name]
  } catch {
    // Storage refused (private mode): the default serves.
  }
  return ZONES.WIB
}

const current = shallowRef<LocalZone>(storedZone())

export const localZone = (): LocalZone => current.value

// Makes `name` the zone; false (and nothing changes) for a name that is not one of the three.
export function setLocalZone(name: unknown): boolean {
  if (!isZoneName(name)) return false
  current.value = ZONES[name]
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, name)
  } catch {
    // Not kept across visits; the next load asks the server again.
  }
  return true
}

// "2026-11-30": the local date of an instant.
export function localDate(ms: number): string {
  return new Date(ms + localZone().offsetMs).toISOString().slice(0, 10)
}

// The monthly monev PDF of one unit (GET /api/v1/reports/monev): the month people pick (last
// month by default, in the installation's time zone), the units to pick from, and the download address.
// Pure functions (unit-tested).
import { query } from '../api/client'
import type { Role, Unit } from '../api/types'
import type { Option } from './options'
import { localZone } from './zone'

const MONTH = /^(\d{4})-(\d{2})$/
// The server refuses months before this year (422, field month).
export const FIRST_YEAR = 2000

// "2022-05": a real month the server accepts.
export function isMonth(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const m = MONTH.exec(value)
  return !!m && Number(m[1]) >= FIRST_YEAR && Number(m[2]) >= 1 && Number(m[2]) <= 12
}

function localMonth(now: Date, delta: number): string {
  const local = new Date(now.getTime() + localZone().offsetMs)
  const d = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + delta, 1))
  return d.toISOString().slice(0, 7)
}

// The month `now` falls in, in the local zone ("2026-11").
export const thisMonth = (now: Date): string => localMonth(now, 0)

// The month before it: a finished month is what a monev report is about.
export const lastMonth = (now: Date): string => localMonth(now, -1)

// Unit staff get their own unit's report only; the others choose any unit (the server
// requires one from them).
export function ownUnitOnly(role: Role | undefined): boolean {
  return role === 'officer' || role === 'unit_admin'
}

export function monevUrl(unit: string, month: string): string {
  return `/api/v1/reports/monev${query({ unit, month })}`
}

// Agencies first, then areas and health centres, villages last; by name within a kind.
const KIND_ORDER = ['pimpinan', 'perangkat_daerah', 'rsud', 'bumd', 'kecamatan', 'puskesmas', 'kelurahan', 'desa']

// Options for the unit picker: each named with its kind as a hint, and a village with its
// kecamatan in front (village names repeat across kecamatan).
export function unitOptions(units: readonly Unit[], kindName: (kind: string) => string): Option[] {
  const names = new Map(units.map((u) => [u.code, u.name]))
  const rank = (kind: string) => {
    const i = KIND_ORDER.indexOf(kind)
    return i < 0 ? KIND_ORDER.length : i
  }
  return [...units]
    .sort((a, b) => rank(a.kind) - rank(b.kind) || a.name.localeCompare(b.name, 'id'))
    .map((u) => {
      const o: Option = { value: u.code, label: u.name, hint: kindName(u.kind) }
      const parent = (u.kind === 'desa' || u.kind === 'kelurahan') && u.parent ? names.get(u.parent) : undefined
      if (parent) o.prefix = parent
      return o
    })
}

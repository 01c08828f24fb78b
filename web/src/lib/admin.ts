// Plain logic of the super admin's screens (accounts, units, categories): searching the
// tables, and turning form text into what the API takes and back.

import type { AdminCategory, AdminUnit, AdminUser, Role } from '../api/types'

// Lower-case, accents off, so "Kominfo" finds "kominfo" and "Sosial" finds "sosial".
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim()
}

function matches(query: string, ...texts: (string | null | undefined)[]): boolean {
  const q = fold(query)
  if (!q) return true
  return texts.some((t) => !!t && fold(t).includes(q))
}

export interface UserFilter {
  q: string
  role: Role | ''
  status: 'all' | 'active' | 'inactive'
}

export function filterUsers(users: AdminUser[], f: UserFilter): AdminUser[] {
  return users.filter(
    (u) =>
      (!f.role || u.role === f.role) &&
      (f.status === 'all' || (f.status === 'active') === u.active) &&
      matches(f.q, u.username, u.display_name, u.email, u.phone, u.unit?.name, u.unit?.code),
  )
}

export interface UnitFilter {
  q: string
  kind: string
}

export function filterUnits(units: AdminUnit[], f: UnitFilter): AdminUnit[] {
  return units.filter((u) => (!f.kind || u.kind === f.kind) && matches(f.q, u.code, u.name, u.area_code))
}

export interface CategoryFilter {
  q: string
  unit: string // the unit complaints are routed to
}

export function filterCategories(categories: AdminCategory[], f: CategoryFilter): AdminCategory[] {
  return categories.filter(
    (c) =>
      (!f.unit || c.route?.unit?.code === f.unit) &&
      matches(f.q, c.code, c.name, c.responsible_unit, c.route?.unit?.name),
  )
}

// One item per line or comma; blanks dropped.
export function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

export function joinList(items: string[]): string {
  return items.join('\n')
}

// "instagram: dinsos_indramayu" per line. A line without a colon is kept whole as the handle
// with no network, so the server names the field instead of the text silently vanishing.
export function parseSocial(text: string): { network: string; handle: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const colon = line.indexOf(':')
      if (colon < 0) return { network: '', handle: line }
      return { network: line.slice(0, colon).trim().toLowerCase(), handle: line.slice(colon + 1).trim() }
    })
}

export function formatSocial(accounts: { network: string; handle: string }[]): string {
  return accounts.map((a) => `${a.network}: ${a.handle}`).join('\n')
}

// Roles tied to one unit must name it (as domain::role_needs_unit on the server).
export function roleNeedsUnit(role: Role): boolean {
  return role === 'operator' || role === 'officer' || role === 'unit_admin'
}

// Super admin may carry Diskominfo as their unit; leadership and auditors have none.
export function roleTakesUnit(role: Role): boolean {
  return roleNeedsUnit(role) || role === 'super_admin'
}

export const MIN_PASSWORD = 8

// The unit choices of a unit's "parent" field: every unit but itself.
export function parentChoices(units: AdminUnit[], code: string): AdminUnit[] {
  return units.filter((u) => u.code !== code)
}

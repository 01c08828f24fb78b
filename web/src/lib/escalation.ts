// The escalation ladder as staff read it: which level a complaint reached, and how late it is
// in words ("terlambat 3 hari 4 jam"), and how an inbox row shows it. Pure functions
// (unit-tested); words come from vue-i18n.

// 0 with the unit, 1 Diskominfo (super admin), 2 the Bupati.
export function levelKey(level: number): 'escalation.level0' | 'escalation.level1' | 'escalation.level2' {
  if (level >= 2) return 'escalation.level2'
  return level === 1 ? 'escalation.level1' : 'escalation.level0'
}

// The inbox filter for a level view: escalated=1 lists level 1 and up, escalated=2 the Bupati's.
export type LevelView = 1 | 2

export function defaultLevelView(role: string | undefined): LevelView {
  return role === 'leadership' ? 2 : 1
}

export function parseLevelView(value: unknown, role: string | undefined): LevelView {
  if (value === '1') return 1
  if (value === '2') return 2
  return defaultLevelView(role)
}

const HOUR_MS = 3_600_000

// How long past `dueAt` it is at `now`, in whole days and hours; null when not yet due (or no
// valid due time).
export function lateBy(dueAt: string | null | undefined, now: Date): { days: number; hours: number } | null {
  if (!dueAt) return null
  const due = Date.parse(dueAt)
  if (!Number.isFinite(due) || due >= now.getTime()) return null
  const hours = Math.floor((now.getTime() - due) / HOUR_MS)
  return { days: Math.floor(hours / 24), hours: hours % 24 }
}

// `plural(key, n)` is vue-i18n's t(key, n): "escalation.days" -> "3 hari" / "3 days".
export type Plural = (key: string, n: number) => string

// "3 hari 4 jam", "5 jam", "kurang dari 1 jam"; "" when not late.
export function lateDuration(dueAt: string | null | undefined, now: Date, plural: Plural): string {
  const late = lateBy(dueAt, now)
  if (!late) return ''
  const parts: string[] = []
  if (late.days) parts.push(plural('escalation.days', late.days))
  if (late.hours) parts.push(plural('escalation.hours', late.hours))
  return parts.length ? parts.join(' ') : plural('escalation.underHour', 1)
}

// The inbox badge of an escalated complaint: who holds it above the unit; null at level 0.
export function levelBadgeKey(level: number): 'escalation.badge1' | 'escalation.badge2' | null {
  if (level >= 2) return 'escalation.badge2'
  return level === 1 ? 'escalation.badge1' : null
}

// How late a complaint the server calls overdue is by the browser's clock ("3 hari 4 jam"); ''
// when the server says it is not (answered or closed: a past due time then no longer matters).
export function overdueBy(item: { due_at: string | null; overdue: boolean }, now: Date, plural: Plural): string {
  return item.overdue ? lateDuration(item.due_at, now, plural) : ''
}

// A reason cut to one short line for a list: whitespace folded, cut at a word before `max`
// characters with an ellipsis (the whole text is on the complaint's page).
export function shortLine(text: string, max = 90): string {
  const line = text.replace(/\s+/g, ' ').trim()
  if (line.length <= max) return line
  const cut = line.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`
}

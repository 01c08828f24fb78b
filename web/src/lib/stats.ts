// Shaping the public figures for the dashboard (the server groups them): shares, number and duration
// formats in the UI's language, and the CSV download addresses. Pure functions (unit-tested).
import { query } from '../api/client'
import type { StatsSummary } from '../api/types'

// The share of resolved complaints as a fraction 0..1; null when nothing was received (the
// server then says 0, which would read as "none resolved").
export function shareResolved(summary: { share_resolved: number | null; resolved: number; total: number }): number | null {
  if (summary.total <= 0) return null
  if (summary.share_resolved !== null && summary.share_resolved !== undefined) return summary.share_resolved
  return summary.resolved / summary.total
}

const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'id-ID')

// 2245 -> "2.245" in Indonesian, "2,245" in English.
export function formatNumber(n: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(n)
}

// 0.9075 -> "90,8%" in Indonesian, "90.8%" in English.
export function formatPercent(fraction: number | null, locale: string): string {
  if (fraction === null || !Number.isFinite(fraction)) return '—'
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 1 }).format(fraction)
}

// A median resolution time in the unit people read it in: hours up to two days, days after.
export function durationParts(hours: number): { unit: 'hours' | 'days'; value: number } {
  if (hours < 48) return { unit: 'hours', value: Math.round(hours * 10) / 10 }
  return { unit: 'days', value: Math.round((hours / 24) * 10) / 10 }
}

// "2022-03" -> "Mar 2022" / "Mar 2022" in the UI's language.
export function monthLabel(month: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month)
  if (!m) return month
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1))
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date)
}

export function topUnits<T extends { name: string; received: number }>(rows: readonly T[], n = 10): T[] {
  return [...rows].sort((a, b) => b.received - a.received || a.name.localeCompare(b.name, 'id')).slice(0, n)
}

export const CSV_DIMENSIONS = ['year', 'month', 'unit_kind', 'unit_group', 'unit', 'category', 'channel'] as const
export type CsvDimension = (typeof CSV_DIMENSIONS)[number]

export interface Period {
  year?: number
  from?: string
  to?: string
}

// The CSV download of one dimension for the same period as the figures on screen.
export function csvUrl(dimension: CsvDimension, period: Period): string {
  return `/api/v1/stats/${dimension}.csv${query({ year: period.year, from: period.from, to: period.to })}`
}

// The year chosen in the URL (?tahun=2022); anything else means all time.
export function parseYear(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{4}$/.test(value)) return undefined
  return Number(value)
}

export function yearsOf(summary: Pick<StatsSummary, 'by_year'> | null): number[] {
  return [...new Set((summary?.by_year ?? []).map((y) => y.year))].sort((a, b) => a - b)
}

// The server leaves out years and months with no complaints; a chart must still show them, as
// empty periods, or Dec 2022 is drawn next to Nov 2026 as if the count had collapsed.
export function fillYears<T extends { year: number; received: number; resolved: number }>(
  rows: readonly T[],
): { year: number; received: number; resolved: number }[] {
  if (!rows.length) return []
  const byYear = new Map(rows.map((r) => [r.year, r]))
  const years = rows.map((r) => r.year)
  const out = []
  for (let y = Math.min(...years); y <= Math.max(...years); y++) {
    const r = byYear.get(y)
    out.push({ year: y, received: r?.received ?? 0, resolved: r?.resolved ?? 0 })
  }
  return out
}

export function fillMonths<T extends { month: string; received: number; resolved: number }>(
  rows: readonly T[],
): { month: string; received: number; resolved: number }[] {
  const index = (m: string) => {
    const match = /^(\d{4})-(\d{2})$/.exec(m)
    return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null
  }
  const known = rows.flatMap((r) => {
    const i = index(r.month)
    return i === null ? [] : [[i, r] as const]
  })
  if (!known.length) return rows.map((r) => ({ month: r.month, received: r.received, resolved: r.resolved }))
  const byIndex = new Map(known)
  const indexes = known.map(([i]) => i)
  const out = []
  for (let i = Math.min(...indexes); i <= Math.max(...indexes); i++) {
    const r = byIndex.get(i)
    const month = `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`
    out.push({ month, received: r?.received ?? 0, resolved: r?.resolved ?? 0 })
  }
  return out
}

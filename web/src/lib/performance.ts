// The performance (monev) report page's logic: the period people pick (both dates inclusive)
// turned into the API's [from, to), the report and download addresses, number formats in the
// UI's language, and the chart of within-deadline shares. Pure functions (unit-tested).
import { query } from '../api/client'
import { reportGroupValues as REPORT_GROUPS, type PerformanceRow, type ReportGroup } from '../api/types'
import { localZone } from './zone'

export interface ReportPeriod {
  from: string // YYYY-MM-DD, first day
  to: string // YYYY-MM-DD, last day (inclusive)
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const m = DATE.exec(value)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.toISOString().slice(0, 10) === value
}

// The calendar year `now` falls in, in the installation's time zone.
export function currentYear(now: Date): ReportPeriod {
  const year = new Date(now.getTime() + localZone().offsetMs).getUTCFullYear()
  return { from: `${year}-01-01`, to: `${year}-12-31` }
}

// The period in the URL (?dari=&sampai=), else the current year.
export function parsePeriod(from: unknown, to: unknown, now: Date): ReportPeriod {
  return isDate(from) && isDate(to) ? { from, to } : currentYear(now)
}

export function parseGroup(value: unknown): ReportGroup {
  return (REPORT_GROUPS as readonly unknown[]).includes(value) ? (value as ReportGroup) : 'unit'
}

export function nextDay(date: string): string {
  const m = DATE.exec(date)
  if (!m) return date
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1)).toISOString().slice(0, 10)
}

// The report's address; with `format` the same address downloads it as CSV or XLSX.
export function performanceUrl(period: ReportPeriod, group: ReportGroup, format?: 'csv' | 'xlsx'): string {
  return `/api/v1/reports/performance${query({ from: period.from, to: nextDay(period.to), group, format })}`
}

const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'id-ID')

function fixed(value: number, digits: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)
}

// 97.8 (already a percentage) -> "97,8%" / "97.8%"; null -> "—".
export function formatPct(value: number | null, locale: string): string {
  return value === null || !Number.isFinite(value) ? '—' : `${fixed(value, 1, locale)}%`
}

// Hours with one decimal: 296.5 -> "296,5"; null -> "—".
export function formatHours(value: number | null, locale: string): string {
  return value === null || !Number.isFinite(value) ? '—' : fixed(value, 1, locale)
}

// A mean rating out of 5 with two decimals: 4.17 -> "4,17".
export function formatRating(value: number | null, locale: string): string {
  return value === null || !Number.isFinite(value) ? '—' : fixed(value, 2, locale)
}

export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 0 }).format(value)
}

// The row's name as shown: complaints without a code (officer: not followed up yet) get `none`.
export function rowName(row: Pick<PerformanceRow, 'code' | 'name'>, none: string): string {
  return row.code === '' && !row.name ? none : row.name || row.code
}

const BAR_HEIGHT = 22

// A horizontal bar per row with a share (rank 1 on top), and the chart's height for them.
export function shareChart(
  rows: readonly PerformanceRow[],
  labels: { none: string; share: string },
  locale: string,
): { option: Record<string, unknown>; height: number; count: number } {
  const shown = rows.filter((r) => r.within_deadline_pct !== null)
  return {
    count: shown.length,
    height: shown.length * BAR_HEIGHT + 70,
    option: {
      grid: { left: 8, right: 48, top: 24, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: shown.map((r) => rowName(r, labels.none)),
        axisLabel: { width: 150, overflow: 'truncate', interval: 0 },
      },
      series: [
        {
          type: 'bar',
          name: labels.share,
          data: shown.map((r) => r.within_deadline_pct),
          itemStyle: { color: '#0b6e4f' },
          label: { show: true, position: 'right', formatter: (p: { value: number }) => formatPct(p.value, locale) },
        },
      ],
    },
  }
}

// The leadership summary above the escalation list: which units have the most complaints past
// their deadline now and which answer slowest, over this year, and what the summary shows to
// whom. Pure functions (unit-tested).
import { query } from '../api/client'
import type { Duty, PerformanceRow, StaffNotification } from '../api/types'
import { hasDuty } from './duties'
import { currentYear, rowName } from './performance'

export const TOP = 10
export const LATEST = 5

// What the server lets the account do (its `duties`): the rankings with the heat map's duty
// (every unit's figures); the latest escalations for those who follow escalations and are
// notified of them (the latest come from the notifications).
export function summaryParts(duties: readonly Duty[] | null | undefined): { rankings: boolean; latest: boolean } {
  return {
    rankings: hasDuty(duties, 'read_heatmap'),
    latest: hasDuty(duties, 'follow_escalations') && hasDuty(duties, 'read_notifications'),
  }
}

// The report per unit from the start of this year (local time), with no end: up to now.
export function summaryUrl(now: Date): string {
  return `/api/v1/reports/performance${query({ group: 'unit', from: currentYear(now).from })}`
}

export interface Ranked {
  code: string
  name: string
  value: number
}

const byValueThenName = (a: Ranked, b: Ranked) => b.value - a.value || a.name.localeCompare(b.name, 'id')

// Units with complaints past their deadline now, most first; units with none are left out.
export function topOverdue(rows: readonly PerformanceRow[], n = TOP): Ranked[] {
  return rows
    .filter((r) => r.overdue_now > 0)
    .map((r) => ({ code: r.code, name: rowName(r, r.code), value: r.overdue_now }))
    .sort(byValueThenName)
    .slice(0, n)
}

// Units by median hours to the first response, slowest first; units with nothing answered yet
// have no median and are left out.
export function slowestResponse(rows: readonly PerformanceRow[], n = TOP): Ranked[] {
  return rows
    .filter((r) => r.first_response_median_hours !== null && Number.isFinite(r.first_response_median_hours))
    .map((r) => ({ code: r.code, name: rowName(r, r.code), value: r.first_response_median_hours as number }))
    .sort(byValueThenName)
    .slice(0, n)
}

// A ranking whose every bar would read as zero at the figures' precision (first responses
// within minutes: "0,0 jam") draws a chart that says nothing; it is told in words instead.
export function readsAsZero(ranked: readonly Ranked[], format: (value: number) => string): boolean {
  return ranked.length > 0 && ranked.every((r) => format(r.value) === format(0))
}

export function latestEscalations(items: readonly StaffNotification[], n = LATEST): StaffNotification[] {
  return items.filter((item) => item.kind === 'escalation').slice(0, n)
}

const BAR_HEIGHT = 28

// One horizontal bar per unit, the first on top, each labelled with its figure.
export function rankingChart(
  ranked: readonly Ranked[],
  options: { series: string; color: string; labelWidth: number; format: (value: number) => string },
): { option: Record<string, unknown>; height: number } {
  return {
    height: ranked.length * BAR_HEIGHT + 40,
    option: {
      color: [options.color],
      grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => (typeof v === 'number' ? options.format(v) : '') },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#1b1f23', formatter: (v: number) => options.format(v) } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: ranked.map((r) => r.name),
        axisLabel: { color: '#1b1f23', width: options.labelWidth, overflow: 'truncate', interval: 0 },
      },
      series: [
        {
          type: 'bar',
          name: options.series,
          data: ranked.map((r) => r.value),
          label: { show: true, position: 'right', color: '#1b1f23', formatter: (p: { value: number }) => options.format(p.value) },
        },
      ],
    },
  }
}

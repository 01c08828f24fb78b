// The leadership heat map: how a cell of the server's grid (GET /api/v1/leadership/heatmap) is
// drawn and read. Fixed colour classes, so the same colour means the same count whatever the
// filters; the server lists only cells of at least min_count (3) complaints.

import { query } from '../api/client'
import type { HeatmapCell } from '../api/types'

export interface HeatBin {
  min: number
  max: number | null // null: and above
  color: string
}

// Yellow to dark red (ColorBrewer YlOrRd); each class also has its number range in the legend,
// so colour is never the only carrier of the count.
export const HEAT_BINS: readonly HeatBin[] = [
  { min: 3, max: 4, color: '#fed976' },
  { min: 5, max: 9, color: '#feb24c' },
  { min: 10, max: 19, color: '#fd8d3c' },
  { min: 20, max: 49, color: '#f03b20' },
  { min: 50, max: null, color: '#bd0026' },
]

// The class of `count` (counts under the first class fall in it: the server never sends them).
export function binOf(count: number): HeatBin {
  for (let i = HEAT_BINS.length - 1; i >= 0; i--) {
    const bin = HEAT_BINS[i] as HeatBin
    if (count >= bin.min) return bin
  }
  return HEAT_BINS[0] as HeatBin
}

export function binLabel(bin: HeatBin): string {
  return bin.max === null ? `≥ ${bin.min}` : `${bin.min}–${bin.max}`
}

// South-west and north-east corners of the cell centred on (lat, lon) with side `size`.
export function cellBounds(cell: HeatmapCell, size: number): [[number, number], [number, number]] {
  const half = size / 2
  return [
    [cell.lat - half, cell.lon - half],
    [cell.lat + half, cell.lon + half],
  ]
}

// "-6.33, 108.32": a cell's centre as the table shows it, to the grid's precision.
export function cellName(cell: HeatmapCell, size: number): string {
  const digits = Math.max(0, Math.round(-Math.log10(size)))
  return `${cell.lat.toFixed(digits)}, ${cell.lon.toFixed(digits)}`
}

export interface HeatmapFilters {
  from: string // YYYY-MM-DD or ''
  to: string // YYYY-MM-DD (inclusive, as people read a date range) or ''
  category: string
}

// The endpoint's address. `to` is inclusive on the form and exclusive on the server, so the
// day after is sent.
export function heatmapUrl(filters: HeatmapFilters): string {
  return `/api/v1/leadership/heatmap${query({
    from: filters.from || undefined,
    to: filters.to ? nextDay(filters.to) : undefined,
    category: filters.category || undefined,
  })}`
}

export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

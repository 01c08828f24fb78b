import { describe, expect, it } from 'vitest'
import type { Category } from '../api/types'
import { categoryOptions, hintKey, matchOptions } from './options'

const categories: Category[] = [
  { code: 'sosial.bansos', name: 'Bantuan Sosial', parent: 'sosial', emergency: false },
  { code: 'kebakaran', name: 'Kebakaran', parent: null, emergency: true },
  { code: 'sosial', name: 'Sosial', parent: null, emergency: false },
  { code: 'infrastruktur.jalan_rusak', name: 'Jalan Rusak', parent: 'infrastruktur', emergency: false },
  { code: 'infrastruktur', name: 'Infrastruktur', parent: null, emergency: false },
]
const hints: Record<string, string> = { 'sosial.bansos': 'PKH, BPNT belum diterima' }

describe('categoryOptions', () => {
  const options = categoryOptions(categories, (c) => hints[c], 'darurat')
  it('lists parents by name, each followed by its children', () => {
    expect(options.map((o) => o.value)).toEqual([
      'infrastruktur', 'infrastruktur.jalan_rusak', 'kebakaran', 'sosial', 'sosial.bansos',
    ])
  })
  it('carries the parent name, the hint and the emergency badge', () => {
    expect(options.find((o) => o.value === 'sosial.bansos')).toEqual({
      value: 'sosial.bansos', label: 'Bantuan Sosial', prefix: 'Sosial', hint: 'PKH, BPNT belum diterima',
    })
    expect(options.find((o) => o.value === 'kebakaran')?.badge).toBe('darurat')
  })
  it('matches every typed word anywhere, ignoring case and accents', () => {
    expect(matchOptions(options, 'bansos').map((o) => o.value)).toEqual(['sosial.bansos'])
    expect(matchOptions(options, 'JALAN rusak').map((o) => o.value)).toEqual(['infrastruktur.jalan_rusak'])
    expect(matchOptions(options, 'pkh').map((o) => o.value)).toEqual(['sosial.bansos'])
    expect(matchOptions(options, 'Kébakaran').map((o) => o.value)).toEqual(['kebakaran'])
    expect(matchOptions(options, '   ')).toHaveLength(5)
    expect(matchOptions(options, 'zzz')).toEqual([])
  })
  it('keys hints without dots', () => {
    expect(hintKey('sosial.bansos')).toBe('categoryHints.sosial__bansos')
  })
})

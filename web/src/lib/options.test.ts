import { describe, expect, it } from 'vitest'
import type { Category } from '../api/types'
import { categoryOptions, hintKey, rankOptions } from './options'

const categories: Category[] = [
  { code: 'sosial.bansos', name: 'Bantuan Sosial', parent: 'sosial', emergency: false },
  { code: 'kebakaran', name: 'Kebakaran', parent: null, emergency: true },
  { code: 'sosial', name: 'Sosial', parent: null, emergency: false },
  { code: 'infrastruktur.jalan_rusak', name: 'Jalan Rusak', parent: 'infrastruktur', emergency: false },
  { code: 'infrastruktur.lampu_jalan', name: 'Lampu Penerangan Jalan', parent: 'infrastruktur', emergency: false },
  { code: 'infrastruktur.drainase', name: 'Drainase dan Saluran Air', parent: 'infrastruktur', emergency: false },
  { code: 'infrastruktur', name: 'Infrastruktur', parent: null, emergency: false },
  { code: 'parkir', name: 'Parkir', parent: null, emergency: false },
]
const hints: Record<string, string> = {
  'sosial.bansos': 'PKH, BPNT belum diterima',
  infrastruktur: 'Jalan, jembatan, saluran, lampu jalan',
  'infrastruktur.lampu_jalan': 'Lampu jalan mati atau rusak',
  'infrastruktur.drainase': 'Got mampet, saluran meluap, genangan',
  parkir: 'Parkir liar di pinggir jalan',
}

describe('categoryOptions', () => {
  const options = categoryOptions(categories, (c) => hints[c], 'darurat')
  it('lists parents by name, each replaced by its children; a parent with none is a choice', () => {
    expect(options.map((o) => o.value)).toEqual([
      'infrastruktur.drainase', 'infrastruktur.jalan_rusak', 'infrastruktur.lampu_jalan',
      'kebakaran', 'parkir', 'sosial.bansos',
    ])
  })
  it('carries the parent name, the hint and the emergency badge', () => {
    expect(options.find((o) => o.value === 'sosial.bansos')).toEqual({
      value: 'sosial.bansos', label: 'Bantuan Sosial', prefix: 'Sosial', hint: 'PKH, BPNT belum diterima',
    })
    expect(options.find((o) => o.value === 'kebakaran')?.badge).toBe('darurat')
  })
  it('keys hints without dots', () => {
    expect(hintKey('sosial.bansos')).toBe('categoryHints.sosial__bansos')
  })
})

describe('rankOptions', () => {
  const options = categoryOptions(categories, (c) => hints[c], 'darurat')
  const rank = (q: string) => rankOptions(options, q).map((o) => o.value)
  it('puts the category named by the word first', () => {
    expect(rank('lampu')[0]).toBe('infrastruktur.lampu_jalan')
    expect(rank('jalan')).toEqual(['infrastruktur.jalan_rusak', 'infrastruktur.lampu_jalan', 'parkir'])
    expect(rank('lamp')[0]).toBe('infrastruktur.lampu_jalan')
    expect(rank('saluran')[0]).toBe('infrastruktur.drainase')
  })
  it('ranks a name that holds the word above one whose parent or hint holds it', () => {
    // "Infrastruktur" is only the prefix of all three; none outranks the others on it.
    expect(rank('infrastruktur')).toEqual(['infrastruktur.drainase', 'infrastruktur.jalan_rusak', 'infrastruktur.lampu_jalan'])
    expect(rank('rusak')).toEqual(['infrastruktur.jalan_rusak', 'infrastruktur.lampu_jalan'])
  })
  it('matches every typed word anywhere, ignoring case and accents', () => {
    expect(rank('bansos')).toEqual(['sosial.bansos'])
    expect(rank('JALAN rusak')[0]).toBe('infrastruktur.jalan_rusak')
    expect(rank('pkh')).toEqual(['sosial.bansos'])
    expect(rank('Kébakaran')).toEqual(['kebakaran'])
    expect(rank('   ')).toHaveLength(6)
    expect(rank('zzz')).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import {
  DRAFT_KEY,
  charCount,
  clearDraft,
  emptyDraft,
  errorSlot,
  fieldId,
  inFormOrder,
  loadDraft,
  saveDraft,
  toSubmission,
  validateReport,
  type ReportDraft,
} from './report'

function memoryStorage() {
  const data = new Map<string, string>()
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  }
}

const valid = (): ReportDraft => ({
  ...emptyDraft(),
  category: 'sosial.bansos',
  description: 'Bantuan PKH belum cair sejak Agustus',
})

describe('charCount', () => {
  it('counts code points of the trimmed text, as the server does', () => {
    expect(charCount('  abc  ')).toBe(3)
    expect(charCount('jalan 🚧🚧')).toBe(8)
    expect(charCount('')).toBe(0)
  })
})

describe('validateReport', () => {
  it('accepts a minimal report', () => {
    expect(validateReport(valid(), 0)).toEqual({})
  })

  it('wants 10 to 5000 characters of description', () => {
    expect(validateReport({ ...valid(), description: ' 123456789 ' }, 0).description?.key).toBe(
      'validation.descriptionShort',
    )
    expect(validateReport({ ...valid(), description: '1234567890' }, 0)).toEqual({})
    expect(validateReport({ ...valid(), description: 'x'.repeat(5000) }, 0)).toEqual({})
    expect(validateReport({ ...valid(), description: 'x'.repeat(5001) }, 0).description?.key).toBe(
      'validation.descriptionLong',
    )
  })

  it('wants a category or a location', () => {
    const bare = { ...valid(), category: '' }
    expect(validateReport(bare, 0).category?.key).toBe('validation.categoryOrLocation')
    expect(validateReport({ ...bare, kecamatan: '32.12.20' }, 0)).toEqual({})
    expect(validateReport({ ...bare, lat: -6.3, lon: 108.3 }, 0)).toEqual({})
  })

  it('checks that the desa lies in the kecamatan', () => {
    const draft = { ...valid(), kecamatan: '32.12.20', desa: '32.12.01.2007' }
    expect(validateReport(draft, 0)['location.desa_code']?.key).toBe('validation.desaOutside')
    expect(validateReport({ ...draft, desa: '32.12.20.2001' }, 0)).toEqual({})
  })

  it('checks phone, e-mail, name length and the photo count', () => {
    const problems = validateReport(
      { ...valid(), phone: '0812-abc', email: 'bukan-email', name: 'n'.repeat(101) },
      6,
    )
    expect(Object.keys(problems).sort()).toEqual(['photo', 'reporter.email', 'reporter.name', 'reporter.phone'])
    expect(validateReport({ ...valid(), phone: '0812 3456 7890', email: 'warga@contoh.id' }, 5)).toEqual({})
  })
})

describe('toSubmission', () => {
  it('sends only what was filled, trimmed', () => {
    expect(toSubmission({ ...valid(), description: '  Bantuan PKH belum cair  ' })).toEqual({
      kind: 'pengaduan',
      category: 'sosial.bansos',
      description: 'Bantuan PKH belum cair',
      anonymous: false,
      confidential: false,
    })
  })

  it('builds location and reporter objects', () => {
    const s = toSubmission({
      ...valid(),
      kind: 'aspirasi',
      kecamatan: '32.12.20',
      desa: '32.12.20.2001',
      address: ' dekat balai desa ',
      lat: -6.33,
      lon: 108.32,
      name: ' Siti ',
      phone: '0812 3456 7890',
      anonymous: true,
      confidential: true,
    })
    expect(s.location).toEqual({
      kecamatan_code: '32.12.20',
      desa_code: '32.12.20.2001',
      address: 'dekat balai desa',
      lat: -6.33,
      lon: 108.32,
    })
    expect(s.reporter).toEqual({ name: 'Siti', phone: '0812 3456 7890' })
    expect(s).toMatchObject({ kind: 'aspirasi', anonymous: true, confidential: true })
  })
})

describe('draft storage', () => {
  it('round-trips a draft and removes an empty one', () => {
    const storage = memoryStorage()
    const draft = { ...valid(), kecamatan: '32.12.20', lat: -6.3, lon: 108.3, locationSource: 'map' as const }
    saveDraft(storage, draft)
    expect(loadDraft(storage)).toEqual(draft)
    saveDraft(storage, emptyDraft())
    expect(storage.data.has(DRAFT_KEY)).toBe(false)
    expect(loadDraft(storage)).toBeNull()
  })

  it('repairs a damaged or old entry field by field', () => {
    const storage = memoryStorage()
    storage.setItem(
      DRAFT_KEY,
      JSON.stringify({ description: 'teks lama yang panjang', kind: 'keluhan', lat: 'x', lon: 5, anonymous: 'ya' }),
    )
    expect(loadDraft(storage)).toEqual({ ...emptyDraft(), description: 'teks lama yang panjang' })
    storage.setItem(DRAFT_KEY, '{not json')
    expect(loadDraft(storage)).toBeNull()
    clearDraft(storage)
    expect(storage.data.size).toBe(0)
  })

  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('quota')
      },
      removeItem: () => {
        throw new Error('denied')
      },
    }
    expect(() => saveDraft(broken, valid())).not.toThrow()
    expect(loadDraft(broken)).toBeNull()
    expect(() => clearDraft(broken)).not.toThrow()
  })
})

describe('field mapping', () => {
  it('puts each API field next to its control', () => {
    expect(fieldId('reporter.phone')).toBe('phone')
    expect(fieldId('location.desa_code')).toBe('desa')
    expect(fieldId('X-CSRF-Token')).toBeNull()
    expect(errorSlot('title')).toBe('description')
    expect(errorSlot('location.lon')).toBe('location.lat')
    expect(errorSlot('complaint')).toBe('')
  })

  it('lists errors in the order of the form', () => {
    const sorted = inFormOrder([['reporter.email', 1], ['zzz', 2], ['description', 3], ['category', 4]])
    expect(sorted.map(([f]) => f)).toEqual(['category', 'description', 'reporter.email', 'zzz'])
  })
})

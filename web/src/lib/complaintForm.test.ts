import { describe, expect, it } from 'vitest'
import {
  DRAFT_KEY,
  charCount,
  clearDraft,
  counterText,
  descriptionMaxLength,
  descriptionProblem,
  emptyDraft,
  errorSlot,
  fieldId,
  inFormOrder,
  loadDraft,
  saveDraft,
  draftOf,
  toSubmission,
  validateComplaint,
  type ComplaintDraft,
} from './complaintForm'
import { LIMITS, memoryStorage } from './fixtures'

const valid = (): ComplaintDraft => ({
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

describe('validateComplaint', () => {
  it('accepts a minimal complaint', () => {
    expect(validateComplaint(valid(), 0, LIMITS)).toEqual({})
  })

  it('wants 10 to 5000 characters of description', () => {
    expect(validateComplaint({ ...valid(), description: ' 123456789 ' }, 0, LIMITS).description?.key).toBe(
      'validation.descriptionShort',
    )
    expect(validateComplaint({ ...valid(), description: '1234567890' }, 0, LIMITS)).toEqual({})
    // Nothing written: the citizen is asked to describe the problem, not told it is short.
    expect(validateComplaint({ ...valid(), description: '   ' }, 0, LIMITS).description).toEqual({
      key: 'validation.descriptionEmpty',
    })
    expect(validateComplaint({ ...valid(), description: 'x'.repeat(5000) }, 0, LIMITS)).toEqual({})
    expect(validateComplaint({ ...valid(), description: 'x'.repeat(5001) }, 0, LIMITS).description?.key).toBe(
      'validation.descriptionLong',
    )
  })

  it('wants a category or a location', () => {
    const bare = { ...valid(), category: '' }
    expect(validateComplaint(bare, 0, LIMITS).category?.key).toBe('validation.categoryOrLocation')
    expect(validateComplaint({ ...bare, kecamatan: '32.12.20' }, 0, LIMITS)).toEqual({})
    expect(validateComplaint({ ...bare, lat: -6.3, lon: 108.3 }, 0, LIMITS)).toEqual({})
  })

  it('checks that the desa lies in the kecamatan', () => {
    const draft = { ...valid(), kecamatan: '32.12.20', desa: '32.12.01.2007' }
    expect(validateComplaint(draft, 0, LIMITS)['location.desa_code']?.key).toBe('validation.desaOutside')
    expect(validateComplaint({ ...draft, desa: '32.12.20.2001' }, 0, LIMITS)).toEqual({})
  })

  it('checks e-mail, name length and the photo count, and leaves the phone to the server', () => {
    const problems = validateComplaint(
      { ...valid(), phone: '0812-abc', email: 'bukan-email', name: 'n'.repeat(101), address: 'a'.repeat(501) },
      6,
      LIMITS,
    )
    expect(Object.keys(problems).sort()).toEqual([
      'location.address',
      'photo',
      'reporter.email',
      'reporter.name',
    ])
    expect(problems.photo).toEqual({ key: 'validation.photos', params: { max: 5 } })
    expect(validateComplaint({ ...valid(), phone: '0812 3456 7890', email: 'warga@contoh.id' }, 5, LIMITS)).toEqual({})
  })

  it("checks against the server's numbers, whatever they are", () => {
    const limits = { ...LIMITS, description_min: 40, reporter_name_max: 5, photos_max: 1 }
    const problems = validateComplaint({ ...valid(), name: 'Warga Desa' }, 2, limits)
    expect(problems.description).toEqual({
      key: 'validation.descriptionShort',
      params: { min: 40, max: 5000, count: 36 },
    })
    expect(problems['reporter.name']).toEqual({ key: 'validation.tooLong', params: { max: 5 } })
    expect(problems.photo).toEqual({ key: 'validation.photos', params: { max: 1 } })
  })

  it('makes no length or count check while the limits are unknown, and still the others', () => {
    const long = { ...valid(), description: 'x'.repeat(100_000), name: 'n'.repeat(1000), address: 'a'.repeat(1000) }
    expect(validateComplaint(long, 50, null)).toEqual({})
    expect(validateComplaint({ ...valid(), description: 'x' }, 0, null)).toEqual({})
    expect(descriptionProblem('x', null)).toBeNull()
    expect(Object.keys(validateComplaint({ ...long, category: '', email: 'bukan-email' }, 50, null)).sort()).toEqual([
      'category',
      'reporter.email',
    ])
  })
})

describe('the description counter', () => {
  it("shows the server's maximum, or the count alone while it is unknown", () => {
    expect(counterText(12, LIMITS)).toEqual({ key: 'complaintForm.counter', params: { count: 12, max: 5000 } })
    expect(counterText(12, null)).toEqual({ key: 'complaintForm.counterNoMax', params: { count: 12 } })
    expect(descriptionMaxLength({ ...LIMITS, description_max: 300 })).toBe(500)
    expect(descriptionMaxLength(null)).toBeUndefined()
  })
})

describe('draftOf', () => {
  it('gives back the form a submission came from, to fix a refused complaint', () => {
    const draft = {
      ...valid(),
      kind: 'aspirasi' as const,
      kecamatan: '32.12.20',
      desa: '32.12.20.2001',
      address: 'dekat balai desa',
      lat: -6.33,
      lon: 108.32,
      locationSource: 'map' as const,
      name: 'Siti',
      phone: '0812-ABC',
      email: 'siti@contoh.id',
      anonymous: true,
      confidential: true,
    }
    expect(draftOf(toSubmission(draft))).toEqual(draft)
    expect(draftOf(toSubmission(valid()))).toEqual(valid())
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

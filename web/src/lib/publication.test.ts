import { describe, expect, it } from 'vitest'
import type { Photo } from '../api/types'
import {
  addPhrase,
  cleanPhrase,
  hasChanges,
  publicationBody,
  removePhrase,
  reportPhotoList,
  togglePhoto,
} from './publication'

const photo = (id: string, stage: Photo['stage']): Photo => ({
  id,
  stage,
  url: `/api/v1/media/${id}`,
  thumbnail_url: `/api/v1/media/${id}/thumbnail`,
  width: 10,
  height: 10,
})

describe('hidden phrases', () => {
  it('cleans a selection across lines', () => {
    expect(cleanPhrase('  Jl. Melati\n  No. 5 \t')).toBe('Jl. Melati No. 5')
  })
  it('adds at the end, once, letter case aside', () => {
    expect(addPhrase([], 'Budi Santoso')).toEqual(['Budi Santoso'])
    expect(addPhrase(['Budi Santoso'], 'RT 02')).toEqual(['Budi Santoso', 'RT 02'])
    expect(addPhrase(['Budi Santoso'], ' budi  santoso ')).toEqual(['Budi Santoso'])
  })
  it('ignores an empty phrase and never changes the list it was given', () => {
    const list = ['Budi']
    expect(addPhrase(list, '  \n ')).toEqual(['Budi'])
    addPhrase(list, 'Ani')
    expect(list).toEqual(['Budi'])
  })
  it('removes exactly the phrase', () => {
    expect(removePhrase(['Budi', 'RT 02', 'Ani'], 'RT 02')).toEqual(['Budi', 'Ani'])
    expect(removePhrase(['Budi'], 'budi')).toEqual(['Budi'])
  })
})

describe('photos for the public', () => {
  const photos = [photo('a', 'report'), photo('p', 'proof'), photo('b', 'report'), photo('c', 'report')]
  it('offers only the report photos', () => {
    expect(reportPhotoList(photos).map((p) => p.id)).toEqual(['a', 'b', 'c'])
  })
  it('ticks and unticks without duplicates', () => {
    expect(togglePhoto(['a'], 'b', true)).toEqual(['a', 'b'])
    expect(togglePhoto(['a', 'b'], 'b', true)).toEqual(['a', 'b'])
    expect(togglePhoto(['a', 'b'], 'a', false)).toEqual(['b'])
  })
})

describe('the PUT body', () => {
  const reports = [photo('a', 'report'), photo('b', 'report'), photo('c', 'report')]
  it('carries the whole decision, photos in the complaint\'s order and only its report photos', () => {
    expect(publicationBody(['Budi', 'RT 02'], ['c', 'a', 'gone'], reports)).toEqual({
      hidden_phrases: ['Budi', 'RT 02'],
      published_photos: ['a', 'c'],
    })
  })
  it('sends empty lists to hide every photo and mask nothing extra', () => {
    expect(publicationBody([], [], reports)).toEqual({ hidden_phrases: [], published_photos: [] })
  })
  it('tells unsaved changes from the saved decision', () => {
    const saved = { hidden_phrases: ['Budi'], published_photos: ['c', 'a'] }
    expect(hasChanges(saved, { hidden_phrases: ['Budi'], published_photos: ['a', 'c'] })).toBe(false)
    expect(hasChanges(saved, { hidden_phrases: ['Budi', 'Ani'], published_photos: ['a', 'c'] })).toBe(true)
    expect(hasChanges(saved, { hidden_phrases: ['Budi'], published_photos: ['a'] })).toBe(true)
  })
  it('carries photo_blurs only when a photo\'s regions changed', () => {
    expect(publicationBody([], ['a'], reports, {})).not.toHaveProperty('photo_blurs')
    const region = { x: 1, y: 2, width: 30, height: 40, kind: 'manual' as const }
    expect(publicationBody([], ['a'], reports, { p: [region], b: [] })).toEqual({
      hidden_phrases: [],
      published_photos: ['a'],
      photo_blurs: { p: [region], b: [] },
    })
  })
  it('counts a changed photo\'s regions as an unsaved change, even an emptied one', () => {
    const saved = { hidden_phrases: [], published_photos: ['a'] }
    expect(hasChanges(saved, publicationBody([], ['a'], reports, {}))).toBe(false)
    expect(hasChanges(saved, publicationBody([], ['a'], reports, { b: [] }))).toBe(true)
  })
})

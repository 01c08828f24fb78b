import { createI18n } from 'vue-i18n'
import { describe, expect, it } from 'vitest'
import { roleValues } from '../api/types'
import en from './en'
import id from './id'

function leaves(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix]
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
}

describe('messages', () => {
  it('have the same keys in both languages', () => {
    expect(leaves(en).sort()).toEqual(leaves(id).sort())
  })

  it('name every role the server knows', () => {
    for (const messages of [id, en]) expect(Object.keys(messages.roles).sort()).toEqual([...roleValues].sort())
  })

  it('all compile and render (no stray vue-i18n syntax such as an at-sign)', () => {
    const i18n = createI18n({ legacy: false, locale: 'id', messages: { id, en }, missingWarn: false, fallbackWarn: false })
    const params = { n: 1, count: 2, max: 3, min: 1, ticket: 'T', unit: 'U', number: '0', name: 'N', role: 'R',
      shown: 1, total: 2, lat: '1', lon: '2', reason: 'r', date: 'd', rating: 5, action: 'a', status: 's', actor: 'x', note: 'y', year: 2022,
      duration: 'd', group: 'g', from: 'f', to: 't', step: 's', time: '14.05', id: 7, recipient: 'r', state: 's',
      code: 'c', amount: 'a', policy: 'p', category: 'k', recounted: 'x' }
    for (const locale of ['id', 'en'] as const) {
      i18n.global.locale.value = locale
      for (const key of leaves(id)) {
        const text = i18n.global.t(key, params)
        expect(text, `${locale}:${key}`).not.toBe(key)
        expect(text.length, `${locale}:${key}`).toBeGreaterThan(0)
      }
    }
  })
})

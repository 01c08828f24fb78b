import { describe, expect, it } from 'vitest'
import { classifyFind, inboxQuery, viewOf, viewQuery } from './inboxViews'

describe('inbox views', () => {
  it('are filters the list endpoint takes, kept in the URL', () => {
    expect(inboxQuery(viewQuery('open'))).toEqual({ status: 'open' })
    expect(inboxQuery(viewQuery('verification'))).toEqual({ status: 'diterima' })
    expect(inboxQuery(viewQuery('escalated'))).toEqual({ status: 'open', escalated: 1 })
    expect(viewOf(viewQuery('escalated'))).toBe('escalated')
  })

  it('leave a status chosen by hand as it is, and "all" asks for every status', () => {
    expect(viewOf({ status: 'ditunda' })).toBeNull()
    expect(inboxQuery({ status: 'ditunda' })).toEqual({ status: 'ditunda' })
    expect(inboxQuery({ status: 'all' })).toEqual({ status: '' })
  })
})

describe('classifyFind', () => {
  it('opens a ticket, in any case and with stray spaces', () => {
    expect(classifyFind(' 2612-v3r8ex ')).toEqual({ kind: 'ticket', ticket: '2612-V3R8EX' })
  })

  it('takes a phone number in any usual spelling', () => {
    expect(classifyFind('0812-3456-7890')).toEqual({ kind: 'phone', phone: '+6281234567890' })
    expect(classifyFind('+62 812 3456 7890')).toEqual({ kind: 'phone', phone: '+6281234567890' })
  })

  it('tells words and near-tickets from both', () => {
    expect(classifyFind('jalan rusak')).toEqual({ kind: 'words' })
    expect(classifyFind('2612-V3R8E')).toEqual({ kind: 'words' }) // one character short
    expect(classifyFind('   ')).toEqual({ kind: 'empty' })
  })
})

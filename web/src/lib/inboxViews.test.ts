import { describe, expect, it } from 'vitest'
import { inboxQuery, keepQueue, queueChoices, queueOf, viewOf, viewQuery, withQueue } from './inboxViews'

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

describe('unit queues', () => {
  // units_below of Kecamatan Losarang's officer, as the server lists them.
  const below = [
    { code: '32.12.20.2003', name: 'Desa Santing' },
    { code: '32.12.20.2001', name: 'Desa Losarang' },
    { code: '32.12.20.2002', name: 'Desa Cemara' },
  ]

  it('open the queue of a unit below the own one, in every view', () => {
    expect(inboxQuery({ unit: '32.12.20.2002' }, below)).toEqual({ status: 'open', unit: '32.12.20.2002' })
    expect(inboxQuery({ unit: '32.12.20.2002', status: 'all' }, below)).toEqual({ status: '', unit: '32.12.20.2002' })
    expect(inboxQuery({ unit: '32.12.20.2002', tampilan: 'eskalasi' }, below)).toEqual({ status: 'open', escalated: 1, unit: '32.12.20.2002' })
    expect(queueOf({ unit: '32.12.20.2001' }, below)).toEqual({ code: '32.12.20.2001', name: 'Desa Losarang' })
  })

  it('ask for the own queue without a unit, and for a unit the server did not list', () => {
    expect(inboxQuery({}, below)).toEqual({ status: 'open' })
    expect(inboxQuery({ unit: 'dinsos' }, below)).toEqual({ status: 'open' })
    expect(inboxQuery({ unit: '32.12.20.2001' })).toEqual({ status: 'open' })
    expect(queueOf({ unit: ['32.12.20.2001'] }, below)).toBeNull()
    expect(queueOf({}, below)).toBeNull()
  })

  it('stay chosen when the view or the status changes', () => {
    expect(keepQueue({ unit: '32.12.20.2001', status: 'ditunda' }, viewQuery('verification'))).toEqual({ tampilan: 'verifikasi', unit: '32.12.20.2001' })
    expect(keepQueue({ unit: '32.12.20.2001' }, {})).toEqual({ unit: '32.12.20.2001' })
    expect(keepQueue({}, { status: 'ditunda' })).toEqual({ status: 'ditunda' })
  })

  it('change without losing the view, and the own unit drops the parameter', () => {
    expect(withQueue({ tampilan: 'eskalasi' }, '32.12.20.2001')).toEqual({ tampilan: 'eskalasi', unit: '32.12.20.2001' })
    expect(withQueue({ status: 'all', unit: '32.12.20.2001' }, '32.12.20.2002')).toEqual({ status: 'all', unit: '32.12.20.2002' })
    expect(withQueue({ status: 'all', unit: '32.12.20.2001' }, '')).toEqual({ status: 'all' })
  })

  it('are offered by name', () => {
    expect(queueChoices(below).map((u) => u.name)).toEqual(['Desa Cemara', 'Desa Losarang', 'Desa Santing'])
    expect(below[0]?.name).toBe('Desa Santing') // the session's list is left as it is
  })
})

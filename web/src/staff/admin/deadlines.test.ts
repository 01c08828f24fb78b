import { createI18n } from 'vue-i18n'
import { describe, expect, it } from 'vitest'
import type { DeadlinePolicy } from '../../api/types'
import { ZONES } from '../../lib/zone'
import en from '../../locales/en'
import id from '../../locales/id'
import {
  csvText,
  currentYear,
  holidayField,
  holidayFieldKey,
  holidayRow,
  limitText,
  orderedLimits,
  parseYear,
  policyFieldKey,
  policyLabel,
  readHolidayRows,
  readStepRows,
  stepRows,
  type Translate,
} from './deadlines'

function translator(locale: 'id' | 'en'): Translate {
  const i18n = createI18n({ legacy: false, locale, messages: { id, en } })
  return (key, named, plural) =>
    plural === undefined ? i18n.global.t(key, named ?? {}) : i18n.global.t(key, named ?? {}, plural)
}

const sp4n: DeadlinePolicy = {
  code: 'sp4n_lapor',
  required: true,
  steps: [
    { step: 'resolution', amount: 60, unit: 'calendar_days' },
    { step: 'verification', amount: 3, unit: 'working_days' },
    { step: 'follow_up', amount: 5, unit: 'working_days' },
  ],
  categories: ['sosial.bansos'],
}

describe('limitText', () => {
  it('says a limit in words, in Bahasa Indonesia first', () => {
    const t = translator('id')
    expect(limitText({ step: 'verification', amount: 3, unit: 'working_days' }, t)).toBe('Verifikasi & penerusan: 3 hari kerja')
    expect(limitText({ step: 'follow_up', amount: 30, unit: 'calendar_minutes' }, t)).toBe('Tindak lanjut unit: 30 menit')
    expect(limitText({ step: 'resolution', amount: 60, unit: 'calendar_days' }, t)).toBe('Penyelesaian: 60 hari kalender')
  })
  it('counts in English', () => {
    const t = translator('en')
    expect(limitText({ step: 'follow_up', amount: 1, unit: 'working_hours' }, t)).toBe('Unit follow-up: 1 working hour')
    expect(limitText({ step: 'info_wait', amount: 30, unit: 'calendar_days' }, t)).toBe('Waiting for the reporter: 30 calendar days')
  })
  it('says how many open complaints were recounted, none included', () => {
    const t = translator('id')
    expect(t('deadlineAdmin.recounted', { n: 12 }, 12)).toBe('Tenggat 12 aduan terbuka dihitung ulang.')
    expect(t('deadlineAdmin.recounted', { n: 0 }, 0)).toBe('Tidak ada aduan terbuka yang tenggatnya dihitung ulang.')
    expect(translator('en')('deadlineAdmin.recounted', { n: 1 }, 1)).toBe('Deadlines of 1 open complaint recounted.')
  })
})

describe('orderedLimits', () => {
  it('lists the limits in the order of the steps of a complaint', () => {
    expect(orderedLimits(sp4n).map((l) => l.step)).toEqual(['verification', 'follow_up', 'resolution'])
  })
})

describe('the policy form', () => {
  const steps = ['verification', 'follow_up', 'resolution', 'info_wait'] as const
  it('has one row per step; a step without a limit has an empty amount', () => {
    const rows = stepRows([...steps], sp4n)
    expect(rows.map((r) => [r.step, r.amount, r.unit])).toEqual([
      ['verification', '3', 'working_days'],
      ['follow_up', '5', 'working_days'],
      ['resolution', '60', 'calendar_days'],
      ['info_wait', '', 'working_days'],
    ])
    expect(stepRows([...steps]).every((r) => r.amount === '')).toBe(true)
  })
  it('sends the rows with an amount, and knows which row each came from', () => {
    const rows = stepRows([...steps], sp4n)
    rows[0]!.amount = ''
    rows[3]!.amount = ' 30 '
    rows[3]!.unit = 'calendar_days'
    const read = readStepRows(rows)
    expect(read.errors).toEqual({})
    expect(read.items).toEqual([
      { step: 'follow_up', amount: 5, unit: 'working_days' },
      { step: 'resolution', amount: 60, unit: 'calendar_days' },
      { step: 'info_wait', amount: 30, unit: 'calendar_days' },
    ])
    expect(read.rowOf).toEqual([1, 2, 3])
    // The server's "steps[0].amount" is the follow-up row, the first one sent.
    expect(policyFieldKey('steps[0].amount', rows, read.rowOf)).toBe('steps.follow_up.amount')
    expect(policyFieldKey('steps[2].unit', rows, read.rowOf)).toBe('steps.info_wait.unit')
    expect(policyFieldKey('steps[1].step', rows, read.rowOf)).toBe('steps.resolution.amount')
    expect(policyFieldKey('steps[9].amount', rows, read.rowOf)).toBe('steps')
    expect(policyFieldKey('code', rows, read.rowOf)).toBe('code')
    expect(policyFieldKey('steps', rows, read.rowOf)).toBe('steps')
  })
  it('refuses an amount that is not a whole number of 1 or more, at its row', () => {
    const rows = stepRows([...steps])
    rows[0]!.amount = '0'
    rows[1]!.amount = '2,5'
    rows[2]!.amount = '-1'
    expect(Object.keys(readStepRows(rows).errors)).toEqual([
      'steps.verification.amount',
      'steps.follow_up.amount',
      'steps.resolution.amount',
    ])
  })
})

describe('the holiday rows', () => {
  it('drops wholly blank rows and sends the others trimmed', () => {
    const rows = [
      holidayRow({ date: '2027-01-01', kind: 'libur_nasional', name: ' Tahun Baru 2027 Masehi ' }),
      holidayRow(),
      holidayRow({ date: '2027-03-10', kind: 'cuti_bersama', name: 'Cuti Bersama Idulfitri' }),
    ]
    const read = readHolidayRows(rows)
    expect(read.errors).toEqual({})
    expect(read.items).toEqual([
      { date: '2027-01-01', kind: 'libur_nasional', name: 'Tahun Baru 2027 Masehi' },
      { date: '2027-03-10', kind: 'cuti_bersama', name: 'Cuti Bersama Idulfitri' },
    ])
    // The server's "items[1].date" is the third row on the page.
    expect(holidayFieldKey('items[1].date', rows, read.rowOf)).toBe(holidayField(rows[2]!, 'date'))
    expect(holidayFieldKey('items[0].kind', rows, read.rowOf)).toBe(holidayField(rows[0]!, 'kind'))
    expect(holidayFieldKey('items[1].name', rows, read.rowOf)).toBe(holidayField(rows[2]!, 'name'))
    expect(holidayFieldKey('items', rows, read.rowOf)).toBe('items')
    expect(holidayFieldKey('year', rows, read.rowOf)).toBe('items')
  })
  it('wants both a date and a name on a row that has either', () => {
    const rows = [holidayRow({ name: 'Tanpa tanggal' }), holidayRow({ date: '2027-05-01' })]
    const read = readHolidayRows(rows)
    expect(read.items).toEqual([])
    expect(read.errors).toEqual({
      [holidayField(rows[0]!, 'date')]: 'holidayAdmin.dateRequired',
      [holidayField(rows[1]!, 'name')]: 'holidayAdmin.nameRequired',
    })
  })
  it('puts a CSV error (which names its line) at the file', () => {
    for (const field of ['date', 'kind', 'name', 'header']) expect(holidayFieldKey(field, [], [])).toBe('csv')
  })
  it('gives each row its own field keys', () => {
    const [a, b] = [holidayRow(), holidayRow()]
    expect(holidayField(a!, 'date')).not.toBe(holidayField(b!, 'date'))
  })
})

describe('years and files', () => {
  it("takes the year in the installation's zone", () => {
    expect(currentYear(new Date('2026-12-31T17:30:00Z'), ZONES.WIB)).toBe(2027) // 00:30 WIB on 1 January
    expect(currentYear(new Date('2026-12-31T16:30:00Z'), ZONES.WIB)).toBe(2026)
    expect(currentYear(new Date('2026-12-31T16:30:00Z'), ZONES.WITA)).toBe(2027) // 00:30 WITA
  })
  it('reads a typed year', () => {
    expect(parseYear(' 2027 ')).toBe(2027)
    expect(parseYear('27')).toBeNull()
    expect(parseYear('1999')).toBeNull()
    expect(parseYear('2027a')).toBeNull()
  })
  it('drops a spreadsheet byte-order mark', () => {
    expect(csvText('\uFEFFdate,kind,name\n')).toBe('date,kind,name\n')
  })
})

describe('policyLabel', () => {
  it('names a policy by its limits, in the order of the steps, never by its code', () => {
    const label = policyLabel(sp4n, translator('id'))
    expect(label).not.toContain('sp4n_lapor')
    expect(label.split(' · ')).toEqual(orderedLimits(sp4n).map((l) => limitText(l, translator('id'))))
    expect(label.startsWith(limitText(sp4n.steps[1]!, translator('id')))).toBe(true) // verification first
  })
  it('says when a policy has no limit at all', () => {
    expect(policyLabel({ code: 'x', required: false, categories: [], steps: [] }, translator('id'))).toBe('Tanpa batas waktu')
  })
})

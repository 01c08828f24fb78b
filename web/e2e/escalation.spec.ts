// The escalation ladder and the monev report, with time driven by the CLI: a bansos complaint
// nobody handles is swept to the Bupati (`tanggap sweep --at` on the server's data directory);
// the Bupati sees it with the unit named, Dinas Sosial explains the delay, Diskominfo gets the
// notification, and the super admin reads the 2022 performance report and its CSV.
import { execFileSync } from 'node:child_process'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { DEMO_PASSWORD, expect, expectAccessible, login, screenshot, test } from './fixtures'

const REASON = 'Data penerima menunggu pemadanan DTKS dari Kementerian Sosial.'
const DAY_MS = 86_400_000

test.describe.configure({ mode: 'serial' })

let ticket = ''
// One signed-in browser context per person, kept for the whole file (no second login).
const contexts = new Map<string, BrowserContext>()

async function pageOf(browser: Browser, username: string): Promise<{ page: Page; fresh: boolean }> {
  let context = contexts.get(username)
  const fresh = !context
  if (!context) {
    context = await browser.newContext({ baseURL: process.env.TANGGAP_E2E_URL })
    contexts.set(username, context)
  }
  const page = context.pages()[0] ?? (await context.newPage())
  if (fresh) await login(page, username)
  return { page, fresh }
}

function sweep(at: Date): void {
  const binary = process.env.TANGGAP_E2E_BINARY
  const data = process.env.TANGGAP_E2E_DATA
  if (!binary || !data) throw new Error('TANGGAP_E2E_BINARY/_DATA are not set: global setup did not run')
  execFileSync(binary, ['sweep', '--data', data, '--at', at.toISOString()], { stdio: 'pipe', timeout: 60_000 })
}

test.beforeAll(async ({ playwright }) => {
  const api = await playwright.request.newContext({ baseURL: process.env.TANGGAP_E2E_URL })
  const filed = await api.post('/api/v1/complaints', {
    data: {
      kind: 'pengaduan',
      category: 'sosial.bansos',
      title: 'BPNT tiga bulan tidak cair',
      description: 'Bantuan pangan non tunai keluarga kami tidak cair sejak tiga bulan, padahal terdaftar.',
    },
  })
  expect(filed.status(), await filed.text()).toBe(201)
  ticket = ((await filed.json()) as { ticket: string }).ticket
  const signedIn = await api.post('/api/v1/auth/login', { data: { username: 'dinsos.petugas', password: DEMO_PASSWORD } })
  expect(signedIn.status()).toBe(200)
  const view = (await (await api.get(`/api/v1/staff/complaints/${ticket}`)).json()) as { due_at: string; escalation_level: number }
  expect(view.escalation_level).toBe(0)
  await api.dispose()
  // Ten days past the due time the unit has missed both rungs: Diskominfo, then the Bupati.
  sweep(new Date(Date.parse(view.due_at) + 10 * DAY_MS))
})

test.afterAll(async () => {
  for (const context of contexts.values()) await context.close()
})

test('the Bupati lands on the escalation view and sees the complaint with its unit', async ({ browser }) => {
  const { page } = await pageOf(browser, 'bupati')
  await expect(page).toHaveURL((url) => url.pathname === '/petugas/eskalasi')
  await expect(page.getByRole('heading', { level: 1, name: 'Aduan yang dieskalasi' })).toBeVisible()
  await expect(page.getByLabel('Bupati')).toBeChecked()
  const row = page.locator(`[data-testid="escalations"] tr[data-ticket="${ticket}"]`)
  await expect(row).toBeVisible()
  await expect(row.getByTestId('unit')).toHaveText('Dinas Sosial')
  await expect(row).toContainText('Dieskalasi ke Bupati')
  await expect(row.getByTestId('late-reason')).toHaveText('Unit belum memberi alasan.')
  await expect(row.getByRole('link', { name: ticket })).toBeVisible()
  await expectAccessible(page, 'the escalation view')
  await screenshot(page, 'staff-escalations')

  // The Diskominfo level lists it too (level 1 and up); the choice is in the URL.
  await page.getByLabel('Diskominfo').check()
  await expect(page).toHaveURL(/[?&]tingkat=1$/)
  await expect(row).toBeVisible()
  await page.getByLabel('Bupati').check()
  await expect(page).not.toHaveURL(/tingkat=/)

  // On a 360 px phone nothing runs off the side.
  await page.setViewportSize({ width: 360, height: 740 })
  await expect(row).toBeVisible()
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await page.setViewportSize({ width: 1280, height: 900 })
})

test('the Dinas Sosial officer gives the reason for the delay, which the Bupati then reads', async ({ browser }) => {
  const { page } = await pageOf(browser, 'dinsos.petugas')
  await page.goto(`/petugas/aduan/${ticket}`)
  await expect(page.getByTestId('escalation')).toHaveText('Dieskalasi ke Bupati')
  await expect(page.getByRole('button', { name: 'Eskalasi ke Bupati' })).toHaveCount(0) // super admin only

  await page.getByRole('button', { name: 'Jelaskan keterlambatan' }).click()
  const form = page.locator('.action-form')
  const reason = page.getByLabel('Alasan keterlambatan (dibaca Diskominfo dan Bupati)')
  await expect(reason).toBeFocused()
  await form.getByRole('button', { name: 'Jelaskan keterlambatan' }).click()
  await expect(page.locator('#action-note-error')).toHaveText('Alasan wajib diisi.')
  await expect(reason).toHaveAttribute('aria-invalid', 'true')
  await reason.fill(REASON)
  await form.getByRole('button', { name: 'Jelaskan keterlambatan' }).click()
  await expect(page.locator('#action-done')).toContainText('Status sekarang: Diterima')
  await expect(page.getByTestId('late-reason')).toContainText(REASON)
  await expect(page.locator('.history')).toContainText('Alasan keterlambatan dicatat')
  await expectAccessible(page, 'an escalated complaint with its late reason')
  await screenshot(page, 'staff-late-reason')

  const bupati = (await pageOf(browser, 'bupati')).page
  await bupati.reload()
  await expect(bupati.locator(`tr[data-ticket="${ticket}"]`).getByTestId('late-reason')).toHaveText(REASON)
})

test('the super admin is notified of the escalation and opens the complaint from it', async ({ browser }) => {
  const { page } = await pageOf(browser, 'superadmin')
  const link = page.getByTestId('notifications-link')
  await expect(link).toHaveAccessibleName(/^Notifikasi, \d+\+? baru$/)
  await link.click()
  await expect(page.getByRole('heading', { level: 1, name: 'Notifikasi' })).toBeVisible()
  const item = page.locator(`[data-testid="notifications"] li[data-ticket="${ticket}"]`)
  await expect(item).toContainText('Eskalasi')
  await expect(item).toContainText('dieskalasi ke Diskominfo')
  await expect(link).toHaveAccessibleName('Notifikasi') // seen now
  await expectAccessible(page, 'the notifications page')
  await screenshot(page, 'staff-notifications')

  await item.getByRole('link', { name: `Buka aduan ${ticket}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Aduan ${ticket}` })).toBeVisible()
  await expect(page.getByTestId('late-reason')).toContainText(REASON)
  // Already at the Bupati: no further escalation to offer.
  await expect(page.getByRole('button', { name: 'Eskalasi ke Bupati' })).toHaveCount(0)
})

test('the super admin escalates a complaint by hand, one level at a time, with a reason', async ({ browser }) => {
  const { page } = await pageOf(browser, 'superadmin')
  const filed = await page.request.post('/api/v1/complaints', {
    data: { kind: 'pengaduan', category: 'sosial.bansos', description: 'Kartu KKS kami diblokir tanpa pemberitahuan dari bank.' },
  })
  expect(filed.status()).toBe(201)
  const fresh = ((await filed.json()) as { ticket: string }).ticket
  await page.goto(`/petugas/aduan/${fresh}`)
  await expect(page.getByTestId('status')).toHaveText('Diterima')
  await expect(page.getByTestId('escalation')).toHaveCount(0)

  await page.getByRole('button', { name: 'Eskalasi ke Diskominfo' }).click()
  const form = page.locator('.action-form')
  await form.getByRole('button', { name: 'Eskalasi ke Diskominfo' }).click()
  await expect(page.locator('#action-note-error')).toHaveText('Alasan wajib diisi.')
  await page.getByLabel('Alasan eskalasi (catatan internal)').fill('Dinas Sosial tidak menjawab telepon Diskominfo.')
  await form.getByRole('button', { name: 'Eskalasi ke Diskominfo' }).click()
  await expect(page.getByTestId('escalation')).toHaveText('Dieskalasi ke Diskominfo')
  await expect(page.getByRole('button', { name: 'Eskalasi ke Bupati' })).toBeVisible()
  await expectAccessible(page, 'a complaint the super admin escalated')
})

test('the super admin reads the 2022 performance report, its chart and its CSV', async ({ browser }) => {
  const { page } = await pageOf(browser, 'superadmin')
  await page.getByRole('link', { name: 'Laporan kinerja' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Laporan kinerja penanganan aduan' })).toBeVisible()
  const thisYear = new Date().getFullYear()
  await expect(page.getByLabel('Dari tanggal')).toHaveValue(`${thisYear}-01-01`)

  await page.getByLabel('Dari tanggal').fill('2022-01-01')
  await page.getByLabel('Sampai tanggal').fill('2022-12-31')
  await page.getByRole('button', { name: 'Tampilkan' }).click()
  await expect(page).toHaveURL(/dari=2022-01-01&sampai=2022-12-31&per=unit/)
  const table = page.getByTestId('report-table')
  await expect(table.locator('tbody tr').first()).toBeVisible()
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(10)
  const dinsos = table.locator('tbody tr[data-code="dinsos"]')
  await expect(dinsos.getByRole('rowheader')).toHaveText('Dinas Sosial')
  await expect(dinsos.getByRole('cell').nth(1)).toHaveText('281')
  await expect(table.getByTestId('report-totals').getByRole('cell').nth(1)).toHaveText('845')
  await expect(table.getByTestId('report-totals')).toContainText('%')
  await expect(page.getByRole('img', { name: /^Grafik batang: persentase tindak lanjut tepat waktu/ })).toBeVisible()
  await expect(page.locator('.chart svg')).toBeVisible()

  const csv = page.getByTestId('csv-link')
  await expect(csv).toHaveAttribute('href', '/api/v1/reports/performance?from=2022-01-01&to=2023-01-01&group=unit&format=csv')
  const download = await page.request.get((await csv.getAttribute('href')) ?? '')
  expect(download.status()).toBe(200)
  expect(download.headers()['content-type']).toContain('text/csv')
  expect(await download.text()).toContain('Dinas Sosial')
  await expect(page.getByTestId('xlsx-link')).toHaveAttribute('href', /format=xlsx$/)
  await expectAccessible(page, 'the performance report')
  await screenshot(page, 'staff-reports')

  // Per category: the unit ranking comes as its own table; a 360 px phone scrolls the table, not the page.
  await page.getByLabel('Kelompokkan per').selectOption('category')
  await page.getByRole('button', { name: 'Tampilkan' }).click()
  await expect(page.getByTestId('unit-ranking')).toBeVisible()
  await expect(page.getByTestId('unit-ranking').getByRole('rowheader', { name: 'Dinas Sosial' })).toBeVisible()
  await page.setViewportSize({ width: 360, height: 740 })
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await expectAccessible(page, 'the performance report per category on a phone')
})

test('the super admin downloads the monev PDF of Dinas Sosial for May 2022', async ({ browser }) => {
  const { page } = await pageOf(browser, 'superadmin')
  await page.goto('/petugas/laporan')
  const monev = page.getByTestId('monev')
  await expect(monev.getByRole('heading', { level: 2, name: 'Laporan monev bulanan (PDF)' })).toBeVisible()
  // Last month in West Indonesia Time by default.
  const wib = new Date(Date.now() + 7 * 3_600_000)
  const last = new Date(Date.UTC(wib.getUTCFullYear(), wib.getUTCMonth() - 1, 1)).toISOString().slice(0, 7)
  await expect(monev.getByLabel('Bulan')).toHaveValue(last)

  // No unit chosen: the link says so instead of downloading an error.
  const link = monev.getByTestId('monev-link')
  await link.click()
  await expect(page.locator('#monev-unit-error')).toHaveText('Pilih unit.')
  await expect(monev.getByRole('combobox', { name: 'Unit' })).toBeFocused()
  await expect(monev.getByRole('combobox', { name: 'Unit' })).toHaveAttribute('aria-invalid', 'true')

  await monev.getByRole('combobox', { name: 'Unit' }).fill('dinas sosial')
  await page.keyboard.press('Enter')
  await monev.getByLabel('Bulan').fill('2022-05')
  await expect(link).toHaveAttribute('href', '/api/v1/reports/monev?unit=dinsos&month=2022-05')
  await expectAccessible(page, 'the monev download form')

  const pdf = await page.request.get((await link.getAttribute('href')) ?? '')
  expect(pdf.status()).toBe(200)
  expect(pdf.headers()['content-type']).toBe('application/pdf')
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-')

  const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
  expect(download.suggestedFilename()).toBe('monev-dinsos-2022-05.pdf')
  await expect(page.locator('#monev-unit-error')).toHaveCount(0)
})

test("an officer's monev PDF is fixed to the officer's own unit", async ({ browser }) => {
  const { page } = await pageOf(browser, 'dinsos.petugas')
  await page.goto('/petugas/laporan')
  const monev = page.getByTestId('monev')
  await expect(monev.getByLabel('Unit')).toHaveValue('Dinas Sosial')
  await expect(monev.getByLabel('Unit')).toHaveAttribute('readonly', '')
  await monev.getByLabel('Bulan').fill('2022-05')
  await expect(monev.getByTestId('monev-link')).toHaveAttribute('href', '/api/v1/reports/monev?unit=dinsos&month=2022-05')
  const pdf = await page.request.get('/api/v1/reports/monev?month=2022-05')
  expect(pdf.status()).toBe(200)
  expect(pdf.headers()['content-type']).toBe('application/pdf')
  await expectAccessible(page, "an officer's monev download form")
})

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
let dueAt = ''
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
  dueAt = view.due_at
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
  const choice = page.getByLabel('Tindakan berikutnya')
  await expect(choice.locator('option', { hasText: 'Eskalasi ke Bupati' })).toHaveCount(0) // super admin only

  await choice.selectOption({ label: 'Jelaskan keterlambatan' })
  const form = page.locator('.action-form')
  const reason = page.getByLabel('Alasan keterlambatan (dibaca Diskominfo dan Bupati)')
  await form.getByRole('button', { name: 'Jelaskan keterlambatan' }).click()
  await expect(page.locator('#action-note-error')).toHaveText('Alasan wajib diisi.')
  await expect(reason).toBeFocused()
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

test('the Dinas Sosial inbox badges the escalated complaint, says how overdue it is and gives the reason', async ({ browser }) => {
  const { page } = await pageOf(browser, 'dinsos.petugas')
  const other = await page.request.post('/api/v1/complaints', {
    data: { kind: 'pengaduan', category: 'sosial.bansos', description: 'Pendamping PKH belum datang ke desa kami bulan ini.' },
  })
  expect(other.status()).toBe(201)
  const plain = ((await other.json()) as { ticket: string }).ticket
  // Overdue is read from the browser's clock: ten days past the due time, as the sweep was.
  await page.clock.setFixedTime(new Date(Date.parse(dueAt) + 10 * DAY_MS))
  await page.goto('/petugas')
  const row = page.locator(`[data-testid="inbox"] tr[data-ticket="${ticket}"]`)
  await expect(row.getByTestId('escalation-badge')).toHaveText('▲ Dieskalasi ke Bupati')
  await expect(row.getByTestId('overdue')).toHaveText('⚠ Lewat tenggat 10 hari')
  await expect(row).toHaveClass(/\boverdue\b/)
  await expect(row.getByTestId('late-reason')).toHaveText(`Alasan unit: ${REASON}`)
  // Not escalated: no badge and no reason line, though late as well by that clock.
  const plainRow = page.locator(`[data-testid="inbox"] tr[data-ticket="${plain}"]`)
  await expect(plainRow.getByTestId('overdue')).toContainText('Lewat tenggat')
  await expect(plainRow.getByTestId('escalation-badge')).toHaveCount(0)
  await expect(plainRow.getByTestId('late-reason')).toHaveCount(0)
  await expectAccessible(page, 'the inbox with an escalated, overdue complaint')
  await screenshot(page, 'staff-inbox-escalated')

  await page.setViewportSize({ width: 360, height: 740 })
  await expect(row.getByTestId('late-reason')).toBeVisible()
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await page.setViewportSize({ width: 1280, height: 900 })
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
  await expect(page.getByLabel('Tindakan berikutnya')).toBeVisible()
  await expect(page.getByLabel('Tindakan berikutnya').locator('option', { hasText: /^Eskalasi/ })).toHaveCount(0)
})

test('the Bupati reads the summary: units by overdue complaints and slowest first response, and the latest escalations', async ({ browser }) => {
  // A first response this year, so the response ranking has a unit to show.
  const officer = (await pageOf(browser, 'dinsos.petugas')).page
  const filed = await officer.request.post('/api/v1/complaints', {
    data: { kind: 'pengaduan', category: 'sosial.bansos', description: 'Kapan pendaftaran DTKS dibuka lagi di kelurahan kami?' },
  })
  expect(filed.status()).toBe(201)
  const answered = ((await filed.json()) as { ticket: string }).ticket
  const csrf = await officer.evaluate(() => JSON.parse(sessionStorage.getItem('tanggap.staff-session') ?? '{}').csrf_token)
  const responded = await officer.request.post(`/api/v1/staff/complaints/${answered}/actions`, {
    data: { action: 'respond', message: 'Pendaftaran DTKS dibuka setiap bulan di kantor desa.' },
    headers: { 'X-CSRF-Token': csrf },
  })
  expect(responded.status(), await responded.text()).toBe(200)

  const { page } = await pageOf(browser, 'bupati')
  await page.goto('/petugas/eskalasi')
  const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear()
  const toggle = page.getByRole('button', { name: `Ringkasan ${year}` })
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')

  const response = page.getByTestId('rank-response')
  await expect(response.getByRole('heading', { level: 3, name: 'Unit dengan respons pertama paling lambat' })).toBeVisible()
  const thisYear = await page.request.get(`/api/v1/reports/performance?group=unit&from=${year}-01-01`)
  expect(thisYear.status()).toBe(200)
  const medians = ((await thisYear.json()) as { rows: { first_response_median_hours: number | null }[] }).rows
    .map((r) => r.first_response_median_hours)
    .filter((h): h is number => h !== null)
  expect(medians.length).toBeGreaterThan(0) // Dinas Sosial answered above
  // A bar reads "0,0 jam" under 0.05 hours: a chart of such bars says nothing, the words do.
  const chartWorthy = medians.some((h) => h >= 0.05)
  const responseTable = response.getByRole('table', { name: 'Unit dengan respons pertama paling lambat' })
  if (chartWorthy) {
    await expect(response.getByRole('img', { name: /^Grafik: Unit dengan respons pertama paling lambat/ })).toBeVisible()
    await expect(response.locator('.chart svg')).toBeVisible()
    // The figures as a table, in the accessibility tree while hidden from view.
    await expect(responseTable.getByRole('rowheader', { name: 'Dinas Sosial' })).toBeAttached()
    await expect(responseTable.getByRole('columnheader')).toHaveText(['Unit', 'Respons pertama, median (jam)'])
    await response.getByRole('button', { name: 'Tampilkan tabel' }).click()
    await expect(responseTable).toBeVisible()
  } else {
    await expect(response.getByText(/^Tidak ada unit yang lambat: setiap unit yang sudah merespons tahun ini \(.*Dinas Sosial.*\) menjawab dalam hitungan menit\.$/)).toBeVisible()
    await expect(response.locator('.chart')).toHaveCount(0)
  }

  // Overdue now is the server's clock (the demo's recent complaints are dated back from it):
  // the ranking must show what the report says for this year, a chart with the worst unit first
  // or, early in a year, the no-data message.
  const overdue = page.getByTestId('rank-overdue')
  await expect(overdue.getByRole('heading', { level: 3, name: 'Unit dengan aduan lewat tenggat terbanyak' })).toBeVisible()
  const report = await page.request.get(`/api/v1/reports/performance?group=unit&from=${year}-01-01`)
  expect(report.status()).toBe(200)
  const late = ((await report.json()) as { rows: { name: string; overdue_now: number }[] }).rows
    .filter((r) => r.overdue_now > 0)
    .sort((a, b) => b.overdue_now - a.overdue_now)
  if (late.length > 0) {
    await expect(overdue.getByRole('img', { name: /^Grafik: Unit dengan aduan lewat tenggat terbanyak/ })).toBeVisible()
    const overdueTable = overdue.getByRole('table', { name: 'Unit dengan aduan lewat tenggat terbanyak' })
    await expect(overdueTable.getByRole('rowheader', { name: late[0]!.name })).toBeAttached()
  } else {
    await expect(overdue.getByText('Tidak ada unit dengan aduan lewat tenggat saat ini.')).toBeVisible()
  }

  const latest = page.getByTestId('latest-escalations')
  const notice = latest.locator(`li[data-ticket="${ticket}"]`)
  await expect(notice).toContainText('Dieskalasi ke Bupati')
  expect(await latest.locator('li').count()).toBeLessThanOrEqual(5)
  await expect(notice.getByRole('link', { name: `Buka aduan ${ticket}` })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Daftar aduan yang dieskalasi' })).toBeVisible()
  await expectAccessible(page, 'the escalation view with its summary')
  await screenshot(page, 'staff-escalation-summary')

  // On a phone the summary starts folded and costs nothing until opened: no report request and
  // no chart code; opened, it shows the tables, and a chart only when asked for.
  const asked: string[] = []
  page.on('request', (r) => {
    if (/\/api\/v1\/reports\/performance|\/StatChart-/.test(r.url())) asked.push(r.url())
  })
  await page.setViewportSize({ width: 360, height: 740 })
  await page.reload()
  await expect(page.locator(`[data-testid="escalations"] tr[data-ticket="${ticket}"]`)).toBeVisible()
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(response).toBeHidden()
  expect(asked).toEqual([])
  await expectAccessible(page, 'the escalation view on a phone, summary folded')
  await toggle.click()
  if (chartWorthy) await expect(responseTable).toBeVisible()
  await expect(response.locator('.chart')).toHaveCount(0)
  expect(asked.filter((u) => u.includes('StatChart'))).toEqual([])
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await expectAccessible(page, 'the escalation summary on a phone')
  if (chartWorthy) {
    await response.getByRole('button', { name: 'Tampilkan grafik' }).click()
    await expect(response.locator('.chart svg')).toBeVisible()
  }
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await screenshot(page, 'staff-escalation-summary-phone')
  await page.setViewportSize({ width: 1280, height: 900 })
})

test('the super admin finds the escalation list in the first screen, the summaries after it', async ({ browser }) => {
  const { page } = await pageOf(browser, 'superadmin')
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto('/petugas/eskalasi')
  // The list's first rows (the most overdue first) without scrolling; ours is in the list too.
  await expect(page.locator(`[data-testid="escalations"] tr[data-ticket="${ticket}"]`)).toBeAttached()
  const rows = page.locator('[data-testid="escalations"] tbody tr')
  await expect(rows.first()).toBeInViewport()
  await expect(page.getByRole('heading', { level: 2, name: 'Daftar aduan yang dieskalasi' })).toBeInViewport()
  const summary = page.getByTestId('summary')
  await expect(summary).toBeVisible()
  const listTop = (await page.getByTestId('escalations').boundingBox())?.y ?? Infinity
  const summaryTop = (await summary.boundingBox())?.y ?? -Infinity
  expect(listTop).toBeLessThan(summaryTop)
  await expectAccessible(page, 'the escalation view, list first')
  await screenshot(page, 'staff-escalation-list-first', false)
  await page.setViewportSize({ width: 1280, height: 900 })
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

  const choice = page.getByLabel('Tindakan berikutnya')
  await choice.selectOption({ label: 'Eskalasi ke Diskominfo' })
  const form = page.locator('.action-form')
  await form.getByRole('button', { name: 'Eskalasi ke Diskominfo' }).click()
  await expect(page.locator('#action-note-error')).toHaveText('Alasan wajib diisi.')
  await page.getByLabel('Alasan eskalasi (catatan internal)').fill('Dinas Sosial tidak menjawab telepon Diskominfo.')
  await form.getByRole('button', { name: 'Eskalasi ke Diskominfo' }).click()
  await expect(page.getByTestId('escalation')).toHaveText('Dieskalasi ke Diskominfo')
  // The form keeps the chosen action, now named by the next level.
  await expect(choice.locator('option:checked')).toHaveText('Eskalasi ke Bupati')
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

// The public dashboard shows the published Indramayu figures of the demo data, and the public
// complaint list with its filters and map.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Locator, Page } from '@playwright/test'
import { expect, expectAccessible, fileComplaint, screenshot, test, verifyComplaint } from './fixtures'

const here = dirname(fileURLToPath(import.meta.url))

// The row of a data table whose row header is `name`; its cells follow the header (the unit
// table has the kind first, then received and resolved).
function row(table: Locator, name: string): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name, exact: true }) })
}

async function chooseYear(page: Page, year: string) {
  await page.getByLabel('Tahun', { exact: true }).selectOption(year)
  if (year) await expect(page).toHaveURL(new RegExp(`[?&]tahun=${year}$`))
  await expect(page.getByRole('heading', { level: 2, name: year ? `Angka utama: Tahun ${year}` : 'Angka utama: Sepanjang waktu' })).toBeVisible()
}

test('the dashboard shows the published figures for 2022 and 2021, as charts, tables and CSV', async ({ page, request }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Dasbor' }).click()
  await expect(page).toHaveURL(/\/dasbor$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Dasbor laporan' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Angka utama: Sepanjang waktu' })).toBeVisible()
  // The years and months with no complaints (the demo has none from 2023 to Oct 2026) are
  // drawn as empty periods, not left out.
  const allYears = page.getByRole('table', { name: 'Laporan per tahun' })
  await expect(row(allYears, '2024').getByRole('cell').first()).toHaveText('0')
  const allMonths = page.getByRole('table', { name: 'Laporan per bulan' })
  await expect(row(allMonths, 'Jan 2023').getByRole('cell').first()).toHaveText('0')
  await expect(row(allMonths, 'Okt 2026').getByRole('cell').first()).toHaveText('0')

  await chooseYear(page, '2022')
  await expect(page.getByTestId('figure-received')).toHaveText(/Diterima\s*845$/)
  const kinds = page.getByRole('table', { name: 'Laporan per jenis unit' })
  await expect(row(kinds, 'Perangkat daerah, RSUD dan BUMD').getByRole('cell').first()).toHaveText('767')
  await expect(row(kinds, 'Kecamatan').getByRole('cell').first()).toHaveText('43')
  await expect(row(kinds, 'Puskesmas').getByRole('cell').first()).toHaveText('35')
  const units = page.getByRole('table', { name: 'Laporan per unit (semua unit)' })
  await expect(row(units, 'Dinas Sosial').getByRole('cell').nth(1)).toHaveText('281')
  await expect(row(units, 'Kecamatan Losarang').getByRole('cell').nth(1)).toHaveText('14')
  await expect(row(units, 'Puskesmas Gantar').getByRole('cell').nth(1)).toHaveText('25')
  const years = page.getByRole('table', { name: 'Laporan per tahun' })
  await expect(row(years, '2022').getByRole('cell').first()).toHaveText('845')

  // Every chart is drawn (SVG), is an image with a name, and has a table and a CSV link.
  const charts = page.locator('.chart-card')
  await expect(charts).toHaveCount(6)
  await expect(page.getByRole('img', { name: /^Grafik: / })).toHaveCount(6)
  await expect(page.locator('.chart svg')).toHaveCount(6)
  const csv = page.getByRole('link', { name: 'Unduh CSV: Laporan per jenis unit' })
  await expect(csv).toHaveAttribute('href', '/api/v1/stats/unit_group.csv?year=2022')
  const download = await request.get('/api/v1/stats/unit_group.csv?year=2022')
  expect(download.status()).toBe(200)
  expect(download.headers()['content-type']).toContain('csv')
  // The file has the rows the screen shows: the server groups both.
  expect((await download.text()).split('\r\n')[1]).toMatch(/^agencies,"Perangkat daerah, RSUD dan BUMD",bumd perangkat_daerah rsud,767,/)

  // A table opens for sighted readers too.
  await page.getByTestId('chart-unit-kind').getByRole('button', { name: 'Tampilkan tabel' }).click()
  await expect(kinds).toBeVisible()
  await expectAccessible(page, 'the dashboard for 2022')
  await screenshot(page, 'dashboard')
  const docs = join(here, '..', '..', 'docs', 'screenshots')
  if (existsSync(join(here, 'screenshots', 'dashboard.png'))) {
    mkdirSync(docs, { recursive: true })
    copyFileSync(join(here, 'screenshots', 'dashboard.png'), join(docs, 'dashboard.png'))
  }

  // 2021, numbers written the Indonesian way; a reload keeps the year (it is in the URL).
  await chooseYear(page, '2021')
  await expect(page.getByTestId('figure-received')).toHaveText(/Diterima\s*2\.245$/)
  await page.reload()
  await expect(page.getByLabel('Tahun', { exact: true })).toHaveValue('2021')
  await expect(page.getByTestId('figure-received')).toHaveText(/Diterima\s*2\.245$/)
  await expect(row(page.getByRole('table', { name: 'Laporan per tahun' }), '2021').getByRole('cell').first()).toHaveText('2.245')

  // In English the same figure reads 2,245.
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByTestId('figure-received')).toHaveText(/Received\s*2,245$/)
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click()
  await expect(page.getByTestId('figure-received')).toHaveText(/Diterima\s*2\.245$/)
})

test('the public list shows verified, non-confidential complaints with filters, paging and a map', async ({ page, request }) => {
  const open = await fileComplaint(request, {
    category: 'infrastruktur.lampu_jalan',
    title: 'Lampu jalan mati di Jalan Gantar',
    description: 'Lampu jalan di depan balai desa mati sejak seminggu.',
    location: { lat: -6.52, lon: 108.05 },
  })
  const secret = await fileComplaint(request, {
    category: 'infrastruktur.lampu_jalan',
    title: 'Lampu jalan rahasia',
    description: 'Aduan rahasia yang tidak boleh tampil di daftar publik.',
    confidential: true,
  })
  await verifyComplaint(open.ticket, 'superadmin')
  await verifyComplaint(secret.ticket, 'superadmin') // verified, and still never public

  await page.goto('/aduan')
  await expect(page.getByRole('heading', { level: 1, name: 'Laporan publik' })).toBeVisible()
  const list = page.getByTestId('public-list')
  await expect(list.locator('li').first()).toBeVisible()
  await expect(page.getByTestId('complaint-map')).toBeVisible()
  await expectAccessible(page, 'the public complaint list')

  await page.getByLabel('Kategori').selectOption('infrastruktur.lampu_jalan')
  await expect(page).toHaveURL(/kategori=infrastruktur\.lampu_jalan/)
  const mine = list.locator(`li[data-ticket="${open.ticket}"]`)
  await expect(mine).toBeVisible()
  await expect(list.locator(`li[data-ticket="${secret.ticket}"]`)).toHaveCount(0)
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible()
  await screenshot(page, 'public-list')

  // Status filter: a newly verified complaint is "Diverifikasi"; the demo's are all answered or closed.
  await page.getByLabel('Status').focus()
  await page.getByLabel('Status').selectOption('diverifikasi')
  await expect(mine).toBeVisible()
  await expect(page.getByLabel('Status'), 'a filter change keeps focus on the filter').toBeFocused()
  await page.getByLabel('Status').selectOption('ditutup')
  await expect(mine).toHaveCount(0)
  await page.getByLabel('Status').selectOption('')
  await page.getByLabel('Kategori').selectOption('')

  // Kecamatan filter: every item listed is in that kecamatan.
  await page.getByLabel('Kecamatan').selectOption({ label: 'Losarang' })
  await expect(page).toHaveURL(/kecamatan=32\.12\.20/)
  await expect
    .poll(async () => {
      const texts = await list.locator('li').allTextContents()
      return texts.length > 0 && texts.every((text) => text.includes('Kecamatan Losarang'))
    })
    .toBe(true)
  await page.getByLabel('Kecamatan').selectOption('')
  await expect(page).not.toHaveURL(/kecamatan=/)

  // Paging: "load more" adds items without repeating any.
  const before = await list.locator('li').count()
  await page.getByRole('button', { name: 'Muat lagi' }).click()
  await expect.poll(() => list.locator('li').count()).toBeGreaterThan(before)
  const tickets = await list.locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-ticket')))
  expect(new Set(tickets).size).toBe(tickets.length)

  await page.getByLabel('Kategori').selectOption('infrastruktur.lampu_jalan')
  await mine.getByRole('link').click()
  await expect(page).toHaveURL(new RegExp(`/lacak/${open.ticket}$`))
  await expect(page.getByTestId('status')).toHaveText('Diverifikasi')
})

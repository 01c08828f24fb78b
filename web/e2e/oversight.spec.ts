// A unit over other units opens their queues: Kecamatan Losarang's officer picks one of its
// desa in "Antrean unit" and finds a complaint a citizen filed for that desa. The units below
// come from the server (units_below of the session); an account without any has no select,
// and the server refuses a unit that is not below the caller's.
import type { Page } from '@playwright/test'
import { expect, expectAccessible, fileComplaint, login, screenshot, staffSession, test } from './fixtures'

// Desa Krimun, Kecamatan Losarang (idn-area-data).
const KECAMATAN = '32.12.20'
const DESA = '32.12.20.2002'

// The row of `ticket` in the list, loading further pages while there are more.
async function findRow(page: Page, ticket: string) {
  const row = page.locator(`[data-testid="inbox"] tr[data-ticket="${ticket}"]`)
  const more = page.getByRole('button', { name: 'Muat lagi' })
  await expect(page.getByTestId('inbox').or(page.getByText('Tidak ada aduan untuk filter ini.'))).toBeVisible()
  for (let i = 0; i < 20 && !(await row.isVisible()); i++) {
    if (!(await more.isVisible())) break
    await more.click()
    await expect(page.getByRole('status').filter({ hasText: 'Memuat' })).toHaveCount(0)
  }
  return row
}

test('the officer of Kecamatan Losarang opens the queue of one of its desa', async ({ page, request }) => {
  const title = `Surat pengantar belum dibuat ${Date.now()}`
  const { ticket } = await fileComplaint(request, {
    category: 'pelayanan_desa',
    title,
    description: 'Sudah dua minggu surat pengantar SKCK dari kantor desa belum juga dibuat.',
    location: { kecamatan_code: KECAMATAN, desa_code: DESA },
  })

  await login(page, 'losarang.petugas')
  await expect(page).toHaveURL((url) => url.pathname === '/petugas')
  await expect(page.getByRole('heading', { level: 1, name: 'Kotak masuk Kecamatan Losarang' })).toBeVisible()
  const queue = page.getByLabel('Antrean unit')
  await expect(queue).toHaveValue('') // the own unit's queue first
  await expect(queue.locator('option').first()).toHaveText('Kecamatan Losarang (unit sendiri)')
  await expect(queue.locator(`option[value="${DESA}"]`)).toHaveText(/Krimun/)
  // A target as large as the rest of the console's.
  expect((await queue.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44)

  await queue.selectOption(DESA)
  await expect(page).toHaveURL((url) => url.pathname === '/petugas' && url.searchParams.get('unit') === DESA)
  await expect(page.getByRole('heading', { level: 1, name: /^Kotak masuk .*Krimun$/ })).toBeVisible()
  const row = await findRow(page, ticket)
  await expect(row).toContainText(title)
  await expect(row).toContainText('Pelayanan Desa/Kelurahan')
  await expectAccessible(page, 'the inbox with a unit queue chosen')
  await screenshot(page, 'staff-inbox-unit-queue')

  // The queue stays chosen across views and a reload.
  await page.getByTestId('view-verification').click()
  await expect(page).toHaveURL((url) => url.searchParams.get('unit') === DESA && url.searchParams.get('tampilan') === 'verifikasi')
  await page.reload()
  await expect(page.getByLabel('Antrean unit')).toHaveValue(DESA)
  await expect(await findRow(page, ticket)).toBeVisible()

  // The Camat may chase the desa's complaint with a note: the server offers it on the page.
  await (await findRow(page, ticket)).getByRole('link', { name: ticket }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Aduan ${ticket}` })).toBeVisible()
  await expect(page.getByLabel('Tindakan berikutnya').locator('option', { hasText: 'Catatan internal' })).toHaveCount(1)

  // Back to the own queue: no unit in the address.
  await page.goto(`/petugas?unit=${DESA}`)
  await page.getByLabel('Antrean unit').selectOption('')
  await expect(page).toHaveURL((url) => url.pathname === '/petugas' && !url.searchParams.has('unit'))
  await expect(page.getByRole('heading', { level: 1, name: 'Kotak masuk Kecamatan Losarang' })).toBeVisible()
})

test('an officer without units below has no queue select, and the server refuses another unit', async ({ page }) => {
  await login(page, 'dinsos.petugas')
  await expect(page.getByRole('heading', { level: 1, name: 'Kotak masuk Dinas Sosial' })).toBeVisible()
  await expect(page.getByTestId('inbox').or(page.getByText('Tidak ada aduan untuk filter ini.'))).toBeVisible()
  await expect(page.getByLabel('Antrean unit')).toHaveCount(0)
  // A unit in the address that the session does not list is not asked for.
  await page.goto(`/petugas?unit=${DESA}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Kotak masuk Dinas Sosial' })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)

  const { staff } = await staffSession('dinsos.petugas')
  try {
    const refused = await staff.get(`/api/v1/inbox?unit=${DESA}`)
    expect(refused.status()).toBe(403)
    expect(((await refused.json()) as { error: { field: string | null } }).error.field).toBe('unit')
    const me = (await (await staff.get('/api/v1/auth/me')).json()) as { units_below: unknown[] }
    expect(me.units_below).toEqual([])
  } finally {
    await staff.dispose()
  }
})

// The unit's proof photos: the "Tambah foto bukti" control appears only while the unit works on
// the complaint, an officer takes a photo (shrunk in the browser) and sends it, the history
// records it, and the citizen sees it under the unit's answer on the tracking page.
import { resolve } from 'node:path'
import { expect, expectAccessible, fileComplaint, login, screenshot, test } from './fixtures'

const PHOTO = resolve(import.meta.dirname, '../../tests/fixtures/photo_with_exif.jpg')

test('an officer attaches a proof photo and the citizen sees it under the answer', async ({ page, browser, request }) => {
  const receipt = await fileComplaint(request, {
    category: 'sosial.bansos',
    description: 'Bantuan pangan non tunai untuk lansia di RT 02 belum diterima',
  })
  await login(page, 'dinsos.petugas')
  await page.goto(`/petugas/aduan/${receipt.ticket}`)
  await expect(page.getByTestId('status')).toHaveText('Diterima')
  // Nothing to show before the unit starts work.
  await expect(page.getByTestId('proof-upload')).toHaveCount(0)

  const csrf = await page.evaluate(() => JSON.parse(sessionStorage.getItem('tanggap.staff-session') ?? '{}').csrf_token)
  const act = async (data: Record<string, string>) => {
    const r = await page.request.post(`/api/v1/staff/complaints/${receipt.ticket}/actions`, {
      data,
      headers: { 'X-CSRF-Token': csrf },
    })
    expect(r.status(), await r.text()).toBe(200)
  }
  await act({ action: 'verify' })
  await act({ action: 'start' })
  await page.reload()
  await expect(page.getByTestId('status')).toHaveText('Ditindaklanjuti')

  const upload = page.getByTestId('proof-upload')
  await expect(upload.getByRole('heading', { name: 'Foto bukti tindak lanjut' })).toBeVisible()
  await expect(upload.getByText('Tambah foto bukti')).toBeVisible()
  await expect(page.locator('#proof-input')).toHaveAttribute('capture', 'environment')
  await page.locator('#proof-input').setInputFiles(PHOTO)
  await expect(upload.getByRole('img', { name: 'Foto bukti terpilih 1' })).toBeVisible()
  await expectAccessible(page, 'the staff complaint page with a proof photo chosen')
  const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith(`/api/v1/staff/complaints/${receipt.ticket}/photos`))
  await upload.getByRole('button', { name: 'Kirim 1 foto bukti' }).click()
  // Shrunk and re-encoded by the browser: a JPEG without the fixture's EXIF marker.
  const body = (await sent).postDataBuffer() ?? Buffer.alloc(0)
  expect(body.includes('PELAPOR-RAHASIA')).toBe(false)
  await expect(page.locator('#action-done')).toHaveText('1 foto bukti ditambahkan.')
  const proof = page.getByRole('img', { name: 'Foto bukti tindak lanjut 1' })
  await expect(proof).toBeVisible()
  await expect.poll(() => proof.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  await expect(page.locator('.history')).toContainText('Foto bukti ditambahkan (1)')
  await expect(page.getByTestId('status')).toHaveText('Ditindaklanjuti')
  await expectAccessible(page, 'the staff complaint page after a proof photo')
  await screenshot(page, 'staff-proof-photo')

  await act({ action: 'resolve', message: 'Bantuan sudah diserahkan langsung kepada penerima.' })

  const citizenContext = await browser.newContext({ baseURL: process.env.TANGGAP_E2E_URL })
  const citizen = await citizenContext.newPage()
  await citizen.goto(`/lacak/${receipt.ticket}?token=${encodeURIComponent(receipt.tracking_token)}`)
  await expect(citizen.getByTestId('answer')).toHaveText('Bantuan sudah diserahkan langsung kepada penerima.')
  const shown = citizen.getByTestId('proof-photos').getByRole('img', { name: 'Foto bukti tindak lanjut 1' })
  await expect(shown).toBeVisible()
  await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  await expect(citizen.getByRole('heading', { name: 'Foto bukti dari unit' })).toBeVisible()
  await expect(citizen.getByTestId('report-photos')).toHaveCount(0)
  await expectAccessible(citizen, 'the tracking page with a proof photo')
  await screenshot(citizen, 'track-proof-photo')
  await citizenContext.close()
})

test("the control is not offered to another unit's officer", async ({ page, request }) => {
  const receipt = await fileComplaint(request, {
    category: 'sosial.bansos',
    description: 'Kartu PKH kami terblokir sejak bulan lalu',
  })
  await login(page, 'dinsos.petugas')
  const csrf = await page.evaluate(() => JSON.parse(sessionStorage.getItem('tanggap.staff-session') ?? '{}').csrf_token)
  for (const action of ['verify', 'start']) {
    const r = await page.request.post(`/api/v1/staff/complaints/${receipt.ticket}/actions`, {
      data: { action },
      headers: { 'X-CSRF-Token': csrf },
    })
    expect(r.status(), await r.text()).toBe(200)
  }
  await page.getByRole('button', { name: 'Keluar' }).click()
  await login(page, 'pupr.petugas')
  await page.goto(`/petugas/aduan/${receipt.ticket}`)
  await expect(page.getByTestId('status')).toHaveText('Ditindaklanjuti')
  await expect(page.getByTestId('proof-upload')).toHaveCount(0)
})

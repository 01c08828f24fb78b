// The unit's proof photos: the "Tambah foto bukti" control appears in the update form only while
// the unit works on the complaint, an officer takes a photo (shrunk in the browser) and sends it
// with the answer, the history records it, and the citizen sees it under the unit's answer.
import { resolve } from 'node:path'
import { expect, expectAccessible, fileComplaint, login, screenshot, test } from './fixtures'

const PHOTO = resolve(import.meta.dirname, '../../tests/fixtures/photo_with_exif.jpg')

// The officer's day in the update form: the likely next action is preselected, so verify and
// start are one click each, and the answer goes with its proof photo in one submit. Clicks
// (file chooser counted as one): 2 + 2 + 2 (photo card) + 2 (resolve) = 8 before, 1 + 1 + 2 = 4 now.
test('an officer resolves with a proof photo in one submit and the citizen sees it under the answer', async ({ page, browser, request }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  const receipt = await fileComplaint(request, {
    category: 'sosial.bansos',
    description: 'Bantuan pangan non tunai untuk lansia di RT 02 belum diterima',
  })
  await login(page, 'dinsos.petugas')
  await page.goto(`/petugas/aduan/${receipt.ticket}`)
  await expect(page.getByTestId('status')).toHaveText('Diterima')
  // What the complaint says, and the next action, both in the first screen.
  await expect(page.getByTestId('description')).toBeInViewport()
  const choice = page.getByLabel('Tindakan berikutnya')
  await expect(choice).toHaveValue('verify')
  const submit = page.locator('.action-form button[type=submit]')
  await expect(submit).toBeInViewport()
  // Nothing to show before the unit starts work.
  await expect(page.getByTestId('proof-upload')).toHaveCount(0)

  await submit.click() // 1: Verifikasi
  await expect(page.getByTestId('status')).toHaveText('Diverifikasi')
  await expect(choice).toHaveValue('start')
  await submit.click() // 2: Mulai tindak lanjut
  await expect(page.getByTestId('status')).toHaveText('Ditindaklanjuti')

  await expect(choice).toHaveValue('resolve')
  const upload = page.getByTestId('proof-upload')
  await expect(upload.getByText('Foto bukti tindak lanjut')).toBeVisible()
  await expect(page.locator('#proof-input')).toHaveAttribute('capture', 'environment')
  await page.locator('#proof-input').setInputFiles(PHOTO) // 3: the file chooser
  await expect(upload.getByRole('img', { name: 'Foto bukti terpilih 1' })).toBeVisible()
  await page.getByLabel(/Pesan untuk pelapor/).fill('Bantuan sudah diserahkan langsung kepada penerima.')
  await expectAccessible(page, 'the update form with a proof photo chosen')
  const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith(`/api/v1/staff/complaints/${receipt.ticket}/photos`))
  await page.getByRole('button', { name: 'Selesaikan dengan jawaban' }).click() // 4
  // Shrunk and re-encoded by the browser: a JPEG without the fixture's EXIF marker.
  const body = (await sent).postDataBuffer() ?? Buffer.alloc(0)
  expect(body.includes('PELAPOR-RAHASIA')).toBe(false)
  await expect(page.locator('#action-done')).toHaveText(
    'Tindakan "Selesaikan dengan jawaban" tersimpan bersama 1 foto bukti. Status sekarang: Selesai.',
  )
  await expect(page.getByTestId('status')).toHaveText('Selesai')
  const proof = page.getByRole('img', { name: 'Foto bukti tindak lanjut 1' })
  await expect(proof).toBeVisible()
  await expect.poll(() => proof.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  await expect(page.locator('.history')).toContainText('Foto bukti ditambahkan (1)')
  // The chosen photo is gone from the form, and no "send 0 photos" button is left behind.
  await expect(upload.getByRole('img')).toHaveCount(0)
  await expect(page.getByText(/Kirim 0 foto/)).toHaveCount(0)
  await expectAccessible(page, 'the staff complaint page after resolving with a proof photo')
  await screenshot(page, 'staff-proof-photo', false)

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

test('when the action is refused after the photos went, the form says the photos are kept', async ({ page, request }) => {
  const receipt = await fileComplaint(request, {
    category: 'sosial.bansos',
    description: 'Bantuan beras untuk warga RT 05 belum dibagikan',
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
  await page.goto(`/petugas/aduan/${receipt.ticket}`)
  await expect(page.getByLabel('Tindakan berikutnya')).toHaveValue('resolve')
  // Someone else resolves it meanwhile: this page still offers "resolve".
  const r = await page.request.post(`/api/v1/staff/complaints/${receipt.ticket}/actions`, {
    data: { action: 'resolve', message: 'Sudah dibagikan.' },
    headers: { 'X-CSRF-Token': csrf },
  })
  expect(r.status(), await r.text()).toBe(200)
  await page.locator('#proof-input').setInputFiles(PHOTO)
  await page.getByLabel(/Pesan untuk pelapor/).fill('Beras sudah dibagikan.')
  await page.getByRole('button', { name: 'Selesaikan dengan jawaban' }).click()
  const error = page.getByTestId('action-error')
  await expect(error).toContainText('1 foto bukti sudah terkirim dan tersimpan, tetapi tindakan "Selesaikan dengan jawaban" belum tersimpan')
  await expect(page.getByRole('img', { name: 'Foto bukti tindak lanjut 1' })).toBeVisible()
  await expectAccessible(page, 'the update form after a refused action')
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

// The citizen's journey on a phone (412x915), as issue 23 measured it: a complaint with a photo and the
// phone's location, counted in taps and timed from opening the form to the receipt. The counts
// are printed so a change to the form can be compared with the last one.
import { resolve } from 'node:path'
import { expect, expectAccessible, screenshot, test } from './fixtures'

const PHOTO = resolve(import.meta.dirname, '../../tests/fixtures/photo_with_exif.jpg')
const HERE = { latitude: -6.4537, longitude: 108.3249 } // Indramayu town

test.use({
  viewport: { width: 412, height: 915 },
  isMobile: true,
  hasTouch: true,
  permissions: ['geolocation'],
  geolocation: HERE,
})

test('a complaint with a photo and the phone location: taps and time to the receipt', async ({ page }) => {
  let taps = 0
  const started = Date.now()
  await page.goto('/')
  const category = page.getByRole('combobox', { name: 'Kategori' })
  await category.click(); taps++
  await category.fill('lampu')
  await category.press('Enter'); taps++
  await page.getByLabel('Uraian').click(); taps++
  await page.getByLabel('Uraian').fill('Lampu jalan di depan pasar mati sejak tiga malam, jalan gelap.')
  await page.getByRole('button', { name: 'Gunakan lokasi saya' }).click(); taps++
  await expect(page.getByTestId('pinned')).toBeVisible()
  await page.locator('#photo-input').setInputFiles(PHOTO); taps += 2 // the button, then the photo in the picker
  await expect(page.getByRole('img', { name: 'Foto 1 yang akan dikirim' })).toBeVisible()
  await page.getByRole('button', { name: 'Kirim laporan' }).click(); taps++
  await expect(page.getByRole('heading', { name: 'Laporan terkirim' })).toBeVisible()
  const ms = Date.now() - started
  const header = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height)
  console.log(`JOURNEY taps=${taps} ms=${ms} header=${Math.round(header)}px unit=${await page.getByText(/Diteruskan ke:/).textContent()}`)
})

test('"lampu" and Enter picks the street-light category, which goes to Dinas Perhubungan', async ({ page, request }) => {
  await page.goto('/')
  const category = page.getByRole('combobox', { name: 'Kategori' })
  await category.fill('lampu')
  const list = page.getByRole('listbox')
  await expect(list.getByRole('option').first()).toContainText('Lampu Penerangan Jalan')
  // The parent is the children's heading, never a choice of its own.
  await expect(list.getByRole('option', { name: /^Infrastruktur(?! ›)/ })).toHaveCount(0)
  await category.press('Enter')
  await expect(category).toHaveValue('Infrastruktur › Lampu Penerangan Jalan')
  await page.getByLabel('Uraian').fill('Lampu jalan di depan pasar mati sejak tiga malam, jalan gelap.')
  await page.getByLabel('Kecamatan').selectOption({ label: 'Indramayu' })
  await page.getByRole('button', { name: 'Kirim laporan' }).click()
  await expect(page.getByRole('heading', { name: 'Laporan terkirim' })).toBeVisible()
  await expect(page.getByText('Diteruskan ke: Dinas Perhubungan')).toBeVisible()
  const href = (await page.getByTestId('tracking-link').getAttribute('href')) ?? ''
  const complaint = await request.get(`/api/v1/complaints/${href.split('/lacak/')[1]}`)
  expect(complaint.status()).toBe(200)
  const body = (await complaint.json()) as { category: { code: string }; unit: { name: string } }
  expect(body.category.code).toBe('infrastruktur.lampu_jalan')
  expect(body.unit.name).toBe('Dinas Perhubungan')
})

test('a complaint sent online stays in "Laporan saya" after a reload, and its link opens the tracking page', async ({ page }) => {
  const marker = `Uji laporan saya ${Date.now()}`
  await page.goto('/')
  await page.getByRole('combobox', { name: 'Kategori' }).fill('sampah')
  await page.getByRole('combobox', { name: 'Kategori' }).press('Enter')
  await page.getByLabel('Uraian').fill(`${marker}: sampah menumpuk di pinggir jalan raya sejak seminggu`)
  await page.getByLabel('Rahasia').check()
  await page.getByRole('button', { name: 'Kirim laporan' }).click()
  await expect(page.getByRole('heading', { name: 'Laporan terkirim' })).toBeVisible()
  const ticket = ((await page.getByTestId('ticket').textContent()) ?? '').trim()
  const receiptLink = (await page.getByTestId('tracking-link').getAttribute('href')) ?? ''

  await page.reload()
  await expect(page.getByTestId('my-complaints-jump')).toHaveText('Lihat laporan saya (1)')
  const mine = page.getByTestId('complaint-queue')
  await expect(mine.getByRole('heading', { name: 'Laporan saya' })).toBeVisible()
  await expect(mine).toContainText(marker)
  await expect(mine).toContainText(`Nomor tiket ${ticket}, diteruskan ke Dinas Lingkungan Hidup`)
  const link = mine.getByTestId('queue-tracking-link')
  await expect(link).toHaveAttribute('href', receiptLink)
  // The card keeps clear of the send button above it.
  const send = await page.getByRole('button', { name: 'Kirim laporan' }).boundingBox()
  const card = await mine.boundingBox()
  expect(card!.y - (send!.y + send!.height)).toBeGreaterThanOrEqual(16)
  await expectAccessible(page, 'the complaint form page with a sent complaint in "Laporan saya"')
  await screenshot(page, 'my-complaints-phone')
  // "Lacak" lists it too, so the ticket need not be typed.
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Lacak' }).click()
  await expect(page.getByTestId('my-complaint-links').getByRole('link', { name: `Lacak laporan ${ticket}` })).toHaveAttribute('href', receiptLink)
  await expectAccessible(page, 'the lookup page with "Laporan saya"')
  await page.goBack()
  await link.click()
  await expect(page.getByRole('heading', { level: 1, name: `Laporan ${ticket}` })).toBeVisible()
  // A confidential complaint opens only with its token: the saved link carries it.
  await expect(page.getByTestId('description')).toContainText(marker)
  // The deadline is the current step's, named; not a promise of when the problem is fixed.
  await expect(page.getByText('Tenggat tahap "Diterima"')).toBeVisible()
  await expectAccessible(page, 'the tracking page of a confidential complaint')
  // A ticket not found is no dead end: back to "Laporan saya" (or a new complaint, or another lookup).
  await page.goto('/lacak/2611-TIDAKADA')
  await expect(page.getByRole('alert')).toContainText('tidak ditemukan')
  await expect(page.getByRole('link', { name: 'Buat laporan baru' })).toHaveAttribute('href', '/')
  await page.getByRole('link', { name: 'Ke "Laporan saya"' }).click()
  await expect(page).toHaveURL(/\/#queue-title$/)
  await expect(mine.getByRole('heading', { name: 'Laporan saya' })).toBeInViewport()
})

test('the location comes before the photo, and the phone location is a pin, not coordinates', async ({ page }) => {
  await page.goto('/')
  const location = page.getByRole('group', { name: 'Lokasi' })
  const photos = page.getByRole('group', { name: /^Foto/ })
  const [where, photo] = await Promise.all([location.boundingBox(), photos.boundingBox()])
  expect(where!.y).toBeLessThan(photo!.y)

  await location.getByRole('button', { name: 'Gunakan lokasi saya' }).click()
  await expect(page.getByTestId('pinned')).toHaveText(/Lokasi Anda ditandai di peta\./)
  const map = page.getByTestId('map')
  await expect(map).toBeVisible()
  await expect(map.locator('.leaflet-marker-icon')).toHaveCount(1)
  // Nothing a person reads holds the point's numbers (-6.4537, 108.3249).
  const text = await page.locator('main').innerText()
  expect(text).not.toMatch(/-?\d{1,3}[.,]\d{4,}/)
  expect(text).not.toContain('108')

  // The photo: the camera or the gallery, the citizen's choice.
  await expect(photos.locator('label', { hasText: 'Ambil foto' })).toBeVisible()
  await expect(photos.locator('label', { hasText: 'Pilih dari galeri' })).toBeVisible()
  await expect(page.locator('#photo-input-camera')).toHaveAttribute('capture', 'environment')
  await expect(page.locator('#photo-input')).not.toHaveAttribute('capture', /.*/)
  await expectAccessible(page, 'the phone form with the location pinned')
  await screenshot(page, 'complaint-form-location-first', false)
})

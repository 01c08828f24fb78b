// The whole life of one complaint, in order: a citizen files it on a phone with a photo, a
// kecamatan/desa and a pin; tracks it; the Dinas Sosial officer verifies, starts and resolves
// it with an answer; the citizen reads the answer and rates it 5.
import { devices } from '@playwright/test'
import { resolve } from 'node:path'
import { expect, expectAccessible, login, screenshot, test } from './fixtures'

const PHOTO = resolve(import.meta.dirname, '../../tests/fixtures/photo_with_exif.jpg')
const ANSWER = 'Bantuan PKH Ibu sudah dicairkan lewat Bank Mandiri pada 25 November. Silakan cek rekening.'

test.describe.configure({ mode: 'serial' })

let ticket = ''
let trackingPath = ''

test.describe('on a phone', () => {
  const { defaultBrowserType: _ignored, ...phone } = devices['Pixel 7']
  test.use(phone)

  test('a citizen files a complaint with a photo, kecamatan, desa and a pin', async ({ page }) => {
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'id')
    await expect(page.getByRole('heading', { level: 1, name: 'Sampaikan laporan' })).toBeVisible()
    await expectAccessible(page, 'the empty complaint form')

    await page.getByLabel('Pengaduan', { exact: true }).check()
    const category = page.getByRole('combobox', { name: 'Kategori' })
    await category.fill('bansos')
    await expect(page.getByRole('option', { name: /Bantuan Sosial/ })).toBeVisible()
    await category.press('ArrowDown')
    await category.press('Enter')
    await expect(category).toHaveValue('Sosial › Bantuan Sosial')

    await page.getByLabel('Uraian').fill(
      'Bantuan PKH untuk ibu saya belum cair sejak bulan Agustus, padahal namanya ada di daftar penerima desa.',
    )
    await expect(page.locator('#description-count')).toContainText('/ 5000')

    await page.locator('#photo-input').setInputFiles(PHOTO)
    await expect(page.getByRole('img', { name: 'Foto 1 yang akan dikirim' })).toBeVisible()

    await page.getByLabel('Kecamatan').selectOption({ label: 'Losarang' })
    await page.getByLabel('Desa/kelurahan').selectOption({ label: 'Desa Krimun' })
    await page.getByLabel('Alamat atau patokan (boleh tidak diisi)').fill('RT 02 RW 01, dekat masjid')

    await page.getByRole('button', { name: 'Pilih titik di peta' }).click()
    const map = page.getByTestId('map')
    await expect(map).toBeVisible()
    await expect(map).toHaveClass(/map-fallback/) // no tiles under test
    await map.click({ position: { x: 120, y: 100 } })
    await expect(page.getByTestId('pinned')).toHaveText(/Titik yang Anda pilih ditandai di peta\./)

    await page.getByLabel('Nama', { exact: true }).fill('Siti Aminah')
    await page.getByLabel('Nomor telepon/WhatsApp').fill('0812 3456 7890')
    await expectAccessible(page, 'the filled complaint form')
    // Under its old name: the README shows it as docs/screenshots/report-form-phone.png.
    await screenshot(page, 'report-form-phone')

    await page.getByRole('button', { name: 'Kirim laporan' }).click()
    await expect(page.getByRole('heading', { name: 'Laporan terkirim' })).toBeVisible()
    ticket = (await page.getByTestId('ticket').textContent())?.trim() ?? ''
    expect(ticket).toMatch(/^\d{4}-[A-Z0-9]+$/)
    await expect(page.getByText('Diteruskan ke: Dinas Sosial')).toBeVisible()
    const link = page.getByTestId('tracking-link')
    trackingPath = (await link.getAttribute('href')) ?? ''
    expect(trackingPath).toMatch(new RegExp(`^/lacak/${ticket}\\?token=[\\w-]+$`))
    await expect(link).toHaveText(new RegExp(`^https?://.+${trackingPath.replace('?', '\\?')}$`))
    await expect(page.getByText('Simpan tautan ini.')).toBeVisible()
    await expectAccessible(page, 'the success page')
    await screenshot(page, 'complaint-sent-phone')

    // The draft is gone once sent.
    expect(await page.evaluate(() => localStorage.getItem('tanggap.report-draft.v1'))).toBeNull()
  })

  test('the citizen opens the tracking link', async ({ page }) => {
    await page.goto(trackingPath)
    await expect(page.getByRole('heading', { level: 1, name: `Laporan ${ticket}` })).toBeVisible()
    await expect(page.getByTestId('status')).toHaveText('Diterima')
    await expect(page.locator('[aria-current="step"]')).toContainText('Diterima')
    await expect(page.getByTestId('unit')).toHaveText('Dinas Sosial')
    await expect(page.getByTestId('place')).toHaveText('RT 02 RW 01, dekat masjid, Desa Krimun, Kecamatan Losarang')
    await expect(page.getByText('Belum ada jawaban.')).toBeVisible()
    const photo = page.getByRole('img', { name: 'Foto laporan 1' })
    await expect(photo).toBeVisible()
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
    await expectAccessible(page, 'the tracking page')
    await screenshot(page, 'track-received-phone')
  })
})

test('an officer verifies, starts and resolves it with an answer', async ({ page }) => {
  await login(page, 'dinsos.petugas')
  await expect(page).toHaveURL((url) => url.pathname === '/petugas')
  await page.getByLabel('Status').selectOption('diterima')
  await expect(page).toHaveURL(/status=diterima/)
  const row = page.locator(`tr[data-ticket="${ticket}"]`)
  await expect(row).toBeVisible()
  await expect(row).toContainText('Bantuan Sosial')
  await expectAccessible(page, 'the staff inbox')
  await screenshot(page, 'staff-inbox')

  await row.getByRole('link', { name: ticket }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Aduan ${ticket}` })).toBeVisible()
  await expect(page.getByTestId('reporter')).toContainText('+6281234567890')
  // Only the actions legal from "diterima" are offered, the likely next one chosen already.
  const choice = page.getByLabel('Tindakan berikutnya')
  await expect(choice).toHaveValue('verify')
  await expect(choice.locator('option', { hasText: 'Selesaikan dengan jawaban' })).toHaveCount(0)
  await expect(choice.locator('option', { hasText: 'Mulai tindak lanjut' })).toHaveCount(0)
  await expectAccessible(page, 'the staff complaint page')

  await page.locator('.action-form').getByRole('button', { name: 'Verifikasi' }).click()
  await expect(page.getByTestId('status')).toHaveText('Diverifikasi')

  await expect(choice).toHaveValue('start')
  await page.getByLabel(/Pesan untuk pelapor/).fill('Data Ibu sedang kami periksa dengan bank penyalur.')
  await page.locator('.action-form').getByRole('button', { name: 'Mulai tindak lanjut' }).click()
  await expect(page.getByTestId('status')).toHaveText('Ditindaklanjuti')

  await expect(choice).toHaveValue('resolve')
  const form = page.locator('.action-form')
  await form.getByRole('button', { name: 'Selesaikan dengan jawaban' }).click()
  await expect(form.getByText('Pesan untuk pelapor wajib diisi.')).toBeVisible() // asks for the answer
  await page.getByLabel(/Pesan untuk pelapor/).fill(ANSWER)
  await expect(form.getByText('Pesan untuk pelapor wajib diisi.')).toHaveCount(0) // gone once it is filled
  await form.getByRole('button', { name: /Tambah catatan internal/ }).click()
  await expect(page.getByLabel(/Catatan internal/)).toBeFocused()
  await page.getByLabel(/Catatan internal/).fill('Dicek dengan bank penyalur, SP2D terbit 24/11.')
  await expectAccessible(page, 'the resolve form')
  await form.getByRole('button', { name: 'Selesaikan dengan jawaban' }).click()
  await expect(page.getByTestId('status')).toHaveText('Selesai')
  await expect(page.getByRole('status').filter({ hasText: 'tersimpan' })).toBeVisible()
  await expect(page.getByText('Catatan internal: Dicek dengan bank penyalur')).toBeVisible()
  await screenshot(page, 'staff-complaint-resolved')
})

test.describe('on a phone, again', () => {
  const { defaultBrowserType: _ignored, ...phone } = devices['Pixel 7']
  test.use(phone)

  test('the citizen sees the answer and rates it 5', async ({ page }) => {
    await page.goto(trackingPath)
    await expect(page.getByTestId('status')).toHaveText('Selesai')
    await expect(page.getByTestId('answer')).toHaveText(ANSWER)
    // Internal notes never reach the citizen.
    await expect(page.getByText('SP2D')).toHaveCount(0)
    await expectAccessible(page, 'the feedback form')

    await page.getByRole('button', { name: 'Kirim penilaian' }).click()
    await expect(page.getByText('Pilih nilai 1 sampai 5.')).toBeVisible()
    await page.getByLabel('Ya, sudah selesai').check()
    await page.locator('label[for="rating-5"]').click()
    await page.getByLabel('Komentar').fill('Terima kasih, cepat ditangani.')
    await page.getByRole('button', { name: 'Kirim penilaian' }).click()
    await expect(page.getByText('Terima kasih atas penilaian Anda.')).toBeVisible()
    await expect(page.getByTestId('status')).toHaveText('Ditutup')
    await expect(page.getByTestId('feedback')).toHaveText('Penilaian Anda: 5 dari 5.')
    await screenshot(page, 'track-rated-phone')
  })
})

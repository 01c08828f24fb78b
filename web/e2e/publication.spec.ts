// Publish only what was verified: a new complaint is not found without its tracking token; the
// officer verifies it, masks a name (selected in the original text) and an address (typed),
// approves one report photo, and the public then reads the masked copy with that photo only,
// while the reporter, with the token, still reads their own words.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, expectAccessible, login, screenshot, test, type Receipt } from './fixtures'

const PHOTO = readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/photo_with_exif.jpg'))
const NAME = 'Budi Santoso'
const ADDRESS = 'Jl. Melati No. 5'
const NIK = '3212010101010004'
const PHONE = '081234567890'
const DESCRIPTION = `Saya ${NAME}, NIK ${NIK}, HP ${PHONE}. BPNT keluarga kami di ${ADDRESS} belum cair tiga bulan.`

test('an officer decides what the public reads, and the public reads only that', async ({ page, browser, request }) => {
  const photo = { name: 'foto.jpg', mimeType: 'image/jpeg', buffer: PHOTO }
  const filed = await request.post('/api/v1/complaints', {
    multipart: {
      complaint: JSON.stringify({ kind: 'pengaduan', category: 'sosial.bansos', description: DESCRIPTION }),
      photo,
    },
  })
  expect(filed.status(), await filed.text()).toBe(201)
  const receipt = (await filed.json()) as Receipt
  const ticket = receipt.ticket
  const token = encodeURIComponent(receipt.tracking_token)

  // Not verified yet: the public does not find it; the reporter, with the token, does.
  expect((await request.get(`/api/v1/complaints/${ticket}`)).status()).toBe(404)
  const own = await request.get(`/api/v1/complaints/${ticket}?token=${token}`)
  expect(own.status()).toBe(200)
  expect(((await own.json()) as { description: string }).description).toBe(DESCRIPTION)

  await login(page, 'dinsos.petugas')
  await page.goto(`/petugas/aduan/${ticket}`)
  const panel = page.getByTestId('publication')
  await expect(panel.getByRole('heading', { name: 'Tampilan publik' })).toBeVisible()
  await expect(page.getByTestId('public-state')).toContainText('Tidak tampil untuk publik: Belum diverifikasi.')
  const copy = page.getByTestId('public-copy')
  await expect(copy).toContainText(/3212\*+0004/)
  await expect(copy).not.toContainText(NIK)
  await expect(copy).not.toContainText(PHONE)
  await expect(copy).toContainText(NAME) // names are the officer's to mask
  await expectAccessible(page, 'the public view panel before verification')

  // Verifying is the preselected next action: one click.
  await expect(page.getByLabel('Tindakan berikutnya')).toHaveValue('verify')
  await page.locator('.action-form').getByRole('button', { name: 'Verifikasi' }).click()
  await expect(page.getByTestId('status')).toHaveText('Diverifikasi')
  await expect(page.getByTestId('public-state')).toContainText(/^Tampil untuk publik\./)

  // Select the name in the original text and mask it; type the address.
  await page.locator('[data-testid="original-text"] .prewrap').evaluate((p, name) => {
    const text = p.firstChild as Text
    const start = (text.textContent ?? '').indexOf(name)
    const range = document.createRange()
    range.setStart(text, start)
    range.setEnd(text, start + name.length)
    document.getSelection()?.removeAllRanges()
    document.getSelection()?.addRange(range)
  }, NAME)
  await panel.getByRole('button', { name: `Samarkan "${NAME}"` }).click()
  const phrases = page.getByTestId('hidden-phrases')
  await expect(phrases).toContainText(NAME)
  const input = page.getByLabel('Kata atau kalimat lain yang disamarkan')
  await input.fill(ADDRESS)
  await input.press('Enter')
  await input.fill(NAME.toLowerCase()) // already there: not added twice
  await input.press('Enter')
  await expect(phrases.getByRole('listitem')).toHaveCount(2)

  // The server's refusal is shown at the phrases.
  const tooLong = 'x'.repeat(201)
  await input.fill(tooLong)
  await input.press('Enter')
  await panel.getByRole('button', { name: 'Simpan tampilan publik' }).click()
  await expect(page.locator('#publication-phrases-error')).toContainText('Frasa yang disamarkan harus')
  await expectAccessible(page, 'the public view panel with a refused phrase')
  await phrases.getByRole('button', { name: `Hapus "${tooLong}"` }).click()

  await panel.getByRole('checkbox', { name: 'Foto laporan 1 Tampilkan ke publik' }).check()
  await expect(page.getByTestId('publication-unsaved')).toBeVisible()
  await panel.getByRole('button', { name: 'Simpan tampilan publik' }).click()
  await expect(page.getByTestId('publication-notice')).toHaveText('Tampilan publik disimpan.')
  await expect(page.getByTestId('publication-unsaved')).toHaveCount(0)
  await expect(copy).not.toContainText(NAME)
  await expect(copy).not.toContainText(ADDRESS)
  await expect(panel.getByRole('checkbox', { name: 'Foto laporan 1 Tampilkan ke publik' })).toBeChecked()
  await expectAccessible(page, 'the public view panel after saving')
  await screenshot(page, 'staff-publication')

  // The public reads the masked copy and the approved photo.
  const publicContext = await browser.newContext({ baseURL: process.env.TANGGAP_E2E_URL })
  const citizen = await publicContext.newPage()
  await citizen.goto(`/lacak/${ticket}`)
  await expect(citizen.getByTestId('status')).toHaveText('Diverifikasi')
  const text = citizen.getByTestId('description')
  await expect(text).toContainText('BPNT keluarga kami')
  for (const hidden of [NAME, ADDRESS, NIK, PHONE]) await expect(text).not.toContainText(hidden)
  await expect(citizen.getByTestId('report-photos').getByRole('img')).toHaveCount(1)
  await expectAccessible(citizen, 'the public tracking page of a published complaint')
  await screenshot(citizen, 'track-published')

  await citizen.goto(`/aduan`)
  await expect(citizen.getByText('sudah diverifikasi petugas')).toBeVisible()

  // The reporter still reads their own words.
  await citizen.goto(`/lacak/${ticket}?token=${token}`)
  await expect(citizen.getByTestId('description')).toContainText(NAME)
  await publicContext.close()

  // Another unit's officer reads the public copy and gets no panel.
  await page.getByRole('button', { name: 'Keluar' }).click()
  await login(page, 'pupr.petugas')
  await page.goto(`/petugas/aduan/${ticket}`)
  await expect(page.getByTestId('status')).toHaveText('Diverifikasi')
  await expect(page.getByTestId('publication')).toHaveCount(0)
  await expect(page.getByTestId('description')).not.toContainText(NIK)
})

test('the complaint form says when a complaint becomes public', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByText('Nama Anda tidak ditampilkan kepada publik, pimpinan')).toBeVisible()
  await expect(page.getByText('Laporan Anda tidak ditampilkan kepada publik')).toBeVisible()
  const note = page.getByTestId('public-note')
  await expect(note).toHaveText('Laporan tampil untuk publik hanya setelah diverifikasi petugas, dengan data pribadi disamarkan.')
  await page.getByLabel('Rahasia').check()
  await expect(note).toHaveCount(0) // a confidential complaint is never public
})

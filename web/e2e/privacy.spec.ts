// The privacy officer's desk: a person asks what is held about them, then asks to be erased;
// both requests go into the register with their 72-hour clock. The page is the privacy
// officer's only: others have no link, and the server refuses them.
import { expect, expectAccessible, fileComplaint, login, screenshot, test } from './fixtures'
import { readFile } from 'node:fs/promises'

test('the privacy officer exports a person, erases them, and finds both requests in the register', async ({ page, request }) => {
  const digits = String(Date.now()).slice(-8)
  const phone = `0812-${digits.slice(0, 4)}-${digits.slice(4)}`
  const { ticket } = await fileComplaint(request, {
    category: 'sosial.bansos',
    title: 'Nama hilang dari daftar BLT',
    description: 'Nama saya hilang dari daftar penerima BLT desa sejak bulan lalu.',
    reporter: { name: 'Sumiati', phone },
  })

  // Signed in (with the one-time code), the privacy officer lands on the desk.
  await login(page, 'privasi')
  await expect(page).toHaveURL((url) => url.pathname === '/petugas/privasi')
  await expect(page.getByRole('heading', { level: 1, name: 'Permintaan data pribadi' })).toBeVisible()
  await expect(page.getByTestId('signed-in')).toContainText('Pejabat pelindungan data pribadi')
  await expect(page.getByRole('link', { name: 'Data pribadi' })).toBeVisible()
  await expectAccessible(page, 'the privacy desk')

  // A number the server cannot read is refused at the field.
  const key = page.getByLabel('Nomor telepon', { exact: true })
  await key.fill('12')
  await page.getByRole('button', { name: 'Ekspor data' }).click()
  await expect(page.locator('#key-error')).toContainText('Nomor telepon tidak sah')
  await expect(key).toHaveAttribute('aria-invalid', 'true')
  await expect(key).toBeFocused()

  // Export, the number written another way: the complaint and its history are shown.
  await key.fill(`+62 ${phone.slice(1).replaceAll('-', ' ')}`)
  await page.getByRole('button', { name: 'Ekspor data' }).click()
  const result = page.getByTestId('privacy-result')
  await expect(result.getByRole('heading', { name: 'Data yang disimpan' })).toBeFocused()
  const held = result.locator(`[data-testid="privacy-complaint"][data-ticket="${ticket}"]`)
  await expect(held).toContainText('Nama hilang dari daftar BLT')
  await expect(held).toContainText('Sumiati')
  await expect(held).toContainText('Riwayat')
  await expectAccessible(page, 'an export')
  await screenshot(page, 'staff-privacy-export')

  // "Unduh JSON" gives the answer as it came.
  const downloading = page.waitForEvent('download')
  await result.getByRole('link', { name: 'Unduh JSON' }).click()
  const file = await downloading
  expect(file.suggestedFilename()).toMatch(/^data-pribadi-\d+\.json$/)
  const saved = JSON.parse(await readFile(await file.path(), 'utf8')) as { complaints: { ticket: string }[]; request: { id: number; kind: string } }
  expect(saved.request.kind).toBe('export')
  expect(saved.complaints.map((c) => c.ticket)).toEqual([ticket])

  // "Unduh surat (PDF)" gives the answer as a letter; the server sends it as a PDF.
  const letterLink = result.getByRole('link', { name: 'Unduh surat (PDF)' })
  const letterHref = await letterLink.getAttribute('href')
  expect(letterHref).toBe(`/api/v1/privacy/requests/${saved.request.id}/letter.pdf?phone=${encodeURIComponent(`+62 ${phone.slice(1).replaceAll('-', ' ')}`).replaceAll('%20', '+')}`)
  const letterDownload = page.waitForEvent('download')
  await letterLink.click()
  const letter = await letterDownload
  expect(letter.suggestedFilename()).toBe(`surat-permintaan-${saved.request.id}.pdf`)
  expect((await readFile(await letter.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  const letterAnswer = await page.request.get(letterHref ?? '')
  expect(letterAnswer.status()).toBe(200)
  expect(letterAnswer.headers()['content-type']).toBe('application/pdf')
  // The register's row of this export offers the same letter.
  await expect(page.locator(`[data-testid="privacy-register"] tbody tr[data-id="${saved.request.id}"]`).getByTestId('register-letter'))
    .toHaveAttribute('href', letterHref ?? '')

  // Erasing needs grounds, then a confirmation that says what happens.
  await page.getByRole('button', { name: 'Hapus data' }).click()
  const reason = page.getByLabel('Dasar permintaan')
  await expect(reason).toBeFocused()
  await expect(page.locator('#reason-error')).toHaveText('Wajib diisi.')
  await reason.fill('Permintaan pemilik data, surat 12 Desember 2026')
  await page.getByRole('button', { name: 'Hapus data' }).click()
  const confirm = page.getByTestId('privacy-confirm')
  await expect(confirm.getByRole('heading', { name: 'Hapus data orang ini?' })).toBeFocused()
  await expect(confirm).toContainText('[dihapus]')
  await expect(confirm).toContainText('Angka-angkanya tetap')
  await expect(confirm).toContainText('tidak dapat dibatalkan')
  await expectAccessible(page, 'the erasure confirmation')
  await confirm.getByRole('button', { name: 'Ya, hapus data' }).click()
  await expect(result.getByRole('heading', { name: 'Data dihapus' })).toBeFocused()
  await expect(result).toContainText(ticket)
  await expect(result.getByTestId('erased-complaints')).toHaveText('1')
  await screenshot(page, 'staff-privacy-erased')

  // Exported again, nothing is held.
  await page.getByRole('button', { name: 'Ekspor data' }).click()
  await expect(result.getByRole('heading', { name: 'Data yang disimpan' })).toBeFocused()
  await expect(result.getByTestId('privacy-nothing')).toBeVisible()
  await expect(result.getByTestId('privacy-complaint')).toHaveCount(0)

  // The register: newest first, the 72-hour clock in words, the person masked.
  const rows = page.locator('[data-testid="privacy-register"] tbody tr')
  await expect(rows).toHaveCount(3)
  await expect(rows.nth(0)).toHaveAttribute('data-kind', 'export')
  await expect(rows.nth(1)).toHaveAttribute('data-kind', 'erase')
  await expect(rows.nth(2)).toHaveAttribute('data-kind', 'export')
  await expect(rows.nth(1)).toContainText('Permintaan pemilik data, surat 12 Desember 2026')
  for (const row of await rows.all()) {
    await expect(row.getByTestId('clock')).toContainText('tepat waktu')
    await expect(row.getByTestId('subject')).not.toContainText(digits.slice(0, 4))
  }
  await expectAccessible(page, 'the privacy desk with its register')
  await screenshot(page, 'staff-privacy-register')

  // On a phone the register's rows stack, each value with its column's name.
  await page.setViewportSize({ width: 390, height: 844 })
  await expect(rows.nth(1)).toContainText('Dasar: Permintaan pemilik data')
  await expectAccessible(page, 'the privacy desk on a phone')
  await screenshot(page, 'staff-privacy-phone')
})

test('an operator has no link to the privacy desk, and the server refuses the page', async ({ page }) => {
  await login(page, 'dinsos.operator')
  await expect(page.getByRole('navigation', { name: 'Konsol petugas' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Data pribadi' })).toHaveCount(0)
  await page.goto('/petugas/privasi')
  await expect(page.getByRole('alert')).toContainText('tidak dapat menangani permintaan data pribadi')
  await expect(page.getByTestId('privacy-form')).toHaveCount(0)
  await expect(page.getByTestId('privacy-register')).toHaveCount(0)
})

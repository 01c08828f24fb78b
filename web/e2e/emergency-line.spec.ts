// The 112 line: an operator classes a call while the caller is on the line. A fire goes to the
// unit on duty with a due time in minutes and shows on the board as an emergency; a pothole is
// a regular complaint and the caller is told the ticket and where to report next time; the
// line's figures count the non-emergency calls.
import { expect, expectAccessible, login, screenshot, test } from './fixtures'

test('an operator files a fire and a non-emergency on the 112 line', async ({ page }) => {
  await login(page, 'operator.112')
  await page.getByRole('link', { name: 'Panggilan 112' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Panggilan 112' })).toBeVisible()
  const fire = page.getByRole('radio', { name: 'Kebakaran' })
  await expect(fire).toBeFocused()
  // The category is asked only for a call that is not an emergency.
  await expect(page.getByRole('combobox', { name: 'Kategori' })).toHaveCount(0)
  await expectAccessible(page, 'the 112 call form')

  // Saving without a kind says so at the kind chooser.
  await page.getByLabel('Apa yang terjadi').fill('Rumah warga terbakar, api sudah besar, dekat pasar.')
  await page.getByRole('button', { name: 'Simpan panggilan' }).click()
  await expect(page.locator('#kind-error')).toHaveText(/Pilih jenis panggilan/)
  await expect(fire).toBeFocused()

  // Keyboard: Space chooses the focused kind, Ctrl+Enter saves.
  await page.keyboard.press('Space')
  await expect(fire).toBeChecked()
  await expect(page.locator('#kind-error')).toHaveCount(0)
  await page.getByLabel('Nomor penelepon').fill('0813-1122-3344')
  await page.getByLabel('Nama penelepon').fill('Casmadi')
  await page.getByLabel('Alamat').fill('Jl. Pasar Baru No. 3, Losarang')
  await page.getByLabel('Apa yang terjadi').press('Control+Enter')

  const result = page.getByTestId('call-result')
  await expect(result).toBeFocused()
  await expect(result).toContainText('Darurat: diteruskan ke unit yang bertugas')
  const ticket = ((await page.getByTestId('call-ticket').textContent()) ?? '').trim()
  expect(ticket).toMatch(/^\d{4}-[A-Z0-9]+$/)
  await expect(page.getByTestId('call-unit')).toContainText(/Pemadam Kebakaran/)
  // Due in minutes: "10 menit lagi, 14.10 WIB", or with its date when that falls after midnight
  // WIB (a run shortly before 00:00 WIB, 17:00 UTC).
  await expect(page.getByTestId('call-due')).toHaveText(
    /^tenggat (\d+ menit lagi, \d{2}\.\d{2}|\d{1,2} \S+ \d{4}, \d{2}\.\d{2}) WIB$/,
  )
  await expect(result.getByRole('heading', { name: 'Sampaikan kepada penelepon' })).toBeVisible()
  await expect(page.getByTestId('call-advice')).toContainText(ticket)
  await expectAccessible(page, 'the 112 call result')
  await screenshot(page, 'staff-112-emergency')

  // On the board, marked in words.
  const fireRow = page.getByTestId(`board-${ticket}`)
  await expect(fireRow).toContainText('Darurat')
  await expect(fireRow).toContainText('Kebakaran')
  await expect(fireRow).toContainText(/Pemadam Kebakaran/)
  await expect(fireRow).toContainText('Diterima')
  await expect(fireRow).toContainText(/\d{2}\.\d{2} WIB · \d+ menit lagi/)

  // Next call: a pothole, not an emergency.
  await page.getByRole('button', { name: 'Panggilan berikutnya' }).click()
  await expect(fire).toBeFocused()
  await expect(fire).not.toBeChecked()
  await page.getByRole('radio', { name: 'Bukan darurat' }).check()
  const category = page.getByRole('combobox', { name: 'Kategori' })
  await category.fill('jalan rusak')
  await page.keyboard.press('Enter')
  await expect(category).toHaveValue('Infrastruktur › Jalan Rusak')
  await page.getByLabel('Apa yang terjadi').fill('Penelepon melaporkan jalan berlubang besar di depan SD Losarang.')
  await page.getByRole('button', { name: 'Simpan panggilan' }).click()
  await expect(result).toBeFocused()
  await expect(result).toContainText('Bukan darurat: dicatat sebagai pengaduan biasa')
  const second = ((await page.getByTestId('call-ticket').textContent()) ?? '').trim()
  expect(second).not.toBe(ticket)
  await expect(page.getByTestId('call-unit')).toContainText('Pekerjaan Umum')
  const advice = page.getByTestId('call-advice')
  await expect(advice).toContainText('112')
  await expect(advice).toContainText(second)
  await expect(page.getByTestId(`board-${second}`)).toContainText('Bukan darurat')
  // Emergencies are listed first.
  await expect(page.getByTestId('emergency-board').locator('tbody tr').first()).toContainText('Darurat')
  await screenshot(page, 'staff-112-non-emergency')

  // The line's figures, folded until opened: this month, at least one non-emergency.
  const figuresButton = page.getByRole('button', { name: 'Angka layanan 112' })
  await expect(figuresButton).toHaveAttribute('aria-expanded', 'false')
  await figuresButton.click()
  await expect(figuresButton).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByTestId('figure-non-emergency')).not.toHaveText('0')
  await expect(page.getByTestId('figure-emergency')).not.toHaveText('0')
  await expect(page.getByTestId('figure-share')).toHaveText(/^\d+(,\d)?\s?%$/)
  const byCategory = page.getByTestId('figures-by-category')
  await expect(byCategory.getByRole('row', { name: /Jalan Rusak/ })).toContainText('Tidak')
  await expect(byCategory.getByRole('row', { name: /Kebakaran/ })).toContainText('Ya')
  await expectAccessible(page, 'the 112 page with its figures')
  await screenshot(page, 'staff-112-figures')

  // The ticket opens the staff complaint page.
  await page.getByRole('link', { name: ticket }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: `Aduan ${ticket}` })).toBeVisible()
})

test('the 112 link is only for operators and the super admin', async ({ page }) => {
  await login(page, 'dinsos.petugas')
  await expect(page.getByRole('link', { name: 'Panggilan 112' })).toHaveCount(0)
})

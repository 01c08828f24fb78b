// The breach register (UU 27/2022 Pasal 46) on the privacy officer's page: an incident over
// today's complaints of one unit is recorded with its three texts, the page says whom it reached
// and by when they must be told, and the notices go once, after a confirmation. The demo server
// has no e-mail or SMS configured, so everyone is told by letter and no notice is queued: the
// test checks the page says what the server answered.
import { expect, expectAccessible, fileComplaint, login, screenshot, test } from './fixtures'
import type { Breach } from '../src/api/types'
import { readFile } from 'node:fs/promises'

test('the privacy officer records a breach over today\'s complaints of a unit and sends its notices', async ({ page, request }) => {
  const digits = String(Date.now()).slice(-7)
  for (const [i, name] of ['Warsini', 'Dedi'].entries()) {
    await fileComplaint(request, {
      category: 'sosial.bansos',
      title: `Bantuan sosial tidak cair ${i + 1}`,
      description: 'Bantuan sosial bulan ini belum cair padahal nama saya ada di daftar.',
      reporter: { name, phone: `0813-${i}${digits.slice(0, 3)}-${digits.slice(3)}` },
    })
  }

  await login(page, 'privasi')
  await expect(page).toHaveURL((url) => url.pathname === '/petugas/privasi')
  const form = page.getByTestId('breach-form')
  await expect(form.getByRole('heading', { name: 'Catat insiden kebocoran data' })).toBeVisible()
  // Discovered now and the scope today, unless the officer says otherwise.
  await expect(form.getByLabel('Diketahui pada')).not.toHaveValue('')
  await expect(form.getByLabel('Aduan yang diterima dari')).not.toHaveValue('')
  await form.getByLabel('Unit (opsional)').selectOption('dinsos')

  // A missing text is refused at its field, and focus goes there.
  await form.getByLabel('Kapan dan bagaimana terungkap').fill('Berkas ekspor aduan terkirim ke grup WhatsApp yang salah pada pukul 09.00.')
  await form.getByLabel('Upaya penanganan dan pemulihan').fill('Pesan ditarik, anggota grup diminta menghapus berkas, akses ekspor dibatasi.')
  await form.getByRole('button', { name: 'Catat insiden' }).click()
  const exposed = form.getByLabel('Data pribadi yang terungkap')
  await expect(page.locator('#data_exposed-error')).toContainText('Tuliskan data pribadi yang terungkap')
  await expect(exposed).toHaveAttribute('aria-invalid', 'true')
  await expect(exposed).toBeFocused()
  await expectAccessible(page, 'a refused breach')

  // Recorded: the counts and the deadline in words, as the server answered them.
  await exposed.fill('Nama dan nomor telepon pelapor aduan bantuan sosial.')
  const recording = page.waitForResponse((r) => r.url().endsWith('/api/v1/privacy/breaches') && r.request().method() === 'POST')
  await form.getByRole('button', { name: 'Catat insiden' }).click()
  const answer = await recording
  expect(answer.status()).toBe(201)
  const breach = (await answer.json()) as Breach
  expect(breach.unit).toBe('dinsos')
  expect(breach.complaints).toBeGreaterThanOrEqual(2)
  expect(breach.people).toBeGreaterThanOrEqual(2)
  const result = page.getByTestId('breach-result')
  await expect(result.getByRole('heading', { name: 'Insiden dicatat' })).toBeFocused()
  await expect(result.getByTestId('breach-counts')).toHaveText(`Insiden ini mengenai ${breach.complaints} aduan dari ${breach.people} orang.`)
  await expect(result.getByTestId('breach-unreachable')).toContainText(
    breach.unreachable ? `${breach.unreachable} orang` : 'Semua orang dapat diberi tahu',
  )
  await expect(result.getByTestId('breach-deadline')).toContainText('Batas pemberitahuan:')
  await expect(result.getByTestId('breach-deadline')).not.toContainText('terlambat')
  await screenshot(page, 'staff-breach-recorded')

  // The register: the incident first, not yet notified; sending asks first, and says to how many.
  const row = page.locator(`[data-testid="breach-register"] tbody tr[data-id="${breach.id}"]`)
  await expect(page.locator('[data-testid="breach-register"] tbody tr').first()).toHaveAttribute('data-id', String(breach.id))
  await expect(row).toHaveAttribute('data-state', 'open')
  await expect(row.getByTestId('counts')).toContainText(`${breach.complaints} aduan, ${breach.people} orang`)
  await row.getByRole('button', { name: 'Kirim pemberitahuan' }).click()
  const confirm = page.getByTestId('breach-confirm')
  await expect(confirm.getByRole('heading', { name: 'Kirim pemberitahuan insiden ini?' })).toBeFocused()
  await expect(confirm).toContainText(`${breach.people - breach.unreachable} orang akan menerima pemberitahuan lewat e-mail atau SMS`)
  await expect(confirm).toContainText('tidak dapat dibatalkan')
  await expectAccessible(page, 'the breach notice confirmation')

  const notifying = page.waitForResponse((r) => r.url().endsWith(`/api/v1/privacy/breaches/${breach.id}/notify`))
  await confirm.getByRole('button', { name: 'Ya, kirim pemberitahuan' }).click()
  const sentAnswer = await notifying
  expect(sentAnswer.status()).toBe(200)
  const sent = (await sentAnswer.json()) as Breach
  expect(sent.notified_at).toBeTruthy()
  await expect(confirm).toHaveCount(0)
  await expect(row).toHaveAttribute('data-state', 'sentOnTime')
  await expect(row.getByTestId('notified')).toContainText(`${sent.notices} pemberitahuan`)
  await expect(row.getByTestId('notified')).toContainText('Dikirim')
  await expect(row.getByRole('button', { name: 'Kirim pemberitahuan' })).toHaveCount(0)
  await expect(page.locator(`#breach-sent-${breach.id}`)).toBeFocused()

  // Its letters: one PDF, to the institution and to each person.
  const lettersLink = row.getByRole('link', { name: 'Unduh surat (PDF)' })
  await expect(lettersLink).toHaveAttribute('href', `/api/v1/privacy/breaches/${breach.id}/letters.pdf`)
  const lettersDownload = page.waitForEvent('download')
  await lettersLink.click()
  const letters = await lettersDownload
  expect(letters.suggestedFilename()).toBe(`surat-insiden-${breach.id}.pdf`)
  expect((await readFile(await letters.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  const lettersAnswer = await page.request.get(`/api/v1/privacy/breaches/${breach.id}/letters.pdf`)
  expect(lettersAnswer.status()).toBe(200)
  expect(lettersAnswer.headers()['content-type']).toBe('application/pdf')

  // Loaded again, the register says the same.
  await page.reload()
  await expect(row).toHaveAttribute('data-state', 'sentOnTime')
  await expect(row.getByTestId('notified')).toContainText(`${sent.notices} pemberitahuan`)
  await expectAccessible(page, 'the privacy desk with the breach register')
  await screenshot(page, 'staff-breach-register')
})

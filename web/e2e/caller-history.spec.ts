// Operator intake: typing a caller's number shows that number's earlier complaints.
import { expect, expectAccessible, fileComplaint, login, screenshot, test } from './fixtures'

test('an operator typing a known number sees the caller history', async ({ page, request }) => {
  // The caller reported on the web before, writing the number one way...
  const earlier = await fileComplaint(request, {
    category: 'sosial.bansos',
    title: 'BPNT bulan lalu belum cair',
    description: 'Bantuan pangan non tunai bulan lalu belum masuk ke kartu KKS saya.',
    reporter: { name: 'Warsini', phone: '0857-3311-2468' },
  })

  await login(page, 'dinsos.operator')
  await page.getByRole('link', { name: 'Catat aduan' }).click()
  const panel = page.getByTestId('caller-history')
  await expect(panel.getByRole('heading', { name: 'Riwayat penelepon' })).toBeVisible()
  const status = page.getByTestId('caller-history-status')
  await expect(status).toHaveAttribute('aria-live', 'polite')

  // ...and the operator types it another way while the caller talks.
  await page.getByLabel('Nomor penelepon').fill('+62 857 3311 2468')
  await expect(status).toHaveText(/Nomor \+6285733112468: 1 pengaduan, 1 belum selesai\./)
  const row = page.getByTestId(`caller-history-${earlier.ticket}`)
  await expect(row).toContainText('BPNT bulan lalu belum cair')
  await expect(row).toContainText('Diterima') // the status as a word, not a colour
  await expect(row).toContainText('Belum selesai')
  await expect(row).toContainText('di Dinas Sosial')
  await expectAccessible(page, 'the intake form with a caller history')
  await screenshot(page, 'staff-caller-history')

  // The ticket opens the staff complaint page.
  await row.getByRole('link', { name: earlier.ticket }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Aduan ${earlier.ticket}` })).toBeVisible()
  await expect(page.getByTestId('reporter')).toContainText('+6285733112468')
  // The link to dial comes from the server, beside the number.
  await expect(page.getByTestId('reporter').getByRole('link', { name: '+6285733112468' })).toHaveAttribute('href', 'tel:+6285733112468')

  // A number with no complaints says so; leaving the field looks it up at once.
  await page.goBack()
  await page.getByLabel('Nomor penelepon').fill('0857-0000-1357')
  await page.getByLabel('Nomor penelepon').blur()
  await expect(status).toHaveText('Belum ada pengaduan dari nomor ini.')
  await expect(page.getByTestId('caller-history-list')).toHaveCount(0)
})

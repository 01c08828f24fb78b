// Blurred regions in the public copy of a photo: the server finds the face in a citizen's photo
// at upload, the officer sees it as a labelled box over the photo, removes it, draws another
// with the mouse, saves, and after a reload the server gives back exactly the saved regions; the
// public's answers carry neither the regions nor the staff's preview address.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, expectAccessible, login, screenshot, staffSession, test, type Receipt } from './fixtures'

// 512 x 512, one face at about (177, 67)-(270, 160) (tests/fixtures/faces/README.md).
const PHOTO = readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/faces/astronaut.jpg'))

interface BlurRegion {
  x: number
  y: number
  width: number
  height: number
  kind: string
}
interface StaffPhoto {
  id: string
  width: number
  height: number
  blur_regions: BlurRegion[]
  public_url: string
}

test('an officer checks the blurred regions of a photo, removes one, draws one, and the saved ones come back', async ({ page, request }) => {
  const filed = await request.post('/api/v1/complaints', {
    multipart: {
      complaint: JSON.stringify({
        kind: 'pengaduan',
        category: 'sosial.bansos',
        description: 'Penyaluran bantuan sosial di balai desa ricuh, foto terlampir.',
      }),
      photo: { name: 'foto.jpg', mimeType: 'image/jpeg', buffer: PHOTO },
    },
  })
  expect(filed.status(), await filed.text()).toBe(201)
  const { ticket } = (await filed.json()) as Receipt

  // Found at upload: the face, and nothing else.
  const { staff, csrf } = await staffSession('dinsos.petugas')
  let photo: StaffPhoto
  try {
    const detail = await staff.get(`/api/v1/staff/complaints/${ticket}`)
    expect(detail.status()).toBe(200)
    photo = ((await detail.json()) as { photos: StaffPhoto[] }).photos[0]!
    expect(photo.public_url).toContain(photo.id)
    expect(photo.blur_regions.map((r) => r.kind)).toEqual(['face'])
    // The server is the authority on the limits: a region under 4x4 px is refused at photo_blurs.
    const tiny = await staff.put(`/api/v1/staff/complaints/${ticket}/publication`, {
      headers: { 'X-CSRF-Token': csrf },
      data: { hidden_phrases: [], published_photos: [], photo_blurs: { [photo.id]: [{ x: 0, y: 0, width: 3, height: 3 }] } },
    })
    expect(tiny.status()).toBe(422)
    expect(((await tiny.json()) as { error: { field: string } }).error.field).toMatch(/^photo_blurs/)
  } finally {
    await staff.dispose()
  }

  await login(page, 'dinsos.petugas')
  await page.goto(`/petugas/aduan/${ticket}`)
  const panel = page.getByTestId('publication')
  const photos = panel.getByTestId('publication-photos')
  await expect(panel.getByText('deteksi bisa terlewat atau berlebih')).toBeVisible()
  const boxes = photos.getByTestId('blur-box')
  await expect(boxes).toHaveCount(1)
  await expect(boxes.first()).toContainText('Wajah 1')
  await expect(photos.getByRole('link', { name: /Lihat salinan publik/ })).toHaveAttribute('href', photo.public_url)
  await photos.scrollIntoViewIfNeeded()
  await expectAccessible(page, 'the publication panel with a blurred face')
  await screenshot(page, 'staff-photo-blur', false)

  // A false detection: remove it with its button; the focus stays in the photo's controls.
  await photos.getByRole('button', { name: 'Samarkan wajah 1, hapus' }).click()
  await expect(boxes).toHaveCount(0)
  await expect(photos.getByTestId('blur-count')).toHaveText('Tidak ada area yang disamarkan.')
  await expect(page.getByTestId('publication-unsaved')).toBeVisible()

  // A missed one: draw it by dragging across the photo's lower right quarter.
  const add = photos.getByRole('button', { name: 'Tambah area samaran' })
  await add.click()
  await expect(add).toHaveAttribute('aria-pressed', 'true')
  const img = photos.locator('.blur-photo img').first()
  const box = (await img.boundingBox())!
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.7, { steps: 4 })
  // Past the photo's corner: the region stops at the edge.
  await page.mouse.move(box.x + box.width + 40, box.y + box.height + 40, { steps: 4 })
  await page.mouse.up()
  await expect(boxes).toHaveCount(1)
  await expect(photos.getByRole('button', { name: 'Samarkan manual 1, hapus' })).toBeVisible()
  await expectAccessible(page, 'the publication panel while drawing')

  const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith(`/${ticket}/publication`))
  await panel.getByRole('button', { name: 'Simpan tampilan publik' }).click()
  const sent = (await saved).request().postDataJSON() as { photo_blurs: Record<string, BlurRegion[]> }
  const drawn = sent.photo_blurs[photo.id]!
  expect(drawn).toHaveLength(1)
  expect(drawn[0]!.kind).toBe('manual')
  // From the middle (a pixel either way for the mouse's rounding) to the photo's corner.
  expect(Math.abs(drawn[0]!.x - photo.width / 2)).toBeLessThanOrEqual(2)
  expect(Math.abs(drawn[0]!.y - photo.height / 2)).toBeLessThanOrEqual(2)
  expect(drawn[0]!.x + drawn[0]!.width).toBe(photo.width)
  expect(drawn[0]!.y + drawn[0]!.height).toBe(photo.height)
  await expect(page.getByTestId('publication-notice')).toHaveText('Tampilan publik disimpan.')
  await expect(page.getByTestId('publication-unsaved')).toHaveCount(0)

  // After a reload the server gives back what was saved: the drawn region only.
  await page.reload()
  await expect(boxes).toHaveCount(1)
  await expect(photos.getByRole('button', { name: 'Samarkan manual 1, hapus' })).toBeVisible()
  await expect(photos.getByRole('button', { name: /wajah/ })).toHaveCount(0)
  await expect(page.getByTestId('publication-unsaved')).toHaveCount(0)
  const staffView = await page.request.get(`/api/v1/staff/complaints/${ticket}`)
  const again = ((await staffView.json()) as { photos: StaffPhoto[] }).photos[0]!
  expect(again.blur_regions).toEqual(drawn)

  // The blurred copy is there for the preview.
  const preview = await page.request.get(again.public_url)
  expect(preview.status()).toBe(200)
  expect(preview.headers()['content-type']).toMatch(/^image\//)

  // Published, the public's answer has the photo but neither its regions nor the preview address.
  const { staff: officer, csrf: token } = await staffSession('dinsos.petugas')
  try {
    const verified = await officer.post(`/api/v1/staff/complaints/${ticket}/actions`, {
      data: { action: 'verify' },
      headers: { 'X-CSRF-Token': token },
    })
    expect(verified.status(), await verified.text()).toBe(200)
    const shown = await officer.put(`/api/v1/staff/complaints/${ticket}/publication`, {
      headers: { 'X-CSRF-Token': token },
      data: { hidden_phrases: [], published_photos: [photo.id] },
    })
    expect(shown.status(), await shown.text()).toBe(200)
    // A photo left out of photo_blurs keeps its regions.
    expect(((await shown.json()) as { photos: StaffPhoto[] }).photos[0]!.blur_regions).toEqual(drawn)
  } finally {
    await officer.dispose()
  }
  const open = await request.get(`/api/v1/complaints/${ticket}`)
  expect(open.status()).toBe(200)
  const published = ((await open.json()) as { photos: Record<string, unknown>[] }).photos
  expect(published).toHaveLength(1)
  expect(published[0]).not.toHaveProperty('blur_regions')
  expect(published[0]).not.toHaveProperty('public_url')
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true })

  test('an officer marks a missed area with a tap or a finger drag', async ({ page, request }) => {
    const filed = await request.post('/api/v1/complaints', {
      multipart: {
        complaint: JSON.stringify({ kind: 'pengaduan', category: 'sosial.bansos', description: 'Foto penyaluran bantuan di balai desa.' }),
        photo: { name: 'foto.jpg', mimeType: 'image/jpeg', buffer: PHOTO },
      },
    })
    expect(filed.status(), await filed.text()).toBe(201)
    const { ticket } = (await filed.json()) as Receipt
    await login(page, 'dinsos.petugas')
    await page.goto(`/petugas/aduan/${ticket}`)
    const photos = page.getByTestId('publication').getByTestId('publication-photos')
    const boxes = photos.getByTestId('blur-box')
    await expect(boxes).toHaveCount(1) // the face found at upload

    await photos.getByRole('button', { name: 'Tambah area samaran' }).tap()
    const surface = photos.locator('.blur-photo').first()
    await surface.scrollIntoViewIfNeeded()
    const box = (await surface.boundingBox())!
    // A tap: a square around the point.
    await page.touchscreen.tap(box.x + box.width * 0.8, box.y + box.height * 0.8)
    await expect(boxes).toHaveCount(2)
    await expect(photos.getByRole('button', { name: 'Samarkan manual 1, hapus' })).toBeVisible()
    // A finger drag (Playwright's touchscreen only taps: the browser's own touch input instead).
    const cdp = await page.context().newCDPSession(page)
    const at = (fx: number, fy: number) => [{ x: box.x + box.width * fx, y: box.y + box.height * fy }]
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0.1, 0.6) })
    for (const f of [0.15, 0.2, 0.25]) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(f, f + 0.5) })
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(0.35, 0.85) })
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    await cdp.detach()
    await expect(boxes).toHaveCount(3)
    await expect(photos.getByRole('button', { name: 'Samarkan manual 2, hapus' })).toBeVisible()
    // Dragged, not tapped: as wide as the finger went (a quarter of the photo), not a fifth-side square.
    const dragged = (await boxes.nth(2).boundingBox())!
    expect(Math.abs(dragged.width - box.width * 0.25)).toBeLessThan(4)
    expect(Math.abs(dragged.height - box.height * 0.25)).toBeLessThan(4)
    await expect(page.getByTestId('publication-unsaved')).toBeVisible()
    await expectAccessible(page, 'the publication panel on a phone')
  })
})

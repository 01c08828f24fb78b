// Reference lists (categories, units) change rarely: fetched once per page load and shared.
import { api } from './client'
import type { Category, Unit } from './types'

const cache = new Map<string, Promise<unknown>>()

function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let pending = cache.get(key) as Promise<T> | undefined
  if (!pending) {
    pending = load()
    // A failed load is not cached, so "try again" really tries again.
    pending.catch(() => cache.delete(key))
    cache.set(key, pending)
  }
  return pending
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'id')

export const categories = () => once<Category[]>('categories', api.categories)

export const kecamatanList = () =>
  once<Unit[]>('kecamatan', async () => (await api.units('kecamatan')).sort(byName))

// Desa and kelurahan together: both are the village level under a kecamatan.
export const villageList = () =>
  once<Unit[]>('villages', async () => {
    const [desa, kelurahan] = await Promise.all([api.units('desa'), api.units('kelurahan')])
    return desa.concat(kelurahan).sort(byName)
  })

export const allUnits = () => once<Unit[]>('units', () => api.units())

// Kecamatan and village names by code, for showing a complaint's place.
export const areaNames = () =>
  once<Map<string, string>>('area-names', async () => {
    const [kecamatan, villages] = await Promise.all([kecamatanList(), villageList()])
    return new Map(kecamatan.concat(villages).map((u) => [u.code, u.name]))
  })

// The names of the kecamatan and villages by code, for describing a complaint's place. Empty
// until they arrive (and if they never do: the place is then described without them).
import { ref } from 'vue'
import { areaNames } from '../api/reference'

export function useAreaNames() {
  const names = ref<ReadonlyMap<string, string>>(new Map())
  areaNames().then((m) => (names.value = m), () => undefined)
  return names
}

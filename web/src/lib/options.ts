// Options for the searchable selects: categories in tree order with plain-language hints,
// and a forgiving matcher (every typed word must appear somewhere in the option).
import type { Category } from '../api/types'

export interface Option {
  value: string
  label: string
  prefix?: string // the parent's name for a child category
  hint?: string
  badge?: string
}

export function categoryOptions(
  categories: Category[],
  hintFor: (code: string) => string | undefined,
  emergencyBadge: string,
): Option[] {
  const byName = (a: Category, b: Category) => a.name.localeCompare(b.name, 'id')
  const parents = categories.filter((c) => !c.parent).sort(byName)
  const known = new Set(parents.map((c) => c.code))
  const orphans = categories.filter((c) => c.parent && !known.has(c.parent))
  const nameOf = new Map(categories.map((c) => [c.code, c.name]))
  const option = (c: Category): Option => {
    const o: Option = { value: c.code, label: c.name }
    const hint = hintFor(c.code)
    if (hint) o.hint = hint
    if (c.parent) o.prefix = nameOf.get(c.parent) ?? c.parent
    if (c.emergency) o.badge = emergencyBadge
    return o
  }
  const out: Option[] = []
  for (const parent of parents) {
    out.push(option(parent))
    for (const child of categories.filter((c) => c.parent === parent.code).sort(byName)) {
      out.push(option(child))
    }
  }
  return out.concat(orphans.sort(byName).map(option))
}

// The i18n key of a category's plain-language hint.
export function hintKey(code: string): string {
  return `categoryHints.${code.replace(/\./g, '__')}`
}

export function normalize(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

export function matchOptions(options: Option[], query: string): Option[] {
  const words = normalize(query).split(/[\s._-]+/).filter(Boolean)
  if (!words.length) return options
  return options.filter((o) => {
    const haystack = normalize([o.label, o.prefix, o.hint, o.value].filter(Boolean).join(' '))
    return words.every((w) => haystack.includes(w))
  })
}

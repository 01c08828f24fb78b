// Options for the searchable selects: categories in tree order with plain-language hints,
// and a forgiving matcher (every typed word must appear somewhere in the option) that ranks what
// the person most likely meant first, so Enter on a typed word picks it.
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
  // A parent with children is only their heading (its name is each child's prefix): picked, it
  // would send a street light to the parent's unit instead of the child's.
  const out: Option[] = []
  for (const parent of parents) {
    const children = categories.filter((c) => c.parent === parent.code).sort(byName)
    if (!children.length) out.push(option(parent))
    for (const child of children) out.push(option(child))
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

const wordsOf = (text: string) => normalize(text).split(/[\s._\-/,:()]+/).filter(Boolean)

// How well one typed word fits an option: in the option's own name beats its parent's name or
// hint, and the start of a word beats the middle of one. 0: not there at all.
function wordScore(word: string, o: Option): number {
  const label = wordsOf(o.label)
  if (label.some((w) => w === word)) return 6
  if (label.some((w) => w.startsWith(word))) return 5
  if (normalize(o.label).includes(word)) return 4
  const other = [o.prefix, o.hint].filter(Boolean).join(' ')
  if (wordsOf(other).some((w) => w.startsWith(word))) return 2
  if (normalize(other).includes(word)) return 1
  return normalize(o.value).includes(word) ? 1 : 0
}

// The options holding every typed word, best first (ties keep the list's order); a name that
// begins with what was typed comes before one that only contains it.
export function rankOptions(options: Option[], query: string): Option[] {
  const words = wordsOf(query)
  if (!words.length) return options
  const phrase = words.join(' ')
  const scored: { o: Option; score: number; index: number }[] = []
  options.forEach((o, index) => {
    let score = 0
    for (const w of words) {
      const s = wordScore(w, o)
      if (!s) return
      score += s
    }
    if (wordsOf(o.label).join(' ').startsWith(phrase)) score += 3
    scored.push({ o, score, index })
  })
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map((s) => s.o)
}

import { Document } from 'flexsearch'
import { documentOptions, entryId, SECTION_SLOTS, SEARCH_FIELDS, type SearchEntry, words } from '../shared/options'
import { stem } from '../shared/stem'
import type { WholeWords } from './pack'
import type { SearchRecord } from './search-files'
import { htmlToSections, type Section } from './sections'

/**
 * One FlexSearch entry per section, and, per field, which entries hold each whole word or stem. `sectionsOf`
 * splits a post's HTML (a build passes one that reuses an earlier build's work: section-cache.ts).
 */
export function indexSections(posts: readonly SearchRecord[], sectionsOf: (html: string) => Section[] = htmlToSections): { index: Document<SearchEntry>; sections: Section[][]; wholeWords: WholeWords } {
  const index = new Document<SearchEntry>(documentOptions())
  const byField = new Map(SEARCH_FIELDS.map((field) => [field, new Map<string, number[]>()]))
  const sections = posts.map((post, n) => {
    const parts = limitSections(sectionsOf(post.html))
    parts.forEach((section, s) => {
      const first = s === 0
      const entry: SearchEntry = {
        id: entryId(n, s),
        title: first ? post.title : '',
        heading: section.title,
        tags: first ? post.tags.join(' ') : '',
        author: first ? post.authors.join(' ') : '',
        body: section.text,
      }
      index.add(entry)
      for (const field of SEARCH_FIELDS) {
        const byWord = byField.get(field)
        if (!byWord) continue
        for (const word of words(entry[field])) if (noteWord(byWord, word, entry.id)) noteWord(byWord, stem(word), entry.id)
      }
    })
    return parts
  })
  return { index, sections, wholeWords: (field, term) => byField.get(field)?.get(term) }
}

/** Adds `id` to the word's list once (entries arrive in id order); false when it was there already. */
function noteWord(byWord: Map<string, number[]>, word: string, id: number): boolean {
  const ids = byWord.get(word)
  if (!ids) byWord.set(word, [id])
  else if (ids[ids.length - 1] !== id) ids.push(id)
  else return false
  return true
}

/** Ids leave room for SECTION_SLOTS sections; later ones are folded into the last so no text is lost. */
function limitSections(sections: Section[]): Section[] {
  if (sections.length <= SECTION_SLOTS) return sections
  const kept = sections.slice(0, SECTION_SLOTS - 1)
  const rest = sections.slice(SECTION_SLOTS - 1)
  const first = rest[0] ?? { id: '', title: '', text: '' }
  return [...kept, { ...first, text: rest.map((section) => `${section.title} ${section.text}`.trim()).join(' ') }]
}

import type { Result, ResultSection } from '../shared/protocol'

/** A result links to at most this many of its matching sections, best first; only theirs are the snippets the page asks for. */
export const SECTIONS_SHOWN = 3

export const shownSections = (result: Result): ResultSection[] => result.sections.slice(0, SECTIONS_SHOWN)

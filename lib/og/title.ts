import { ContentError } from '../content/error'

/** Characters of a title the share card draws; longer titles are clipped with an ellipsis (no failure). */
export const CARD_TITLE_CHARS = 140
/**
 * A title longer than this is refused by name: it is no title, and every page, feed and index that lists
 * the post would carry it (a 1 MB title ran the share-image step out of memory).
 */
export const MAX_TITLE_CHARS = 1000

/** Text the card can draw, and the characters left out that a reader would miss (emoji are expected). */
export type Drawable = { text: string; dropped: string[] }

/**
 * Text as the share card draws it: emoji, controls, non-characters and other characters the card's font
 * lacks left out (the renderer would fetch a font or an emoji image from the network for them), spaces
 * folded.
 */
export function drawable(value: string, hasGlyph: (codePoint: number) => boolean): Drawable {
  const dropped = new Set<string>()
  const kept = [...value].map((character) => {
    if (/\s/u.test(character)) return ' '
    // Emoji, and the joiners and variation selectors that belong to them, were never drawn: no mention.
    if (/\p{Extended_Pictographic}|[\u200d\ufe0e\ufe0f]/u.test(character)) return ''
    if (/\p{Cc}|\p{Cf}|\p{Cn}|\p{Co}|\p{Cs}/u.test(character) || !hasGlyph(character.codePointAt(0) ?? 0)) {
      dropped.add(character)
      return ''
    }
    return character
  })
  return { text: kept.join('').replace(/ {2,}/g, ' ').trim(), dropped: [...dropped] }
}

/** The title as the card draws it, clipped to CARD_TITLE_CHARS; past MAX_TITLE_CHARS the post is refused. */
export function cardTitle(title: string, file: string, hasGlyph: (codePoint: number) => boolean): Drawable {
  const length = [...title].length
  if (length > MAX_TITLE_CHARS) {
    throw new ContentError(file, 'title', `${length} characters, more than ${MAX_TITLE_CHARS} (limit MAX_TITLE_CHARS)`, 'shorten the title; put the rest in the description or the post')
  }
  const { text, dropped } = drawable(title, hasGlyph)
  const characters = [...text]
  const clipped = characters.length > CARD_TITLE_CHARS ? `${characters.slice(0, CARD_TITLE_CHARS - 1).join('').trimEnd()}…` : text
  return { text: clipped, dropped }
}

/** Cuts `text` to at most `max` characters at a word boundary, marking the cut with an ellipsis. */
export function truncateText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max - 1)
  // When a space follows the cut, its last word is whole: keep it rather than step back a word.
  const lastSpace = clean.charAt(max - 1) === ' ' ? cut.length : cut.lastIndexOf(' ')
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.!?-]+$/, '')}…`
}

/** "1 post", "2 posts". */
export function postCount(count: number): string {
  return `${count} ${count === 1 ? 'post' : 'posts'}`
}

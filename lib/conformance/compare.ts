/**
 * One post as Jekyll published it and as Pressroom publishes it, compared the way a reader would:
 * the same URL, the same title, and the same words in the same order (markup, whitespace, quote style
 * and punctuation aside, and word breaks that only a tag makes).
 */
export type PublishedPost = { path: string; url: string; title: string; text: string }

export type PostVerdict = { path: string; ok: boolean; problems: string[] }

export function comparePosts(jekyll: readonly PublishedPost[], pressroom: readonly PublishedPost[]): PostVerdict[] {
  const ours = new Map(pressroom.map((p) => [p.path, p]))
  const verdicts: PostVerdict[] = jekyll.map((theirs) => {
    const mine = ours.get(theirs.path)
    if (!mine) return { path: theirs.path, ok: false, problems: ['not published by Pressroom'] }
    const problems: string[] = []
    if (mine.url !== theirs.url) problems.push(`URL ${mine.url}, Jekyll ${theirs.url}`)
    if (normalise(mine.title) !== normalise(theirs.title)) problems.push(`title ${JSON.stringify(mine.title)}, Jekyll ${JSON.stringify(theirs.title)}`)
    const a = words(theirs.text)
    const b = words(mine.text)
    // Jekyll's strip_html joins text across tags (`claim<sup>1</sup>` is "claim1"), so word breaks that only
    // markup makes are not differences: the same letters and digits in the same order are the same text.
    if (a.join('') !== b.join('')) problems.push(`text differs at word ${firstDifference(a, b)}: Jekyll "${context(a, firstDifference(a, b))}", Pressroom "${context(b, firstDifference(a, b))}"`)
    return { path: theirs.path, ok: problems.length === 0, problems }
  })
  const published = new Set(jekyll.map((p) => p.path))
  for (const mine of pressroom) {
    if (!published.has(mine.path)) verdicts.push({ path: mine.path, ok: false, problems: ['published by Pressroom, not by Jekyll'] })
  }
  return verdicts
}

/**
 * HTML to the text a reader sees: tags dropped, entities decoded. A code block's bar (its language label
 * and Copy button) is the page's chrome, not the post's text, so it is left out as Jekyll has none; so is
 * the notice standing for an include or plugin tag nobody can render, which the oracle renders as nothing.
 */
export function htmlText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<div class="code-block__bar">[\s\S]*?<\/div>/g, ' ')
      .replace(/<span class="legacy-embed"[^>]*>[\s\S]*?<\/span>/g, ' ')
      // Text only screen readers get (the footnotes' "Footnotes" label) is not on the page Jekyll made.
      .replace(/<(\w+) class="sr-only"[^>]*>[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' '),
  )
}

export function words(text: string): string[] {
  return normalise(text).split(' ').filter(Boolean)
}

function normalise(text: string): string {
  return decodeEntities(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”' }
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16))
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)))
    return named[code.toLowerCase()] ?? whole
  })
}

function firstDifference(a: string[], b: string[]): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

function context(list: string[], at: number): string {
  return list.slice(Math.max(0, at - 3), at + 5).join(' ')
}

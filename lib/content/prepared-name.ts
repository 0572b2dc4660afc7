// Prepared files (lib/content/prepare.ts's preparedPath) are what Contentlayer sees; people see their own files.

/**
 * The content file a prepared file came from, for messages (the inverse of preparedPath): a warning about
 * `posts/x.markdown.md` would name a file no one can open.
 */
export function sourceOfPrepared(prepared: string): string {
  const file = prepared.replace(/^posts\/_drafts\//, 'drafts/')
  const rest = file.slice(0, -'.md'.length)
  // `.md` was added only to a name with another extension (`.markdown`, `.MD`, `.html`…), never to `.md`.
  return file.endsWith('.md') && /\.(markdown|mkdown|mkdn|mkd|md|html?|textile)$/i.test(rest) && !rest.endsWith('.md') ? rest : file
}

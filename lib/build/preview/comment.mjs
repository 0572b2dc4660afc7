// @ts-check
/**
 * The pull request comment for a GitHub Pages preview: its URL, then the changed posts with direct links.
 * `changes` is the preview build's .pressroom/changes.json, which the pull request's own run produced, so
 * every value is checked or escaped here: titles cannot add links, mentions or HTML, and a URL must be a
 * plain site path.
 */
export const COMMENT_MARKER = '<!-- pressroom-preview -->'
// GitHub takes comments up to 65,536 characters: 30 entries a list, 200 characters a title, stays well under.
const MAX_LISTED = 30

/** @param {unknown} value */
function plain(value) {
  const text = typeof value === 'string' ? value : ''
  // Markdown and HTML punctuation escaped; @ broken so a title cannot ping anyone.
  return text.replace(/[\r\n]+/g, ' ').slice(0, 200).replace(/[\\`*_{}[\]()<>#+|!~&"]/g, (c) => `\\${c}`).replace(/@/g, '@\u200b')
}

/** @param {unknown} value @returns {string | undefined} */
function sitePath(value) {
  return typeof value === 'string' && /^\/(?:[A-Za-z0-9._~%!$'()*+,;=:@-]+\/)*$/.test(value) && !value.includes('//') ? value : undefined
}

/** @param {unknown} value @returns {value is Record<string, unknown>} */
function isRecord(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * @param {{ previewUrl: string, sha: string, changes: unknown }} input  previewUrl without trailing slash
 * @returns {string}
 */
export function commentBody({ previewUrl, sha, changes }) {
  const lines = [COMMENT_MARKER, `**Preview:** ${previewUrl}/`, '']
  if (!isRecord(changes) || changes.status !== 'compared') {
    const reason = isRecord(changes) && changes.status === 'unavailable' ? plain(changes.reason) : 'the build did not report them'
    lines.push(`Changed posts unknown: ${reason}.`)
  } else {
    /** @param {unknown} list */
    const items = (list) => (Array.isArray(list) ? list.filter(isRecord) : [])
    /** @param {unknown} post */
    const link = (post, anchor = '') => {
      if (!isRecord(post)) return 'a post'
      const path = sitePath(post.url)
      return path ? `[${plain(post.title)}](${previewUrl}${path}${anchor})` : plain(post.title)
    }
    const added = items(changes.added)
    const changed = items(changes.changed)
    const removed = items(changes.removed)
    lines.push(`**${added.length} added, ${changed.length} changed, ${removed.length} removed** · [Changes in this preview](${previewUrl}/changes/)`, '')
    /** @param {string} title @param {string[]} entries */
    const section = (title, entries) => {
      if (entries.length === 0) return
      lines.push(`${title}:`, ...entries.slice(0, MAX_LISTED).map((entry) => `- ${entry}`))
      if (entries.length > MAX_LISTED) lines.push(`- … and ${entries.length - MAX_LISTED} more on the changes page`)
      lines.push('')
    }
    section('Added', added.map((post) => link(post)))
    section('Changed', changed.map((change) => link(change.after, '#changes')))
    section(
      'Removed',
      removed.map((entry) => {
        const post = isRecord(entry.post) ? entry.post : {}
        const path = sitePath(post.url)
        return `${plain(post.title)}${path ? ` (was \`${path}\`)` : ''}`
      }),
    )
  }
  lines.push(`Built from ${/^[0-9a-f]{40}$/.test(sha) ? sha : 'an unknown commit'}. Drafts are shown; search engines are kept out. It updates on every push and is removed when the pull request closes.`)
  return lines.join('\n')
}

// Whether a document's Liquid reads only what the Markdown cache's key holds: its own source (`page.*` is its
// front matter and path) and the site's settings (`site.title`, `site.baseurl`: the rendering options). Liquid
// that reads other posts (`site.posts`, `post_url`, `link`), files (includes, `site.data`) or the clock
// (`site.time`, the date filter's "now") makes the document's HTML depend on more, and it is rendered every build.

/** Tags whose output depends on their own arguments and body only. */
const SELF_CONTAINED_TAGS = new Set([
  'raw', 'endraw', 'highlight', 'endhighlight', 'assign', 'capture', 'endcapture', 'if', 'elsif', 'else', 'endif', 'unless', 'endunless',
  'case', 'when', 'endcase', 'comment', 'endcomment', 'for', 'endfor', 'break', 'continue', 'figure', 'gist', 'youtube', 'vimeo',
])

/** `site` whole, or the parts of it that are not settings: other posts, data files, the build's time. */
const READS_MORE = /\bsite\b(?!\s*\.\s*(?!posts\b|data\b|time\b|pages\b|related_posts\b|tags\b|categories\b|collections\b|documents\b|static_files\b)\w)|['"](?:now|today)['"]/

const LIQUID = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g

/** True when every Liquid tag and output in `source` reads only the document and the site's settings. */
export function readsOnlyItsSource(source: string, siteTags: readonly string[] = []): boolean {
  for (const [markup] of source.matchAll(LIQUID)) {
    if (READS_MORE.test(markup)) return false
    if (!markup.startsWith('{%')) continue
    const name = /^\{%-?\s*(\w+)/.exec(markup)?.[1]
    if (name === undefined || !SELF_CONTAINED_TAGS.has(name) || siteTags.includes(name)) return false
  }
  // An unclosed `{{` or `{%` is Liquid's to report (or to read across lines): not judged here.
  const rest = source.replace(LIQUID, '')
  return !rest.includes('{{') && !rest.includes('{%')
}

/**
 * Liquid tags a post uses that Pressroom does not render: Liquid's and Jekyll's own, and the public
 * plugins' tags the renderer implements, are known; anything else is a site plugin's tag nobody can run
 * here. One function, so the renderer's own list of tags can replace this one.
 */
export const RENDERED_TAGS = new Set([
  // Liquid
  'if', 'elsif', 'else', 'endif', 'unless', 'endunless', 'case', 'when', 'endcase', 'for', 'endfor', 'break',
  'continue', 'cycle', 'tablerow', 'endtablerow', 'assign', 'capture', 'endcapture', 'increment', 'decrement',
  'comment', 'endcomment', 'raw', 'endraw', 'liquid', 'echo', 'render',
  // Jekyll
  'highlight', 'endhighlight', 'include', 'include_relative', 'post_url', 'link',
  // public plugins
  'include_cached', 'gist', 'figure', 'endfigure', 'youtube', 'vimeo', 'seo', 'feed_meta', 'avatar',
])

export type TagUse = { tag: string; line: number }

/** Every `{% tag` outside `{% raw %}` whose name is not rendered, with its line in `source`. */
export function unknownTags(source: string, known: ReadonlySet<string> = RENDERED_TAGS): TagUse[] {
  const uses: TagUse[] = []
  let inRaw = false
  for (const m of source.matchAll(/\{%-?\s*([A-Za-z_][\w-]*)/g)) {
    const tag = m[1] ?? ''
    if (tag === 'raw') inRaw = true
    else if (tag === 'endraw') inRaw = false
    else if (!inRaw && !known.has(tag)) uses.push({ tag, line: source.slice(0, m.index).split('\n').length })
  }
  return uses
}

/** Features a post needs from the renderer, for the import report. */
export function featuresOf(body: string): string[] {
  const features: string[] = []
  const has = (re: RegExp) => re.test(body)
  if (has(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/)) features.push('liquid')
  if (has(/\{%-?\s*highlight\b/)) features.push('highlight')
  if (has(/\{%-?\s*include(_cached|_relative)?\b/)) features.push('include')
  if (has(/\{%-?\s*(post_url|link)\b/)) features.push('post_url/link')
  if (has(/\{%-?\s*(gist|youtube|vimeo|figure)\b/)) features.push('embed tags')
  if (has(/^\{:[^}]*\}\s*$|\{:\s*[.#][^}]*\}/m)) features.push('kramdown attributes')
  if (has(/\{:toc\}/)) features.push('kramdown toc')
  if (has(/markdown=["']?1/)) features.push('markdown="1"')
  if (has(/^\*\[[^\]]+\]:/m)) features.push('abbreviations')
  if (has(/^:\s+\S/m)) features.push('definition lists')
  if (has(/:[a-z0-9_+-]+:/)) features.push('emoji?')
  if (has(/<(iframe|script)\b/i)) features.push('embedded HTML')
  return features
}

/**
 * Front-matter keys Jekyll itself, its widely used plugins, and Pressroom give a meaning to. Any other key
 * is the site's own: the import declares it in `content/site.json` (`frontMatterKeys`), and a key in
 * neither list fails the build naming the file, so a typo (`titel:`) is caught.
 */
export const KNOWN_KEYS = [
  // Jekyll
  'title', 'date', 'slug', 'permalink', 'published', 'layout', 'categories', 'category', 'tags', 'tag',
  'excerpt', 'excerpt_separator', 'render_with_liquid', 'ext',
  // jekyll-redirect-from, jekyll-sitemap, jekyll-seo-tag, jekyll-last-modified-at, jekyll-feed
  'redirect_from', 'redirect_to', 'sitemap', 'seo', 'image', 'description', 'author', 'authors', 'lang',
  'locale', 'canonical_url', 'twitter', 'last_modified_at', 'modified_date',
  // Pressroom (and common theme keys with no effect here)
  'draft', 'comments', 'toc',
] as const

export type KnownKey = (typeof KNOWN_KEYS)[number]

const KNOWN = new Set<string>(KNOWN_KEYS)

export function isKnownKey(key: string): boolean {
  return KNOWN.has(key)
}

/** The key the prepare step adds to each post it hands to Contentlayer (never written by authors). */
export const RESOLVED_KEY = 'pressroom'

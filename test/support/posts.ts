import type { PostSource, PostSummary } from '../../lib/posts'

/** Test helper: a published post summary, with only what a test cares about given. */
export function postSummary(overrides: Partial<PostSummary> & Pick<PostSummary, 'slug'>): PostSummary {
  const date = overrides.date ?? '2016-06-20T17:00:00.000Z'
  return {
    url: `/2016/06/20/${overrides.slug}/`,
    title: `Post ${overrides.slug}`,
    date,
    updated: date,
    authors: [],
    tags: [],
    excerptHtml: '<p>Excerpt.</p>',
    description: `About ${overrides.slug}.`,
    readingMinutes: 1,
    isDraft: false,
    ...overrides,
  }
}

export function postSource(overrides: Partial<PostSummary> & Pick<PostSummary, 'slug'>, html = '<p>Body.</p>'): PostSource {
  const summary = postSummary(overrides)
  return { summary, html, jekyll: { id: summary.url.replace(/\/$/, '').replace(/\.html$/, ''), categories: [], path: `posts/${summary.slug}.md` } }
}

import type { StoredPost } from '../../lib/content/post-store'

/** Test helper: a complete stored post, as the content step would write it for `posts/<date>-<slug>.md`. */
export function storedPost(slug: string, date: string, overrides: Partial<StoredPost> = {}): StoredPost {
  const fileName = `${date.slice(0, 10)}-${slug}.md`
  return {
    file: `posts/${fileName}`,
    source: `posts/${fileName}`,
    title: `Title of ${slug}`,
    slug,
    date,
    updated: date,
    url: `/${date.slice(0, 10).replaceAll('-', '/')}/${slug}/`,
    isDraft: false,
    tags: ['C++', 'docker'],
    authors: ['Dale Ragan'],
    excerptHtml: '<p>Text.</p>',
    excerptText: 'Text.',
    description: undefined,
    headings: [],
    readingMinutes: 1,
    redirectFrom: [],
    redirectTo: undefined,
    series: undefined,
    comments: true,
    jekyllUrl: undefined,
    jekyllId: `/2016/06/20/${slug}`,
    disqusIdentifier: undefined,
    categories: [],
    html: 'html/0.html',
    ...overrides,
  }
}

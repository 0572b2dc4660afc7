import { afterEach, describe, expect, it, vi } from 'vitest'
import { elements, nth, text } from '../../test/support/html'
import { postSummary } from '../../test/support/posts'

const SITE = 'https://blog.example.com'
const PREVIEW_BASE = '/pressroom/pr-preview/pr-42'

/** lib/urls/paths.ts reads the deploy from the environment once, at import: load it afresh for each deploy. */
async function loadMetadata(env: { SITE_URL: string; BASE_PATH: string }) {
  vi.resetModules()
  vi.stubEnv('SITE_URL', env.SITE_URL)
  vi.stubEnv('BASE_PATH', env.BASE_PATH)
  return import('./metadata')
}

afterEach(() => {
  vi.unstubAllEnvs()
})

const post = postSummary({
  slug: 'my-post',
  title: 'My post',
  description: 'What it is about.',
  date: '2016-06-20T17:00:00.000Z',
  updated: '2016-07-01T08:00:00.000Z',
  authors: [{ name: 'Ann Lee', slug: 'ann-lee' }],
  tags: [{ name: 'Kubernetes', slug: 'kubernetes' }],
})

describe('postMetadata', () => {
  it('points canonical, Open Graph and Twitter at the production site, never at the base path of a preview', async () => {
    const { postMetadata } = await loadMetadata({ SITE_URL: SITE, BASE_PATH: PREVIEW_BASE })
    const meta = postMetadata(post)
    const image = `${SITE}/og/2016/06/20/my-post.png`
    expect(meta.alternates?.canonical).toBe(`${SITE}/2016/06/20/my-post/`)
    expect(meta.openGraph).toMatchObject({
      type: 'article',
      url: `${SITE}/2016/06/20/my-post/`,
      title: 'My post',
      description: 'What it is about.',
      publishedTime: '2016-06-20T17:00:00.000Z',
      modifiedTime: '2016-07-01T08:00:00.000Z',
      authors: [`${SITE}/authors/ann-lee/`],
      tags: ['Kubernetes'],
      images: [{ url: image, width: 1200, height: 630, alt: 'My post' }],
    })
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', images: [image] })
    expect(JSON.stringify(meta)).not.toContain('pr-preview')
  })

  it('keeps the path of a site URL that has one', async () => {
    const { postMetadata } = await loadMetadata({ SITE_URL: 'https://acme.github.io/pressroom', BASE_PATH: '/pressroom' })
    expect(postMetadata(post).alternates?.canonical).toBe('https://acme.github.io/pressroom/2016/06/20/my-post/')
  })
})

describe('pageMetadata', () => {
  it('falls back to the site description and title', async () => {
    const { pageMetadata } = await loadMetadata({ SITE_URL: SITE, BASE_PATH: PREVIEW_BASE })
    const { site } = await import('./index')
    const meta = pageMetadata({ path: '/archive/' })
    expect(meta.title).toBeUndefined()
    expect(meta.description).toBe(site.description)
    expect(meta.alternates?.canonical).toBe(`${SITE}/archive/`)
    expect(meta.openGraph).toMatchObject({ type: 'website', url: `${SITE}/archive/`, title: site.title })
  })
})

describe('blogPostingJsonLd', () => {
  const hostile = postSummary({ slug: 'x', title: 'Closing </script><script>alert(1)</script> & <!-- too', authors: [{ name: 'Ann Lee', slug: 'ann-lee' }] })

  it('is schema.org BlogPosting with absolute URLs', async () => {
    const { blogPostingJsonLd } = await loadMetadata({ SITE_URL: SITE, BASE_PATH: PREVIEW_BASE })
    expect(JSON.parse(blogPostingJsonLd(post))).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'My post',
      datePublished: '2016-06-20T17:00:00.000Z',
      dateModified: '2016-07-01T08:00:00.000Z',
      url: `${SITE}/2016/06/20/my-post/`,
      image: `${SITE}/og/2016/06/20/my-post.png`,
      keywords: 'Kubernetes',
      author: [{ '@type': 'Person', name: 'Ann Lee', url: `${SITE}/authors/ann-lee/` }],
    })
  })

  it('holds no "<", so a title cannot close the script element, and still parses to the exact title', async () => {
    const { blogPostingJsonLd } = await loadMetadata({ SITE_URL: SITE, BASE_PATH: '' })
    const json = blogPostingJsonLd(hostile)
    expect(json).not.toContain('<')
    expect(JSON.parse(json)).toMatchObject({ headline: hostile.title })
    const page = `<head><script type="application/ld+json">${json}</script></head>`
    const scripts = elements(page, 'script')
    expect(scripts).toHaveLength(1)
    expect(JSON.parse(text(nth(scripts, 0)))).toMatchObject({ headline: hostile.title })
  })
})

import type { Metadata } from 'next'
import { OG_SIZE } from '../og'
import { absoluteUrl } from '../urls/paths'
import type { PostSummary } from '../posts'
import { routes } from '../urls/routes'
import { site } from './index'

/** Title, description and canonical URL (always the production site's) for one page. */
export function pageMetadata({ title, description, path }: { title?: string; description?: string; path: string }): Metadata {
  return {
    ...(title === undefined ? {} : { title }),
    description: description ?? site.description,
    alternates: { canonical: absoluteUrl(path) },
    openGraph: { type: 'website', siteName: site.title, url: absoluteUrl(path), title: title ?? site.title, description: description ?? site.description },
  }
}

/** A post's page metadata plus Open Graph article data and its share image. */
export function postMetadata(post: PostSummary): Metadata {
  const image = { url: absoluteUrl(routes.shareImage(post.url)), ...OG_SIZE, alt: post.title }
  return {
    ...pageMetadata({ title: post.title, description: post.description, path: routes.post(post) }),
    openGraph: {
      type: 'article',
      siteName: site.title,
      url: absoluteUrl(routes.post(post)),
      title: post.title,
      description: post.description,
      publishedTime: post.date,
      modifiedTime: post.updated,
      authors: post.authors.map((a) => absoluteUrl(routes.author(a.slug))),
      tags: post.tags.map((t) => t.name),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: post.title, description: post.description, images: [image.url] },
  }
}

/** schema.org `BlogPosting` for a post page. */
export function blogPostingJsonLd(post: PostSummary): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.description,
    datePublished: post.date,
    dateModified: post.updated,
    url: absoluteUrl(routes.post(post)),
    mainEntityOfPage: absoluteUrl(routes.post(post)),
    image: absoluteUrl(routes.shareImage(post.url)),
    keywords: post.tags.map((t) => t.name).join(', '),
    author: post.authors.map((a) => ({ '@type': 'Person', name: a.name, url: absoluteUrl(routes.author(a.slug)) })),
    publisher: { '@type': 'Organization', name: site.title, url: absoluteUrl(routes.home()) },
  }
  // Inside <script>, `<` could close the element: JSON allows it escaped.
  return JSON.stringify(data).replace(/</g, '\\u003c')
}

import type { Metadata } from 'next'
import { absoluteUrl } from './paths'
import { site } from './site'

/** Title, description and canonical URL (always the production site's) for one page. */
export function pageMetadata({ title, description, path }: { title?: string; description?: string; path: string }): Metadata {
  return {
    ...(title === undefined ? {} : { title }),
    description: description ?? site.description,
    alternates: { canonical: absoluteUrl(path) },
  }
}

import { notFound } from 'next/navigation'
import { feedResponse } from '@/lib/feeds/respond'
import { getTag, getTags } from '@/lib/posts'
import { atLeastOneParam, FEED_FILES, FEED_FORMATS, feedFormatOf, PLACEHOLDER_SEGMENT } from '@/lib/routes'

export const dynamic = 'force-static'
export const dynamicParams = false

/** `/tags/<tag>/feed.xml`, `atom.xml` and `feed.json` for every tag. */
export function generateStaticParams() {
  const params = getTags().flatMap((tag) => FEED_FORMATS.map((format) => ({ tag: tag.slug, feed: FEED_FILES[format] })))
  return atLeastOneParam(params, { tag: PLACEHOLDER_SEGMENT, feed: FEED_FILES.rss })
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string; feed: string }> }) {
  const { tag: slug, feed } = await params
  const tag = getTag(slug)?.tag
  const format = feedFormatOf(feed)
  if (!tag || !format) notFound()
  return feedResponse(format, { kind: 'tag', name: tag.name, slug: tag.slug })
}

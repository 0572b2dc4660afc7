import { notFound } from 'next/navigation'
import { FEED_FILES, feedResponse } from '@/lib/feeds/respond'
import { getTags } from '@/lib/posts'

export const dynamic = 'force-static'
export const dynamicParams = false

/** `/tags/<tag>/feed.xml`, `atom.xml` and `feed.json` for every tag. */
export function generateStaticParams() {
  return getTags().flatMap((tag) => Object.keys(FEED_FILES).map((feed) => ({ tag: tag.slug, feed })))
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string; feed: string }> }) {
  const { tag: slug, feed } = await params
  const tag = getTags().find((t) => t.slug === slug)
  const format = FEED_FILES[feed]
  if (!tag || !format) notFound()
  return feedResponse(format, { kind: 'tag', name: tag.name, slug: tag.slug })
}

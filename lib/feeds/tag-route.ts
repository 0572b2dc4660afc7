import { notFound } from 'next/navigation'
import { getTag, getTags } from '../posts'
import { atLeastOneParam, PLACEHOLDER_SEGMENT, type FeedFormat } from '../urls/routes'
import { feedResponse } from './respond'

/**
 * The three feeds of each tag (`/tags/<tag>/feed.xml`, `atom.xml`, `feed.json`), one static route folder
 * per file name: a dynamic `[feed]` segment beside the tag listing's `[[...page]]` is not allowed.
 */
export function tagFeedParams(): { tag: string }[] {
  return atLeastOneParam(getTags().map((tag) => ({ tag: tag.slug })), { tag: PLACEHOLDER_SEGMENT })
}

export function tagFeedHandler(format: FeedFormat) {
  return async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }): Promise<Response> {
    const tag = getTag((await params).tag)?.tag
    if (!tag) notFound()
    return feedResponse(format, { kind: 'tag', name: tag.name, slug: tag.slug })
  }
}

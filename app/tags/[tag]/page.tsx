import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { FeedLinks } from '@/components/FeedLinks'
import { PostList } from '@/components/PostList'
import { pageMetadata } from '@/lib/metadata'
import { getTag, getTags } from '@/lib/posts'
import { atLeastOneParam, PLACEHOLDER_SEGMENT, routes } from '@/lib/routes'
import { site } from '@/lib/site'
import { postCount } from '@/lib/text'
import { ListingHeader } from '@/components/ListingHeader'

type Props = { params: Promise<{ tag: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return atLeastOneParam(getTags().map((tag) => ({ tag: tag.slug })), { tag: PLACEHOLDER_SEGMENT })
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = getTag((await params).tag)
  if (!found) return {}
  return pageMetadata({
    title: `Posts tagged #${found.tag.name}`,
    description: `${postCount(found.tag.count)} tagged ${found.tag.name}.`,
    path: routes.tag(found.tag.slug),
  })
}

export default async function TagPage({ params }: Props) {
  const found = getTag((await params).tag)
  if (!found) notFound()
  return (
    <div className="listing">
      <FeedLinks scope={{ kind: 'tag', name: found.tag.name, slug: found.tag.slug }} title={`${site.title}: #${found.tag.name}`} />
      <ListingHeader title={`Posts tagged #${found.tag.name}`} lede={postCount(found.tag.count)} />
      <PostList posts={found.posts} />
    </div>
  )
}

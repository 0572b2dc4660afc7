import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { FeedLinks } from '@/components/FeedLinks'
import { PostList } from '@/components/PostList'
import { pageMetadata } from '@/lib/metadata'
import { getTag, getTags } from '@/lib/posts'
import { site } from '@/lib/site'

type Props = { params: Promise<{ tag: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = getTag((await params).tag)
  if (!found) return {}
  return pageMetadata({
    title: `Posts tagged #${found.tag.name}`,
    description: `${found.tag.count} ${found.tag.count === 1 ? 'post' : 'posts'} tagged ${found.tag.name}.`,
    path: `/tags/${found.tag.slug}/`,
  })
}

export default async function TagPage({ params }: Props) {
  const found = getTag((await params).tag)
  if (!found) notFound()
  return (
    <div className="listing">
      <FeedLinks scope={{ kind: 'tag', name: found.tag.name, slug: found.tag.slug }} title={`${site.title}: #${found.tag.name}`} />
      <header className="listing__header">
        <h1>Posts tagged #{found.tag.name}</h1>
        <p className="lede">
          {found.tag.count} {found.tag.count === 1 ? 'post' : 'posts'}
        </p>
      </header>
      <PostList posts={found.posts} />
    </div>
  )
}

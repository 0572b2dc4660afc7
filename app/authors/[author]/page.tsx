import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { AuthorCard } from '@/components/AuthorCard'
import { PostList } from '@/components/PostList'
import { pageMetadata } from '@/lib/metadata'
import { getAuthor, getAuthors } from '@/lib/posts'
import { atLeastOneParam, PLACEHOLDER_SEGMENT, routes } from '@/lib/routes'
import { postCount } from '@/lib/text'

type Props = { params: Promise<{ author: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return atLeastOneParam(getAuthors().map((author) => ({ author: author.slug })), { author: PLACEHOLDER_SEGMENT })
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = getAuthor((await params).author)
  if (!found) return {}
  return pageMetadata({
    title: found.author.name,
    description: found.author.bio ?? `Posts by ${found.author.name}.`,
    path: routes.author(found.author.slug),
  })
}

export default async function AuthorPage({ params }: Props) {
  const found = getAuthor((await params).author)
  if (!found) notFound()
  return (
    <div className="listing">
      <AuthorCard author={found.author} />
      <h2 className="listing__subtitle">
        {postCount(found.author.count)}
      </h2>
      <PostList posts={found.posts} headingLevel={3} />
    </div>
  )
}

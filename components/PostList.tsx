import Link from 'next/link'
import type { PostSummary } from '@/lib/posts'
import { routes } from '@/lib/urls/routes'
import { PostMeta } from './PostMeta'
import { PostHtml } from './PostHtml'

/** Posts as cards: title, meta, excerpt. `headingLevel` keeps the page outline right where it is used. */
export function PostList({ posts, headingLevel = 2 }: { posts: readonly PostSummary[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ol className="post-list">
      {posts.map((post) => (
        <li key={post.url}>
          <article className="post-card">
            <Heading className="post-card__title">
              <Link href={routes.post(post)}>{post.title}</Link>
            </Heading>
            <PostMeta post={post} />
            <PostHtml className="post-card__excerpt prose" html={post.excerptHtml} />
          </article>
        </li>
      ))}
    </ol>
  )
}

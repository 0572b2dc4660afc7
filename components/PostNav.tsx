import Link from 'next/link'
import type { PostLink } from '@/lib/posts'

export function PostNav({ previous, next }: { previous: PostLink | undefined; next: PostLink | undefined }) {
  if (!previous && !next) return null
  return (
    <nav aria-label="More posts" className="post-nav">
      {previous && (
        <Link href={previous.url} rel="prev" className="post-nav__previous">
          <span className="post-nav__label">Previous post</span> {previous.title}
        </Link>
      )}
      {next && (
        <Link href={next.url} rel="next" className="post-nav__next">
          <span className="post-nav__label">Next post</span> {next.title}
        </Link>
      )}
    </nav>
  )
}

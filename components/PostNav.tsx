import Link from 'next/link'
import type { PostLink } from '@/lib/posts'
import { routes } from '@/lib/urls/routes'

export function PostNav({ previous, next }: { previous: PostLink | undefined; next: PostLink | undefined }) {
  if (!previous && !next) return null
  return (
    <nav aria-label="More posts" className="post-nav">
      {previous && (
        <Link href={routes.post(previous)} rel="prev" className="post-nav__previous">
          <span className="post-nav__label">Previous post</span> {previous.title}
        </Link>
      )}
      {next && (
        <Link href={routes.post(next)} rel="next" className="post-nav__next">
          <span className="post-nav__label">Next post</span> {next.title}
        </Link>
      )}
    </nav>
  )
}

import Link from 'next/link'
import type { PostFacts } from '@/lib/posts'
import { routes } from '@/lib/urls/routes'

export function RelatedPosts({ posts }: { posts: readonly PostFacts[] }) {
  if (posts.length === 0) return null
  return (
    <aside aria-labelledby="related-title" className="related">
      <h2 id="related-title">Related posts</h2>
      <ul>
        {posts.map((post) => (
          <li key={post.url}>
            <Link href={routes.post(post)}>{post.title}</Link>
          </li>
        ))}
      </ul>
    </aside>
  )
}

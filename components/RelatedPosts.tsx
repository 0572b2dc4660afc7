import Link from 'next/link'
import type { PostSummary } from '@/lib/posts'

export function RelatedPosts({ posts }: { posts: readonly PostSummary[] }) {
  if (posts.length === 0) return null
  return (
    <aside aria-labelledby="related-title" className="related">
      <h2 id="related-title">Related posts</h2>
      <ul>
        {posts.map((post) => (
          <li key={post.url}>
            <Link href={post.url}>{post.title}</Link>
          </li>
        ))}
      </ul>
    </aside>
  )
}

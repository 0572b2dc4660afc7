import Link from 'next/link'
import type { AuthorRef, PostFacts } from '@/lib/posts'
import { routes } from '@/lib/urls/routes'
import { site } from '@/lib/site'
import { PostDate } from './PostDate'
import { TagList } from './TagList'

/** Date, authors, reading time and tags, as one line under a title. */
export function PostMeta({ post, showReadingTime = true }: { post: PostFacts; showReadingTime?: boolean }) {
  return (
    <div className="post-meta">
      <p>
        <PostDate date={post.date} />
        {post.authors.length > 0 && <> · by <AuthorLinks authors={post.authors} /></>}
        {showReadingTime && <> · {post.readingMinutes} min read</>}
        {post.isDraft && <> · <strong className="draft-badge">Draft</strong></>}
      </p>
      <TagList tags={post.tags} />
    </div>
  )
}

/** "A, B and C", each name linking to its author page. */
function AuthorLinks({ authors }: { authors: readonly AuthorRef[] }) {
  const parts = new Intl.ListFormat(site.language, { style: 'long', type: 'conjunction' }).formatToParts(authors.map((a) => a.slug))
  return parts.map((part, i) => {
    const author = part.type === 'element' ? authors.find((a) => a.slug === part.value) : undefined
    return author ? (
      <Link key={i} href={routes.author(author.slug)}>
        {author.name}
      </Link>
    ) : (
      part.value
    )
  })
}

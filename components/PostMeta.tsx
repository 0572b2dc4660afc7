import { formatDate, isoDay } from '@/lib/jekyll/date'
import type { PostSummary } from '@/lib/posts'
import { site } from '@/lib/site'
import { TagList } from './TagList'

/** Date, authors, reading time and tags, as one line under a title. */
export function PostMeta({ post, showReadingTime = true }: { post: PostSummary; showReadingTime?: boolean }) {
  const date = new Date(post.date)
  return (
    <div className="post-meta">
      <p>
        <time dateTime={isoDay(date, site.timeZone)}>{formatDate(date, site.timeZone, site.language)}</time>
        {post.authors.length > 0 && <> · by {formatList(post.authors)}</>}
        {showReadingTime && <> · {post.readingMinutes} min read</>}
        {post.isDraft && <> · <strong className="draft-badge">Draft</strong></>}
      </p>
      <TagList tags={post.tags} />
    </div>
  )
}

function formatList(names: readonly string[]): string {
  return new Intl.ListFormat(site.language, { style: 'long', type: 'conjunction' }).format(names)
}

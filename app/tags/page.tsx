import Link from 'next/link'
import { pageMetadata } from '@/lib/metadata'
import { getTags } from '@/lib/posts'

export const metadata = pageMetadata({ title: 'Tags', description: 'Every tag, with the number of posts that carry it.', path: '/tags/' })

export default function TagsPage() {
  const tags = getTags()
  return (
    <div className="listing">
      <header className="listing__header">
        <h1>Tags</h1>
      </header>
      <ul className="tag-cloud">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link href={`/tags/${tag.slug}/`} className="tag">
              #{tag.name} <span className="tag__count">{tag.count} {tag.count === 1 ? 'post' : 'posts'}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}

import Link from 'next/link'
import { pageMetadata } from '@/lib/site/metadata'
import { getTags } from '@/lib/posts'
import { routes } from '@/lib/urls/routes'
import { postCount } from '@/lib/format/text'
import { ListingHeader } from '@/components/ListingHeader'

export const metadata = pageMetadata({ title: 'Tags', description: 'Every tag, with the number of posts that carry it.', path: routes.tags() })

export default function TagsPage() {
  const tags = getTags()
  return (
    <div className="listing">
      <ListingHeader title="Tags" />
      <ul className="tag-cloud">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link href={routes.tag(tag.slug)} className="tag pill">
              #{tag.name} <span className="tag__count">{postCount(tag.count)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}

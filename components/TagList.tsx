import Link from 'next/link'
import type { TagRef } from '@/lib/posts'
import { routes } from '@/lib/urls/routes'

export function TagList({ tags }: { tags: readonly TagRef[] }) {
  if (tags.length === 0) return null
  return (
    <ul className="tag-list" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link href={routes.tag(tag.slug)} className="tag pill">
            #{tag.name}
          </Link>
        </li>
      ))}
    </ul>
  )
}

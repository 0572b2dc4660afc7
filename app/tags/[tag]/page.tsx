import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { TagListing } from '@/components/TagListing'
import { pageMetadata } from '@/lib/metadata'
import { getTagPage, getTags } from '@/lib/posts'
import { routes } from '@/lib/routes'
import { postCount } from '@/lib/text'

type Props = { params: Promise<{ tag: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = getTagPage((await params).tag, 1)
  if (!found) return {}
  return pageMetadata({ title: `Posts tagged #${found.tag.name}`, description: `${postCount(found.tag.count)} tagged ${found.tag.name}.`, path: routes.tag(found.tag.slug) })
}

export default async function TagPage({ params }: Props) {
  const found = getTagPage((await params).tag, 1)
  if (!found) notFound()
  return <TagListing tag={found.tag} listing={found.listing} />
}

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { TagListing } from '@/components/TagListing'
import { pageMetadata } from '@/lib/site/metadata'
import { getTagPage, getTagPageParams, pageSuffix } from '@/lib/posts'
import { pageFromListingSegments, routes } from '@/lib/urls/routes'
import { postCount } from '@/lib/format/text'

type Props = { params: Promise<{ tag: string; page?: string[] }> }

export const dynamicParams = false

/** `/tags/<tag>/` and, for a long tag, `/tags/<tag>/page/N/` from page 2 (never `page/1/`). */
export function generateStaticParams() {
  return getTagPageParams()
}

async function find(params: Props['params']) {
  const { tag, page } = await params
  const number = pageFromListingSegments(page)
  return number === undefined ? undefined : getTagPage(tag, number)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find(params)
  if (!found) return {}
  return pageMetadata({
    title: `Posts tagged #${found.tag.name}${pageSuffix(found.listing)}`,
    description: `${postCount(found.tag.count)} tagged ${found.tag.name}.`,
    path: routes.tag(found.tag.slug, found.listing.page),
  })
}

export default async function TagPage({ params }: Props) {
  const found = await find(params)
  if (!found) notFound()
  return <TagListing tag={found.tag} listing={found.listing} />
}

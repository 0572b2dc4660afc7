import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { TagListing } from '@/components/TagListing'
import { pageFromParam, pageSuffix } from '@/lib/collections/pagination'
import { pageMetadata } from '@/lib/metadata'
import { getTagPage, getTagPageParams } from '@/lib/posts'
import { routes } from '@/lib/routes'
import { postCount } from '@/lib/text'

type Props = { params: Promise<{ tag: string; page: string }> }

export const dynamicParams = false

/** Pages 2 and on of each tag: page 1 is `/tags/<tag>/` itself, so `page/1/` does not exist. */
export function generateStaticParams() {
  return getTagPageParams()
}

async function find(params: Props['params']) {
  const { tag, page } = await params
  const number = pageFromParam(page)
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

export default async function TagListingPage({ params }: Props) {
  const found = await find(params)
  if (!found) notFound()
  return <TagListing tag={found.tag} listing={found.listing} />
}

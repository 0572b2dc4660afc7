import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { HomeListing } from '@/components/HomeListing'
import { pageMetadata } from '@/lib/site/metadata'
import { getPostPage, getPostPageParams } from '@/lib/posts'
import { laterPageFromParam, routes } from '@/lib/urls/routes'

type Props = { params: Promise<{ page: string }> }

export const dynamicParams = false

/** `/page/N/` from page 2: page 1 is the home page, so `/page/1/` does not exist, as for every listing. */
export function generateStaticParams() {
  return getPostPageParams()
}

async function find(params: Props['params']) {
  const page = laterPageFromParam((await params).page)
  return page === undefined ? undefined : getPostPage(page)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const listing = await find(params)
  return listing ? pageMetadata({ title: `Page ${listing.page}`, path: routes.listing(listing.page) }) : {}
}

export default async function ListingPage({ params }: Props) {
  const listing = await find(params)
  if (!listing) notFound()
  return <HomeListing listing={listing} />
}

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { HomeListing } from '@/components/HomeListing'
import { pageHref } from '@/components/Pagination'
import { pageMetadata } from '@/lib/metadata'
import { getPageCount, getPostPage } from '@/lib/posts'

type Props = { params: Promise<{ page: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  // Page 1 is the home page itself; Next needs at least one entry, so a one-page site yields a
  // placeholder that the page turns into a 404.
  const pages = Array.from({ length: getPageCount() - 1 }, (_, i) => ({ page: String(i + 2) }))
  return pages.length > 0 ? pages : [{ page: '2' }]
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = Number((await params).page)
  return pageMetadata({ title: `Page ${page}`, path: pageHref(page) })
}

export default async function ListingPage({ params }: Props) {
  const listing = getPostPage(Number((await params).page))
  if (!listing || listing.page === 1) notFound()
  return <HomeListing listing={listing} />
}

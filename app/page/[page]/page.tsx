import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { HomeListing } from '@/components/HomeListing'
import { pageMetadata } from '@/lib/metadata'
import { getPageCount, getPostPage } from '@/lib/posts'
import { routes } from '@/lib/routes'

type Props = { params: Promise<{ page: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  // `/page/1/` repeats the home page (its canonical URL is `/`): static export needs at least one
  // page here even when every post fits on the home page.
  return Array.from({ length: getPageCount() }, (_, i) => ({ page: String(i + 1) }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = Number((await params).page)
  return pageMetadata({ title: page === 1 ? undefined : `Page ${page}`, path: routes.listing(page) })
}

export default async function ListingPage({ params }: Props) {
  const listing = getPostPage(Number((await params).page))
  if (!listing) notFound()
  return <HomeListing listing={listing} />
}

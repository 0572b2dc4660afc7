import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { AuthorListing } from '@/components/AuthorListing'
import { pageMetadata } from '@/lib/site/metadata'
import { getAuthorPage, getAuthorPageParams, pageSuffix } from '@/lib/posts'
import { pageFromListingSegments, routes } from '@/lib/urls/routes'

type Props = { params: Promise<{ author: string; page?: string[] }> }

export const dynamicParams = false

/** `/authors/<author>/` and, for a prolific author, `/authors/<author>/page/N/` from page 2. */
export function generateStaticParams() {
  return getAuthorPageParams()
}

async function find(params: Props['params']) {
  const { author, page } = await params
  const number = pageFromListingSegments(page)
  return number === undefined ? undefined : getAuthorPage(author, number)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find(params)
  if (!found) return {}
  return pageMetadata({
    title: `${found.author.name}${pageSuffix(found.listing)}`,
    description: found.author.bio ?? `Posts by ${found.author.name}.`,
    path: routes.author(found.author.slug, found.listing.page),
  })
}

export default async function AuthorPage({ params }: Props) {
  const found = await find(params)
  if (!found) notFound()
  return <AuthorListing author={found.author} listing={found.listing} />
}

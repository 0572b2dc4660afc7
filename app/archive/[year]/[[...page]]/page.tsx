import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArchiveYear } from '@/components/ArchiveYear'
import { pageMetadata } from '@/lib/site/metadata'
import { getArchiveYearPage, getArchiveYearPageParams, pageSuffix, yearFromParam } from '@/lib/posts'
import { pageFromListingSegments, routes } from '@/lib/urls/routes'
import { postCount } from '@/lib/format/text'

type Props = { params: Promise<{ year: string; page?: string[] }> }

export const dynamicParams = false

/** `/archive/<year>/` and, for a busy year, `/archive/<year>/page/N/` from page 2. */
export function generateStaticParams() {
  return getArchiveYearPageParams()
}

async function find(params: Props['params']) {
  const { year, page } = await params
  const yearNumber = yearFromParam(year)
  const pageNumber = pageFromListingSegments(page)
  return yearNumber === undefined || pageNumber === undefined ? undefined : getArchiveYearPage(yearNumber, pageNumber)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find(params)
  if (!found) return {}
  const { year, count } = found.year
  return pageMetadata({ title: `Posts from ${year}${pageSuffix(found.listing)}`, description: `${postCount(count)} from ${year}.`, path: routes.archiveYear(year, found.listing.page) })
}

export default async function ArchiveYearPage({ params }: Props) {
  const found = await find(params)
  if (!found) notFound()
  return <ArchiveYear year={found.year} listing={found.listing} />
}

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArchiveYear } from '@/components/ArchiveYear'
import { yearFromParam } from '@/lib/collections/archive'
import { pageMetadata } from '@/lib/metadata'
import { getArchiveYearPage, getArchiveYears } from '@/lib/posts'
import { routes } from '@/lib/routes'
import { postCount } from '@/lib/text'

type Props = { params: Promise<{ year: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getArchiveYears().map(({ year }) => ({ year: String(year) }))
}

async function find(params: Props['params']) {
  const year = yearFromParam((await params).year)
  return year === undefined ? undefined : getArchiveYearPage(year, 1)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find(params)
  if (!found) return {}
  const { year, count } = found.year
  return pageMetadata({ title: `Posts from ${year}`, description: `${postCount(count)} from ${year}.`, path: routes.archiveYear(year) })
}

export default async function ArchiveYearPage({ params }: Props) {
  const found = await find(params)
  if (!found) notFound()
  return <ArchiveYear year={found.year} listing={found.listing} />
}

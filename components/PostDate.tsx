import { siteDate } from '@/lib/format/dates'

/** A post's date as the site prints it, in the site's zone, with the day for machines. */
export function PostDate({ date }: { date: string }) {
  const { day, text } = siteDate(date)
  return <time dateTime={day}>{text}</time>
}

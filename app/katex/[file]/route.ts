import { notFound } from 'next/navigation'
import { katexFile, katexFiles } from '@/lib/math/katex-assets'

export const dynamic = 'force-static'
export const dynamicParams = false

/** KaTeX's CSS and fonts as static files; only pages with math link the CSS (components/MathStyles). */
export function generateStaticParams() {
  return katexFiles().map((file) => ({ file }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = katexFile((await params).file)
  if (!file) notFound()
  return new Response(file.body, { headers: { 'content-type': file.type } })
}

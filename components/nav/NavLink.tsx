'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import type { ReactNode } from 'react'
import { currentFor } from '@/lib/nav/current-section'

/**
 * A header link that marks itself as the current page or section. A client leaf only because the root
 * layout is shared by every page and cannot see which one it wraps; the exported HTML already carries the
 * mark (the path is known when each page is prerendered).
 */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname()
  return (
    <Link href={href} aria-current={currentFor(pathname, href)}>
      {children}
    </Link>
  )
}

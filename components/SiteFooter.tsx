import { site } from '@/lib/site'

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        {site.title}: {site.description}
      </p>
    </footer>
  )
}

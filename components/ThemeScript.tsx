/**
 * Runs before first paint so a reader who chose a theme never sees the other one flash. The stored choice
 * wins; without one, CSS follows the system through `color-scheme`.
 */
export const THEME_STORAGE_KEY = 'pressroom-theme'

const script = `try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />
}

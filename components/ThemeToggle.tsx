'use client'

import { useEffect, useState } from 'react'
import { THEME_STORAGE_KEY } from './ThemeScript'

type Theme = 'light' | 'dark'

function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme
  if (chosen === 'light' || chosen === 'dark') return chosen
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

/** Switches between light and dark; the choice is remembered on this device. */
export function ThemeToggle() {
  // Unknown until mounted: the server cannot see the reader's preference.
  const [theme, setTheme] = useState<Theme | undefined>(undefined)
  useEffect(() => setTheme(currentTheme()), [])

  const toggle = () => {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark'
    document.documentElement.dataset.theme = next
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next)
    } catch {
      // Storage can be blocked (private mode); the theme still applies to this page.
    }
    setTheme(next)
  }

  return (
    <button type="button" className="theme-toggle" onClick={toggle} aria-pressed={theme === 'dark'} disabled={theme === undefined}>
      <span aria-hidden="true">{theme === 'dark' ? '☾' : '☀'}</span>
      <span className="theme-toggle__label">Dark theme</span>
    </button>
  )
}

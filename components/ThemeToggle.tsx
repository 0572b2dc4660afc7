'use client'

import { useSyncExternalStore } from 'react'
import { THEME_STORAGE_KEY } from './ThemeScript'

type Theme = 'light' | 'dark'

const CHANGE = 'pressroom-theme-change'
const systemDark = () => window.matchMedia('(prefers-color-scheme: dark)')

function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme
  if (chosen === 'light' || chosen === 'dark') return chosen
  return systemDark().matches ? 'dark' : 'light'
}

function subscribe(onChange: () => void): () => void {
  const media = systemDark()
  media.addEventListener('change', onChange)
  window.addEventListener(CHANGE, onChange)
  return () => {
    media.removeEventListener('change', onChange)
    window.removeEventListener(CHANGE, onChange)
  }
}

function choose(theme: Theme): void {
  document.documentElement.dataset.theme = theme
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme)
  } catch {
    // Storage can be blocked (private mode); the theme still applies to this page.
  }
  window.dispatchEvent(new Event(CHANGE))
}

/** Switches between light and dark; the choice is remembered on this device. */
export function ThemeToggle() {
  // The server cannot see the reader's preference: undefined until hydrated.
  const theme = useSyncExternalStore<Theme | undefined>(subscribe, currentTheme, () => undefined)
  return (
    <button
      type="button"
      className="theme-toggle"
      onClick={() => choose(currentTheme() === 'dark' ? 'light' : 'dark')}
      aria-pressed={theme === 'dark'}
      disabled={theme === undefined}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☾' : '☀'}</span>
      <span className="theme-toggle__label">Dark theme</span>
    </button>
  )
}

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

/**
 * Switches between light and dark; the choice is remembered on this device. The button names the theme it
 * switches to ("Switch to dark theme"), the convention for a button whose label changes with its state.
 */
export function ThemeToggle() {
  // The server cannot see the reader's preference: undefined until hydrated.
  const theme = useSyncExternalStore<Theme | undefined>(subscribe, currentTheme, () => undefined)
  const target: Theme | undefined = theme === undefined ? undefined : theme === 'dark' ? 'light' : 'dark'
  return (
    <button
      type="button"
      className="theme-toggle pill"
      onClick={() => choose(currentTheme() === 'dark' ? 'light' : 'dark')}
      aria-label={target ? `Switch to ${target} theme` : 'Switch theme'}
      disabled={theme === undefined}
    >
      <span aria-hidden="true">{target === 'light' ? '☀' : '☾'}</span>
      <span className="theme-toggle__label" aria-hidden="true">
        {target === 'light' ? 'Light' : 'Dark'}
      </span>
    </button>
  )
}

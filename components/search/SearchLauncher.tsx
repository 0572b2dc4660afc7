'use client'

import { useCallback, useEffect, useRef, useState, type ComponentType, type MouseEvent } from 'react'
import type { SearchDialogProps } from './SearchDialog'
import './launcher.css'

/**
 * The header's search button: a link to /search/ (so it still leads somewhere without JavaScript)
 * that opens the search dialog. The dialog, the search code and the index are loaded only on intent:
 * hover or focus on the button, a click, or the shortcuts Ctrl/⌘-K and "/".
 */
export function SearchLauncher({ basePath, searchHref }: { basePath: string; searchHref: string }) {
  const [Dialog, setDialog] = useState<ComponentType<SearchDialogProps>>()
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLAnchorElement>(null)

  const load = useCallback(() => {
    void import('./SearchDialog').then((module) => setDialog(() => module.SearchDialog))
  }, [])
  const show = useCallback(() => {
    load()
    setOpen(true)
  }, [load])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey)
      if (shortcut || (event.key === '/' && !isEditable(event.target))) {
        event.preventDefault()
        show()
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [show])

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return
    event.preventDefault()
    show()
  }
  const close = useCallback(() => {
    setOpen(false)
    button.current?.focus()
  }, [])

  return (
    <>
      <a ref={button} href={searchHref} className="search-button pill" onPointerEnter={load} onFocus={load} onClick={onClick} aria-haspopup="dialog" aria-keyshortcuts="Control+K Meta+K /">
        <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16"><circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" /><path d="m13 13 5 5" stroke="currentColor" strokeWidth="2" /></svg>
        <span>Search</span>
        <kbd className="search-button__key" aria-hidden="true">/</kbd>
      </a>
      {Dialog && <Dialog open={open} onClose={close} basePath={basePath} />}
    </>
  )
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement
}

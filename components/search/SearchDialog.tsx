'use client'

import { useEffect, useRef, useState } from 'react'
import { SearchPanel } from './SearchPanel'
import { useSearchClient } from './useSearchClient'
import './search.css'

export type SearchDialogProps = { open: boolean; onClose: () => void; basePath: string }

/**
 * A modal `<dialog>`: the browser keeps focus inside and Esc closes it; the launcher gets focus back.
 * Mounting it (on the first sign of intent) starts the worker and fetches the manifest.
 */
export function SearchDialog({ open, onClose, basePath }: SearchDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const client = useSearchClient(basePath)
  const [query, setQuery] = useState('')

  useEffect(() => {
    void client.info().catch((error: unknown) => console.error(error))
  }, [client])

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) element.showModal()
    if (!open && element.open) element.close()
  }, [open])

  return (
    <dialog
      ref={dialog}
      className="search-dialog"
      aria-label="Search posts"
      onClose={onClose}
      // A click on the backdrop lands on the dialog element itself.
      onClick={(event) => event.target === dialog.current && dialog.current.close()}
    >
      {open && (
        <div className="search-dialog__body">
          <SearchPanel client={client} query={query} onQueryChange={setQuery} onNavigate={() => dialog.current?.close()} autoFocus />
          <form method="dialog" className="search-dialog__close">
            <button type="submit" className="pill">Close</button>
          </form>
        </div>
      )}
    </dialog>
  )
}

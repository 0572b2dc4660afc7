'use client'

import { useEffect, useState } from 'react'

/**
 * Enables the copy buttons that the Markdown pipeline puts on code blocks: one listener for the page,
 * and an announcement for screen readers when the copy succeeds or fails.
 */
export function CopyCodeButtons() {
  const [message, setMessage] = useState('')

  useEffect(() => {
    const buttons = document.querySelectorAll<HTMLButtonElement>('.code-block .copy-button')
    if (!navigator.clipboard) return
    for (const button of buttons) button.hidden = false

    const onClick = async (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('.copy-button') : null
      const code = button?.closest('.code-block')?.querySelector('pre')
      if (!button || !code) return
      try {
        await navigator.clipboard.writeText(code.innerText)
        button.textContent = 'Copied'
        setMessage('Code copied to the clipboard')
      } catch {
        button.textContent = 'Copy failed'
        setMessage('Could not copy the code')
      }
      window.setTimeout(() => {
        button.textContent = 'Copy'
      }, 2000)
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
  }, [])

  return (
    <p className="sr-only" role="status">
      {message}
    </p>
  )
}

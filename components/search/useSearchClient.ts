'use client'

import { useMemo } from 'react'
import { createSearchClient } from '@/lib/search/client'

export function useSearchClient(basePath: string) {
  return useMemo(() => createSearchClient(basePath), [basePath])
}

'use client'

import { useMemo } from 'react'
import { createSearchClient } from '@/lib/search/client/client'

export function useSearchClient(basePath: string) {
  return useMemo(() => createSearchClient(basePath), [basePath])
}

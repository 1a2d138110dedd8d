import { SWS_STEP_PAGE_SIZE, type SwsStepFilter, type SwsStepView } from '@contract/sws-player'
import { useQueries, useQueryClient } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { stepsPageQueryOptions } from './api/player-queries'

export const pageOfIndex = (index: number) => Math.floor(Math.max(0, index) / SWS_STEP_PAGE_SIZE) + 1

/**
 * The timeline's pages that are wanted now (on screen, the current step's, the next one's while
 * playing), fetched and kept; any page already read stays readable through `stepAt`.
 */
export function useStepPages(tenant: string, sessionId: string, filter: SwsStepFilter, wantedPages: readonly number[]) {
  const queryClient = useQueryClient()
  const pages = useMemo(() => [...new Set(wantedPages)].filter((page) => page >= 1).sort((a, b) => a - b), [wantedPages])
  const results = useQueries({ queries: pages.map((page) => stepsPageQueryOptions(tenant, sessionId, filter, page)) })

  const total = results.find((result) => result.data)?.data?.total
  const error = results.find((result) => result.error)?.error ?? null
  // Changes whenever a wanted page arrives, so rows re-render with their steps.
  const loadedKey = results.map((result) => (result.data ? 1 : 0)).join('')

  const stepAt = useCallback(
    (index: number): SwsStepView | undefined => {
      if (index < 0) return undefined
      const page = queryClient.getQueryData(stepsPageQueryOptions(tenant, sessionId, filter, pageOfIndex(index)).queryKey)
      return page?.items[index % SWS_STEP_PAGE_SIZE]
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loadedKey stands for the cache contents this reads
    [queryClient, tenant, sessionId, filter.types, filter.tab, loadedKey],
  )

  const fetchPage = useCallback(
    (page: number) => queryClient.fetchQuery(stepsPageQueryOptions(tenant, sessionId, filter, page)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the filter's fields are its identity
    [queryClient, tenant, sessionId, filter.types, filter.tab],
  )

  return { stepAt, total, error, fetchPage, retry: () => results.forEach((result) => result.error && void result.refetch()) }
}

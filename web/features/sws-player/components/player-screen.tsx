import type { SwsSessionHeader, SwsStepType } from '@contract/sws-player'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { ArrowLeft, CircleAlert, Keyboard, RotateCw } from 'lucide-react'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { toast } from 'sonner'
import { PageHeader } from '@/components/page-header'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { formatDateTimeWithSeconds } from '@/lib/format-time'
import { useTimeDisplay } from '@/lib/time-display'
import { locateStep, SEARCH_PAGE_SIZE, sessionHeaderQueryOptions, stepMarkersQueryOptions, stepSearchQueryOptions } from '../api/player-queries'
import { PLAYBACK_SPEEDS, type PlaybackSpeed } from '../playback-timing'
import { parseStepTypes, playerFilter, type PlayerSearch } from '../player-search'
import { pageOfIndex, useStepPages } from '../use-step-pages'
import { usePlayback } from '../use-playback'
import { usePlayerShortcuts } from '../use-player-shortcuts'
import { useSettledValue } from '../use-settled-value'
import { ExportStepsButton } from './export-steps-button'
import { SessionHeaderCard } from './session-header-card'
import { SessionScrubber } from './session-scrubber'
import { ShortcutsHelpDialog } from './shortcuts-help-dialog'
import { StepDetails } from './step-details'
import { StepFilters } from './step-filters'
import { StepSearchBar } from './step-search-bar'
import { StepStage } from './step-stage'
import { StepTimeline, type VisibleRange } from './step-timeline'
import { TransportControls } from './transport-controls'

const sameRange = (a: VisibleRange, b: VisibleRange) => a.start === b.start && a.end === b.end
const NO_MATCHES: ReadonlySet<string> = new Set()

export interface PlayerScreenProps {
  tenant: string
  sessionId: string
  search: PlayerSearch
  canExport: boolean
  onSearchChange: (change: Partial<PlayerSearch>, options?: { replace?: boolean }) => void
}

/** The SWS session player: header, a schematic stage, transport and scrubber, and the step timeline. */
export function PlayerScreen(props: PlayerScreenProps) {
  const { data: header } = useQuery(sessionHeaderQueryOptions(props.tenant, props.sessionId))
  // The route's loader has the header before this renders; a failure is the route's error page.
  if (!header) return null
  return <Player {...props} header={header} />
}

function Player({ tenant, sessionId, search, canExport, onSearchChange, header }: PlayerScreenProps & { header: SwsSessionHeader }) {
  const queryClient = useQueryClient()
  const filter = useMemo(() => playerFilter(search), [search.types, search.tab]) // eslint-disable-line react-hooks/exhaustive-deps
  const types = useMemo(() => parseStepTypes(search.types), [search.types])
  const filtered = Boolean(filter.types || filter.tab)
  const q = search.q ?? ''

  const [position, setCurrent] = useState(() => Math.max(0, (search.step ?? 1) - 1))
  const [range, setRange] = useState<VisibleRange>({ start: position, end: position + 12 })
  const settledRange = useSettledValue(range, 120, sameRange)
  const [playing, setPlaying] = useState(false)
  const [speed, setSpeed] = useState<PlaybackSpeed>(1)
  const [skipIdle, setSkipIdle] = useState(true)
  const [helpOpen, setHelpOpen] = useState(false)
  const searchInput = useRef<HTMLInputElement>(null)

  const wantedPages = useMemo(() => {
    const pages = [pageOfIndex(position)]
    if (playing) pages.push(pageOfIndex(position + 1))
    for (let page = pageOfIndex(settledRange.start); page <= pageOfIndex(settledRange.end); page++) pages.push(page)
    return pages
  }, [position, playing, settledRange])
  const steps = useStepPages(tenant, sessionId, filter, wantedPages)
  const total = steps.total ?? (filtered ? undefined : header.stepsCount) ?? 0
  // A deep link past the end (or a filter with fewer steps) lands on the last step.
  const current = steps.total === undefined ? position : Math.min(position, Math.max(0, steps.total - 1))
  const step = steps.stepAt(current)
  const { fetchPage } = steps

  // The URL follows the step shown, so a reload or a shared link restores it.
  const stepInUrl = search.step ?? 1
  useEffect(() => {
    if (current + 1 === stepInUrl) return
    const timer = setTimeout(() => onSearchChange({ step: current + 1 }, { replace: true }), 300)
    return () => clearTimeout(timer)
  }, [current, stepInUrl, onSearchChange])

  const goTo = useCallback((index: number) => setCurrent(Math.max(0, Math.min(index, Math.max(0, total - 1)))), [total])

  /** The position of the step with `id` at `time` in the current timeline (checked against its page). */
  const locate = useCallback(
    async (time: number, id?: string): Promise<number> => {
      const { index } = await locateStep(tenant, sessionId, filter, time)
      if (!id) return index
      const page = await fetchPage(pageOfIndex(index))
      const exact = page.items.findIndex((item) => item.id === id)
      return exact >= 0 ? (page.items[exact]?.index ?? index) : index
    },
    [tenant, sessionId, filter, fetchPage],
  )

  // Playback.
  const stop = useCallback(() => setPlaying(false), [])
  usePlayback({ playing, current, total, stepAt: steps.stepAt, speed, skipIdle, onAdvance: setCurrent, onEnd: stop })

  // Search (server side) and moving between matches.
  const [matchCursor, setMatchCursor] = useState(-1)
  const matchPage = matchCursor >= 0 ? Math.floor(matchCursor / SEARCH_PAGE_SIZE) + 1 : 1
  const matches = useQuery({ ...stepSearchQueryOptions(tenant, sessionId, filter, q, matchPage), enabled: q !== '' })
  const matchTotal = q === '' ? undefined : matches.data?.total
  const matchIds = useMemo(() => (q === '' || !matches.data ? NO_MATCHES : new Set(matches.data.items.map((item) => item.id))), [q, matches.data])
  const matchTimes = useMemo(() => (q === '' || !matches.data ? [] : matches.data.items.map((item) => Date.parse(item.at))), [q, matches.data])

  /** Shows match `wanted` (wrapping around) of the search for `text`. */
  const jumpToMatch = useCallback(
    async (text: string, wanted: number, count: number) => {
      if (count <= 0) return
      const k = ((wanted % count) + count) % count
      try {
        const page = await queryClient.fetchQuery(stepSearchQueryOptions(tenant, sessionId, filter, text, Math.floor(k / SEARCH_PAGE_SIZE) + 1))
        const match = page.items[k % SEARCH_PAGE_SIZE]
        if (!match) return
        setPlaying(false)
        setMatchCursor(k)
        goTo(await locate(Date.parse(match.at), match.id))
      } catch (error) {
        toast.error('Could not jump to the match', { description: error instanceof Error ? error.message : undefined })
      }
    },
    [queryClient, tenant, sessionId, filter, goTo, locate],
  )
  const goToMatch = (wanted: number) => {
    if (matchTotal !== undefined) return void jumpToMatch(q, wanted, matchTotal)
    // Asked before the count arrived (e.g. Enter on a reloaded search): read it, then jump.
    if (q !== '') void queryClient.fetchQuery(stepSearchQueryOptions(tenant, sessionId, filter, q, 1)).then((first) => jumpToMatch(q, wanted, first.total), () => undefined)
  }

  // A new search jumps to its first match; a reloaded link keeps its step.
  const changeQuery = async (next: string) => {
    setMatchCursor(-1)
    onSearchChange({ q: next || undefined })
    if (next === '') return
    try {
      const first = await queryClient.fetchQuery(stepSearchQueryOptions(tenant, sessionId, filter, next, 1))
      await jumpToMatch(next, 0, first.total)
    } catch (error) {
      toast.error('The search failed', { description: error instanceof Error ? error.message : undefined })
    }
  }

  // Filters keep the step in view: the new timeline is entered at the same moment.
  const changeFilter = async (change: { types?: SwsStepType[]; tab?: string | undefined }) => {
    const nextTypes = change.types ?? types
    const nextTab = 'tab' in change ? change.tab : search.tab
    const nextFilter = { ...(nextTypes.length > 0 ? { types: nextTypes.join(',') } : {}), ...(nextTab ? { tab: nextTab } : {}) }
    setPlaying(false)
    setMatchCursor(-1)
    let index = 0
    if (step) {
      try {
        index = (await locateStep(tenant, sessionId, nextFilter, Date.parse(step.at))).index
      } catch {
        index = 0
      }
    }
    setCurrent(index)
    onSearchChange({ types: nextFilter.types, tab: nextFilter.tab, step: index + 1 })
  }

  // Scrubber: seeking by time, settled so a drag asks once where it stops.
  const [seekTime, setSeekTime] = useState<number | null>(null)
  useEffect(() => {
    if (seekTime === null) return
    const timer = setTimeout(() => {
      locate(seekTime)
        .then((index) => goTo(index))
        .catch((error: unknown) => toast.error('Could not seek', { description: error instanceof Error ? error.message : undefined }))
        .finally(() => setSeekTime(null))
    }, 150)
    return () => clearTimeout(timer)
  }, [seekTime, locate, goTo])

  const markers = useQuery(stepMarkersQueryOptions(tenant, sessionId, filter))
  useTimeDisplay() // positionText names the step's time in the chosen zone

  usePlayerShortcuts({
    togglePlay: () => setPlaying((now) => !now),
    next: () => goTo(current + 1),
    previous: () => goTo(current - 1),
    first: () => goTo(0),
    last: () => goTo(total - 1),
    slower: () => setSpeed((now) => PLAYBACK_SPEEDS[Math.max(0, PLAYBACK_SPEEDS.indexOf(now) - 1)] ?? now),
    faster: () => setSpeed((now) => PLAYBACK_SPEEDS[Math.min(PLAYBACK_SPEEDS.length - 1, PLAYBACK_SPEEDS.indexOf(now) + 1)] ?? now),
    focusSearch: () => searchInput.current?.focus(),
    nextMatch: () => goToMatch(matchCursor + 1),
    previousMatch: () => goToMatch(matchCursor - 1),
    help: () => setHelpOpen(true),
  })

  const startMs = header.startedAt ? Date.parse(header.startedAt) : null
  const endMs = header.endedAt ? Date.parse(header.endedAt) : (markers.data?.items.at(-1) ? Date.parse(markers.data.items.at(-1)?.at ?? '') : null)
  const stepMs = step ? Date.parse(step.at) : null
  const shownMs = seekTime ?? stepMs ?? startMs ?? 0
  const positionText = total === 0 ? 'No steps' : `Step ${(current + 1).toLocaleString()} of ${total.toLocaleString()}${step ? ` · ${formatDateTimeWithSeconds(step.at)}` : ''}`
  const who = header.user?.fullName || header.user?.username || 'unknown user'

  return (
    <>
      <PageHeader
        area="Secure Web Sessions"
        title={`Session of ${who}`}
        description={
          <>
            <span className="line-clamp-1 break-all" title={header.application?.name}>
              {header.application?.name ?? 'Unknown application'}
            </span>
            <span className="font-mono text-xs">{header.id}</span>
          </>
        }
        actions={
          <>
            <Button variant="ghost" asChild>
              <Link to="/t/$tenant/sws/sessions" params={{ tenant }}>
                <ArrowLeft aria-hidden />
                Sessions
              </Link>
            </Button>
            <Button variant="outline" onClick={() => setHelpOpen(true)}>
              <Keyboard aria-hidden />
              Shortcuts
            </Button>
            {canExport && <ExportStepsButton tenant={tenant} sessionId={sessionId} filter={filter} />}
          </>
        }
      />
      <SessionHeaderCard header={header} />

      <div className="mt-4 grid gap-4 xl:grid-cols-[minmax(0,1fr)_30rem]">
        <section aria-label="Player" className="min-w-0 space-y-3">
          <StepStage step={step} index={current} total={total} />
          <div className="bg-card space-y-3 rounded-lg border p-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <TransportControls
                playing={playing}
                canGoBack={current > 0}
                canGoForward={current < total - 1}
                speed={speed}
                skipIdle={skipIdle}
                onTogglePlay={() => setPlaying((now) => !now)}
                onFirst={() => goTo(0)}
                onPrevious={() => goTo(current - 1)}
                onNext={() => goTo(current + 1)}
                onLast={() => goTo(total - 1)}
                onSpeedChange={setSpeed}
                onSkipIdleChange={setSkipIdle}
              />
              <p className="text-muted-foreground text-sm tabular-nums" aria-live="off" data-testid="player-position">
                {positionText}
              </p>
            </div>
            {startMs !== null && endMs !== null && (
              <SessionScrubber
                startMs={startMs}
                endMs={Math.max(endMs, stepMs ?? endMs)}
                currentMs={shownMs}
                markers={markers.data?.items ?? []}
                matchTimes={matchTimes}
                positionText={positionText}
                onSeek={setSeekTime}
              />
            )}
            {markers.data?.truncated && <p className="text-muted-foreground text-xs">Only the first marks are shown: this session has more notable steps than the scrubber can hold.</p>}
          </div>
          <div className="bg-card rounded-lg border p-3">
            <StepDetails step={step} />
          </div>
        </section>

        <section aria-label="Timeline" className="bg-card min-w-0 overflow-hidden rounded-lg border">
          <div className="space-y-2 border-b p-3">
            <StepSearchBar
              ref={searchInput}
              query={q}
              total={matchTotal}
              position={matchCursor}
              searching={q !== '' && matches.isFetching}
              onQueryChange={(next) => void changeQuery(next)}
              onNext={() => goToMatch(matchCursor + 1)}
              onPrevious={() => goToMatch(matchCursor - 1)}
            />
            <div className="flex flex-wrap items-center justify-between gap-2">
              <StepFilters
                types={types}
                tab={search.tab}
                tabIds={header.tabIds}
                onTypesChange={(next) => void changeFilter({ types: next })}
                onTabChange={(next) => void changeFilter({ tab: next })}
              />
              <span className="text-muted-foreground text-xs tabular-nums">
                {steps.total === undefined && filtered ? 'Counting…' : `${total.toLocaleString()} steps${filtered ? ' match' : ''}`}
              </span>
            </div>
          </div>
          {steps.error ? (
            <Alert variant="destructive" className="m-3 w-auto">
              <CircleAlert aria-hidden />
              <AlertTitle>Steps could not be loaded</AlertTitle>
              <AlertDescription>
                <p>{steps.error.message}</p>
                <Button variant="outline" size="sm" className="mt-2" onClick={steps.retry}>
                  <RotateCw aria-hidden />
                  Try again
                </Button>
              </AlertDescription>
            </Alert>
          ) : total === 0 && steps.total !== undefined ? (
            <p className="text-muted-foreground p-6 text-center text-sm">No steps match these filters.</p>
          ) : (
            <StepTimeline
              total={total}
              current={current}
              startMs={startMs}
              stepAt={steps.stepAt}
              matchIds={matchIds}
              onSelect={(index) => {
                setPlaying(false)
                goTo(index)
              }}
              onRangeChange={setRange}
            />
          )}
        </section>
      </div>
      <ShortcutsHelpDialog open={helpOpen} onOpenChange={setHelpOpen} />
    </>
  )
}

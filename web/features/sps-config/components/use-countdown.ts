import { useEffect, useState } from 'react'

/** Seconds left from `seconds` measured at `since` (ms), ticking once a second; null without a start. */
export function useCountdown(seconds: number | null, since: number): number | null {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (seconds === null) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [seconds, since])
  if (seconds === null) return null
  return Math.max(0, Math.round(seconds - (now - since) / 1000))
}

export function formatCountdown(seconds: number): string {
  const minutes = Math.floor(seconds / 60)
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`
}

import { useEffect } from 'react'

/** Names the browser tab after the screen, so history and tabs say where they lead. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Gatehouse`
  }, [title])
}

/** One row of a bulk action: waiting, running, done, or failed with the reason. */
export interface BulkItem {
  id: string
  label: string
  state: 'waiting' | 'running' | 'done' | 'failed'
  message?: string
}

/**
 * Runs `task` for every item, at most `concurrency` at a time, reporting each item's state as it
 * changes. A failure is recorded on its row and the rest go on.
 */
export async function runBulk(
  items: readonly { id: string; label: string }[],
  task: (id: string) => Promise<unknown>,
  onUpdate: (items: BulkItem[]) => void,
  concurrency = 3,
): Promise<BulkItem[]> {
  const state: BulkItem[] = items.map((item) => ({
    ...item,
    state: 'waiting',
  }))
  const publish = () => onUpdate(state.map((item) => ({ ...item })))
  let next = 0
  const worker = async () => {
    while (next < state.length) {
      const index = next++
      const item = state[index] as BulkItem
      item.state = 'running'
      publish()
      try {
        await task(item.id)
        item.state = 'done'
      } catch (error) {
        item.state = 'failed'
        item.message = error instanceof Error ? error.message : 'It failed.'
      }
      publish()
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, state.length) }, worker))
  return state
}

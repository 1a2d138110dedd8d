import type { Socket } from 'node:net'

// Requests a fault is holding back: added latency and hung responses. Reset and shutdown release
// them all at once, so a hung request never outlives the test or the simulator that made it.

export type WaitOutcome = 'elapsed' | 'released' | 'client-closed'

interface PendingWait {
  finish(outcome: WaitOutcome): void
}

export class PendingWaits {
  private readonly waits = new Set<PendingWait>()

  get count(): number {
    return this.waits.size
  }

  /**
   * Waits `ms` (Infinity: until released), or until the client's socket closes when one is given.
   * Nothing of it keeps the process alive except the timer of a finite wait.
   */
  wait(ms: number, socket?: Socket): Promise<WaitOutcome> {
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined
      const onClose = (): void => wait.finish('client-closed')
      const wait: PendingWait = {
        finish: (outcome) => {
          if (!this.waits.delete(wait)) return
          if (timer) clearTimeout(timer)
          socket?.off('close', onClose)
          resolve(outcome)
        },
      }
      this.waits.add(wait)
      if (Number.isFinite(ms)) timer = setTimeout(() => wait.finish('elapsed'), ms)
      if (socket) {
        if (socket.destroyed) wait.finish('client-closed')
        else socket.once('close', onClose)
      }
    })
  }

  releaseAll(): void {
    for (const wait of [...this.waits]) wait.finish('released')
  }
}

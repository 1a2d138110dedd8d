import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { build, type Plugin } from 'vite'

/** One entry of Vite's build manifest (.vite/manifest.json), the fields the bench reads. */
export interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}
export type BuildManifest = Record<string, ManifestChunk>

export interface ModuleSize {
  id: string
  renderedBytes: number
}

export interface SpaBuild {
  outDir: string
  manifest: BuildManifest
  /** Rendered modules of each output chunk, by file name (from generateBundle). */
  modulesByChunkFile: Map<string, ModuleSize[]>
  buildMs: number
}

let pending: Promise<SpaBuild> | null = null

/**
 * Builds the SPA once per bench run, with the project's vite.config.ts plus a manifest and a
 * module-size probe, into a temporary folder: dist/web stays untouched for whoever is using it.
 * Lighthouse serves this same build, so the figures describe one build.
 */
export function spaBuild(): Promise<SpaBuild> {
  pending ??= buildOnce()
  return pending
}

export async function removeSpaBuild(): Promise<void> {
  if (!pending) return
  const built = await pending.catch(() => null)
  pending = null
  if (built) await rm(built.outDir, { recursive: true, force: true })
}

async function buildOnce(): Promise<SpaBuild> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'gatehouse-bench-web-'))
  const modulesByChunkFile = new Map<string, ModuleSize[]>()
  const moduleSizeProbe: Plugin = {
    name: 'gatehouse-bench:module-sizes',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue
        const modules = Object.entries(output.modules).map(([id, rendered]) => ({ id, renderedBytes: rendered.renderedLength }))
        modulesByChunkFile.set(output.fileName, modules)
      }
    },
  }
  const startedAt = performance.now()
  await build({
    logLevel: 'warn',
    plugins: [moduleSizeProbe],
    build: { outDir, emptyOutDir: true, manifest: true },
  })
  const buildMs = performance.now() - startedAt
  const manifest = JSON.parse(await readFile(path.join(outDir, '.vite', 'manifest.json'), 'utf8')) as BuildManifest
  return { outDir, manifest, modulesByChunkFile, buildMs }
}

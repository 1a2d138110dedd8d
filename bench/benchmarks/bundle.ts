import path from 'node:path'
import type { BenchRow, MeasuredBenchmark } from '../benchmark'
import { kib } from '../support/format'
import { gzipFileBytes } from '../support/gzip-size'
import { spaBuild, type BuildManifest, type ManifestChunk, type ModuleSize } from '../support/spa-build'

const BUDGET_BYTES = 150 * 1024
const BUDGET = '≤ 150 KB gzip JS before sign-in is usable'
const SIGN_IN_ROUTE_SOURCE = 'routes/sign-in.tsx'

/** Manifest keys of the chunks themselves plus everything they import statically, transitively. */
function withStaticImports(manifest: BuildManifest, keys: Iterable<string>): Set<string> {
  const seen = new Set<string>()
  const visit = (key: string): void => {
    if (seen.has(key)) return
    seen.add(key)
    for (const imported of manifest[key]?.imports ?? []) visit(imported)
  }
  for (const key of keys) visit(key)
  return seen
}

/** Vite's root: manifest keys are paths relative to it. */
const WEB_ROOT = path.resolve('web')

/**
 * TanStack Router's code splitting turns a route file's lazy parts into modules `<file>?tsr-split=…`
 * (the rest of the file is in the route tree, in the entry). The route file of such a module id.
 */
function splitRouteFileOf(moduleId: string): string | null {
  const [file, query] = moduleId.replace(/^\0/, '').split('?')
  if (!file || !query?.includes('tsr-split')) return null
  return path.relative(WEB_ROOT, file).split(path.sep).join('/')
}

/** A module id as a reader knows it: the npm package, or the path in the repo. */
function moduleLabel(id: string): string {
  const clean = id.replace(/^\0/, '').split('?')[0] ?? id
  const nodeModules = clean.lastIndexOf('node_modules/')
  if (nodeModules >= 0) return clean.slice(nodeModules + 'node_modules/'.length)
  return path.relative(process.cwd(), clean) || clean
}

function packageOf(label: string): string {
  const parts = label.split('/')
  if (label.startsWith('@') && parts.length > 1) return `${parts[0]}/${parts[1]}`
  const isAppCode = label.startsWith('web/') || label.startsWith('contract/') || !label.includes('/')
  return isAppCode ? 'app code (web/, contract/)' : (parts[0] ?? label)
}

export const bundleBenchmark: MeasuredBenchmark = {
  name: 'bundle',
  budget: BUDGET,
  async run() {
    const built = await spaBuild()
    const { manifest, outDir } = built
    const chunkOf = (key: string): ManifestChunk => {
      const chunk = manifest[key]
      if (!chunk) throw new Error(`the build manifest has no chunk ${key}`)
      return chunk
    }
    const fileBytes = async (file: string): Promise<number> => gzipFileBytes(path.join(outDir, file))

    const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry)
    if (!entryKey) throw new Error('the build manifest has no entry chunk')
    // A route's split modules are in chunks of their own, or in a group chunk (vite.config.ts's
    // CHUNK_GROUPS) shared with others: found by the modules each output file holds.
    const keyOfFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]))
    const routeChunkKeys = new Map<string, Set<string>>()
    for (const [file, modules] of built.modulesByChunkFile) {
      const key = keyOfFile.get(file)
      if (!key) continue
      for (const module of modules) {
        const routeFile = splitRouteFileOf(module.id)
        if (routeFile) routeChunkKeys.set(routeFile, (routeChunkKeys.get(routeFile) ?? new Set()).add(key))
      }
    }
    const signInKeys = [...(routeChunkKeys.get(SIGN_IN_ROUTE_SOURCE) ?? [])]
    // No chunk of its own means the sign-in route was bundled into the entry chunk.

    const entryClosure = withStaticImports(manifest, [entryKey])
    const signInClosure = withStaticImports(manifest, [entryKey, ...signInKeys])
    const jsFiles = [...new Set([...signInClosure].map((key) => chunkOf(key).file))]
    const cssFiles = [...new Set([...signInClosure].flatMap((key) => chunkOf(key).css ?? []))]
    const jsFileBytes = await Promise.all(jsFiles.map(async (file) => ({ file, gzipBytes: await fileBytes(file) })))
    const jsBytes = jsFileBytes.reduce((sum, entry) => sum + entry.gzipBytes, 0)
    const cssBytes = (await Promise.all(cssFiles.map(fileBytes))).reduce((sum, bytes) => sum + bytes, 0)
    const entryJsBytes = await fileBytes(chunkOf(entryKey).file)

    const rows: BenchRow[] = [
      {
        benchmark: 'bundle',
        subject: 'JS before sign-in is usable (entry + sign-in route + static imports)',
        figures: `${kib(jsBytes)} gzip in ${jsFiles.length} files (entry chunk alone ${kib(entryJsBytes)}${signInKeys.length ? '' : '; sign-in has no chunk of its own'})`,
        budget: '≤ 150 KB gzip',
        met: jsBytes <= BUDGET_BYTES,
        data: { gzipBytes: jsBytes, entryChunkGzipBytes: entryJsBytes, files: jsFileBytes.sort((a, b) => b.gzipBytes - a.gzipBytes), buildMs: Math.round(built.buildMs) },
      },
      {
        benchmark: 'bundle',
        subject: 'CSS before sign-in is usable',
        figures: `${kib(cssBytes)} gzip in ${cssFiles.length} files`,
        budget: '—',
        met: null,
        data: { gzipBytes: cssBytes, files: cssFiles },
      },
    ]

    // What dominates: each module's rendered size before minification, from generateBundle.
    // Gzip of a module alone would mislead (gzip shares its dictionary across a chunk).
    const signInModules: ModuleSize[] = jsFiles.flatMap((file) => built.modulesByChunkFile.get(file) ?? [])
    const signInRawBytes = signInModules.reduce((sum, module) => sum + module.renderedBytes, 0)
    const byPackage = new Map<string, number>()
    for (const module of signInModules) {
      const name = packageOf(moduleLabel(module.id))
      byPackage.set(name, (byPackage.get(name) ?? 0) + module.renderedBytes)
    }
    const packagesBySize = [...byPackage].sort((a, b) => b[1] - a[1])
    rows.push({
      benchmark: 'bundle',
      subject: 'sign-in JS by package (rendered bytes before minification)',
      figures: packagesBySize.slice(0, 8).map(([name, bytes]) => `${name} ${((100 * bytes) / signInRawBytes).toFixed(0)}%`).join(', '),
      budget: '—',
      met: null,
      data: { signInRawBytes, byPackage: Object.fromEntries(packagesBySize) },
    })
    const entryModules: ModuleSize[] = built.modulesByChunkFile.get(chunkOf(entryKey).file) ?? []
    const entryRawBytes = entryModules.reduce((sum, module) => sum + module.renderedBytes, 0)
    const largestModules = [...entryModules].sort((a, b) => b.renderedBytes - a.renderedBytes).slice(0, 10)
    largestModules.forEach((module, index) => {
      const share = entryRawBytes > 0 ? ((100 * module.renderedBytes) / entryRawBytes).toFixed(0) : '?'
      rows.push({
        benchmark: 'bundle',
        subject: `entry module #${index + 1}: ${moduleLabel(module.id)}`,
        figures: `${kib(module.renderedBytes)} before minification (${share}% of entry chunk)`,
        budget: '—',
        met: null,
        data: { id: moduleLabel(module.id), renderedBytes: module.renderedBytes },
      })
    })

    // Route chunks: what navigating to a route adds on top of the entry and its imports.
    for (const [routeFile, keys] of [...routeChunkKeys].sort(([a], [b]) => a.localeCompare(b))) {
      const ownKeys = [...keys]
      const ownFiles = [...new Set(ownKeys.map((key) => chunkOf(key).file))]
      const addedFiles = [...new Set([...withStaticImports(manifest, ownKeys)].filter((key) => !entryClosure.has(key)).map((key) => chunkOf(key).file))].filter((file) => file.endsWith('.js'))
      const ownBytes = (await Promise.all(ownFiles.map(fileBytes))).reduce((sum, bytes) => sum + bytes, 0)
      const addedBytes = (await Promise.all(addedFiles.map(fileBytes))).reduce((sum, bytes) => sum + bytes, 0)
      rows.push({
        benchmark: 'bundle',
        subject: `route ${routeFile}`,
        figures: `${kib(ownBytes)} gzip in ${ownFiles.join(', ')}; ${kib(addedBytes)} in ${addedFiles.length} files with imports beyond the entry`,
        budget: '—',
        met: null,
        data: { ownGzipBytes: ownBytes, withImportsGzipBytes: addedBytes, files: addedFiles },
      })
    }
    return rows
  },
}

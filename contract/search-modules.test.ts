import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'

/*
 * Route definitions (validateSearch, loaderDeps) load in the SPA's entry chunk, before sign-in,
 * where zod would cost the sign-in page's budget (DESIGN.md, ≤ 150 KB). So the values they check
 * URLs against live in small zod-free contract modules, which the big contract files re-export.
 */

const contractDir = path.dirname(fileURLToPath(import.meta.url))
const webFeaturesDir = path.join(contractDir, '..', 'web', 'features')
const source = (file: string) => readFileSync(file, 'utf8')
const ZOD_FREE = ['audit-actions', 'csrf', 'roles', ...readdirSync(contractDir).filter((file) => /-search\.ts$/.test(file) && !file.endsWith('.test.ts')).map((file) => file.slice(0, -3))]

/** Contract modules a file imports values (not only types) from; `prefix` is how it names them. */
function contractValueImports(text: string, prefix: '@contract/' | './'): string[] {
  return [...text.matchAll(/^import\s+(?!['"])(type\s)?[\s\S]*?\sfrom\s+'([^']+)'/gm)]
    .filter((match) => !match[1] && match[2]!.startsWith(prefix))
    .map((match) => match[2]!.slice(prefix.length))
}
const load = (name: string) => import(/* @vite-ignore */ pathToFileURL(path.join(contractDir, `${name}.ts`)).href) as Promise<Record<string, unknown>>

/** The big module that re-exports a small one, e.g. identity-users-search → identity-users. */
const bigModuleOf = (small: string) => (small === 'audit-actions' || small === 'audit-log-search' ? 'audit-log' : small === 'csrf' ? 'auth' : small.replace(/-search$/, ''))

describe('zod-free contract modules', () => {
  it.each(ZOD_FREE)('%s imports no zod and only other zod-free modules', (name) => {
    const text = source(path.join(contractDir, `${name}.ts`))
    expect(text).not.toMatch(/from 'zod/)
    for (const imported of contractValueImports(text, './')) expect(ZOD_FREE).toContain(imported)
  })

  it.each(ZOD_FREE.filter((name) => name !== 'roles'))('%s is re-exported by its big module, so there is one source of truth', async (name) => {
    const [small, big] = await Promise.all([load(name), load(bigModuleOf(name))])
    expect(Object.keys(small).length).toBeGreaterThan(0)
    for (const [key, value] of Object.entries(small)) expect(big[key], `${bigModuleOf(name)}.${key}`).toBe(value)
  })
})

describe('route search modules (web/features/*/*-search.ts)', () => {
  const searchModules = readdirSync(webFeaturesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) => readdirSync(path.join(webFeaturesDir, dir.name)).filter((file) => /-search\.ts$/.test(file)).map((file) => path.join(dir.name, file)))

  it('exist', () => expect(searchModules.length).toBeGreaterThan(5))

  it.each(searchModules)('%s reads values only from zod-free contract modules', (file) => {
    const text = source(path.join(webFeaturesDir, file))
    expect(text).not.toMatch(/from 'zod/)
    for (const imported of contractValueImports(text, '@contract/')) expect(ZOD_FREE).toContain(imported)
  })
})

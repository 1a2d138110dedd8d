import { readFile } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'

/** zlib's default level, as the BFF's hono/compress (CompressionStream) sends assets. */
export async function gzipFileBytes(file: string): Promise<number> {
  return gzipSync(await readFile(file)).length
}

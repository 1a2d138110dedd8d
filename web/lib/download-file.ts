import { ApiRequestError, unwrap } from './api-client'

/**
 * Runs a download request (an export.csv, an audit trail…) and hands the answer to the browser as
 * a file, named as the server's Content-Disposition says; resolves with that name. A failed
 * answer becomes the API's own error (message, field errors), as any other call's would.
 */
export async function downloadFile(request: () => Promise<Response>, fallbackName: string): Promise<string> {
  let response: Response
  try {
    response = await request()
  } catch {
    throw new ApiRequestError(0, 'network_error', 'The console server could not be reached. Check your connection and try again.')
  }
  if (!response.ok) await unwrap(Promise.resolve(response))
  const filename = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName
  const url = URL.createObjectURL(await response.blob())
  try {
    const link = document.createElement('a')
    link.href = url
    link.download = filename
    link.click()
  } finally {
    // The click has handed the file to the browser's download by the time this runs.
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
  return filename
}

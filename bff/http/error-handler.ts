import type { ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { ERROR_CODES } from '../../contract/errors'
import type { AppEnv } from '../app-env'
import { ApiError } from './api-error'

export const handleError: ErrorHandler<AppEnv> = (error, c) => {
  if (error instanceof ApiError) {
    for (const [name, value] of Object.entries(error.headers)) c.header(name, value)
    return c.json(error.toBody(), error.status)
  }
  if (error instanceof HTTPException && error.status < 500) {
    // e.g. a malformed JSON body rejected by the validator before zod sees it.
    return c.json({ error: { code: ERROR_CODES.validation, message: error.message || 'The request could not be read.' } }, error.status)
  }
  c.var.deps?.log.error('request.failed', { requestId: c.var.requestId, path: c.req.path, error: String(error), stack: error.stack })
  return c.json({ error: { code: ERROR_CODES.internal, message: `Something went wrong on the server (request ${c.var.requestId}).` } }, 500)
}

export const handleApiNotFound: NotFoundHandler<AppEnv> = (c) =>
  c.json({ error: { code: ERROR_CODES.notFound, message: `There is no API at ${c.req.method} ${c.req.path}.` } }, 404)

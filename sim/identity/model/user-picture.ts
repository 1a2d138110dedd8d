import { badArgument } from '../envelope/identity-api-error'
import type { RequestBody } from '../http/request-body'
import type { UserPicture } from '../identity-runtime'

// SetUserPicture takes the picture as a multipart file (`Picture`, S5) or as base64 in JSON
// (`{"File": "..."}`, S6); the notes cannot say which the server needs, so both are read.

const MAX_PICTURE_BYTES = 2 * 1024 * 1024

const SIGNATURES: readonly { readonly type: string; readonly bytes: readonly number[] }[] = [
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { type: 'image/bmp', bytes: [0x42, 0x4d] },
]

export function pictureFromBody(body: RequestBody): UserPicture {
  const part = body.files.find((file) => file.field.toLowerCase() === 'picture') ?? body.files[0]
  let bytes: Uint8Array | undefined = part?.bytes
  if (!bytes) {
    const encoded = Object.entries(body.fields ?? {}).find(([name]) => name.toLowerCase() === 'file')?.[1]
    if (typeof encoded === 'string') bytes = new Uint8Array(Buffer.from(encoded.replace(/^data:[^,]*,/, ''), 'base64'))
  }
  if (!bytes || bytes.length === 0) throw badArgument('No picture was sent: send it as the multipart file "Picture" or as base64 in "File".')
  if (bytes.length > MAX_PICTURE_BYTES) throw badArgument(`The picture is larger than ${MAX_PICTURE_BYTES} bytes.`)
  const signature = SIGNATURES.find((candidate) => candidate.bytes.every((byte, index) => bytes[index] === byte))
  if (!signature) throw badArgument('The picture is not a PNG, JPEG, GIF or BMP image.')
  return { contentType: signature.type, bytes }
}

export function pictureUri(uuid: string): string {
  return `/UserMgmt/GetUserPicture?id=${uuid}`
}

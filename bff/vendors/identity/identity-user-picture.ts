import { PICTURE_MAX_BYTES } from '../../../contract/identity-users'

// SetUserPicture takes PNG, JPEG, GIF or BMP up to 2 MB. The type is read from the file's own
// first bytes, never from what the browser claims.

const SIGNATURES: { type: string; bytes: number[] }[] = [
  {
    type: 'image/png',
    bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { type: 'image/bmp', bytes: [0x42, 0x4d] },
]

export type PictureCheck = { ok: true; type: string; bytes: number } | { ok: false; message: string }

export function checkPicture(base64: string): PictureCheck {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return { ok: false, message: 'The picture is not valid base64.' }
  const data = Buffer.from(base64, 'base64')
  if (data.length === 0) return { ok: false, message: 'The picture is empty.' }
  if (data.length > PICTURE_MAX_BYTES) return { ok: false, message: 'The picture is larger than 2 MB.' }
  const match = SIGNATURES.find((signature) => signature.bytes.every((byte, index) => data[index] === byte))
  if (!match) return { ok: false, message: 'Use a PNG, JPEG, GIF or BMP picture.' }
  return { ok: true, type: match.type, bytes: data.length }
}

import { z } from 'zod'

/** One stored size of a picture: its bytes are in the image store under their SHA-256. */
export const storedImageFile = z.strictObject({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mimeType: z.enum(['image/png', 'image/jpeg']),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
})

/**
 * A picture as a send's snapshot holds it: each size a renderer draws, by checksum. The PDF
 * draws `print`; the email and the patient's page show `email`.
 */
export const snapshotImage = z.strictObject({
  key: z.string().min(1),
  alt: z.string(),
  print: storedImageFile,
  email: storedImageFile,
})

export type StoredImageFile = z.infer<typeof storedImageFile>
export type SnapshotImage = z.infer<typeof snapshotImage>
/** Which of a picture's stored sizes a renderer draws. */
export type ImageTarget = 'print' | 'email'

/** A 4xx answer in Payload's own error shape, so clients read every refusal the same way. */
export const refusal = (status: number, message: string): Response =>
  Response.json({ errors: [{ message }] }, { status })

export const notFound = (): Response => refusal(404, 'Not Found')

/** Thrown by a check deep in a body or query; turned into a refusal at the edge. */
export class RequestRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = 'RequestRefused'
  }
}

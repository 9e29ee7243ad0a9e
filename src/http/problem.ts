/** An error response in Payload's shape: `{ errors: [{ message }] }`, never cached. */
export const problem = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

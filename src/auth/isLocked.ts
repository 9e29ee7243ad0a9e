/** Whether an account's lock (Payload's `lockUntil`) is still in force. */
export const isLocked = (lockUntil: string | Date | null | undefined): boolean =>
  Boolean(lockUntil) && new Date(lockUntil as string | Date).getTime() > Date.now()

/**
 * The field paths and messages of a save Payload refused (what the admin shows beside each
 * field); fails the test when the save was accepted.
 */
export const rejection = async (operation: () => Promise<unknown>) => {
  try {
    await operation()
  } catch (error) {
    const { name, data } = error as Error & {
      data?: { errors?: Array<{ path: string; message: string }> }
    }
    return { name, errors: data?.errors ?? [] }
  }
  throw new Error('The save was accepted')
}

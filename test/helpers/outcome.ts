export type Outcome = 'allowed' | 'forbidden' | 'not found'

/** Runs an operation and names how it ended; any other error fails the test with its message. */
export const outcomeOf = async (operation: () => Promise<unknown>): Promise<Outcome> => {
  try {
    await operation()
    return 'allowed'
  } catch (error) {
    const name = (error as Error).name
    if (name === 'Forbidden') {
      return 'forbidden'
    }
    if (name === 'NotFound') {
      return 'not found'
    }
    throw error
  }
}

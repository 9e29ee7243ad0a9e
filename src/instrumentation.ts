/** Next runs this once when a server process starts, before it answers requests. */
export const register = async () => {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { installRequestHook } = await import('./http/requestHook')
    installRequestHook()
  }
}

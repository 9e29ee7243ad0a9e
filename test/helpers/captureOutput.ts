/** Everything written to stdout, stderr and the console while `task` runs. */
export const captureOutput = async (task: () => Promise<unknown>): Promise<string> => {
  const chunks: string[] = []
  const originals = {
    stdout: process.stdout.write.bind(process.stdout),
    stderr: process.stderr.write.bind(process.stderr),
  }
  const consoleMethods = ['log', 'info', 'warn', 'error', 'debug'] as const
  const originalConsole = consoleMethods.map((method) => console[method])
  const record = (chunk: unknown) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString())
    return true
  }
  process.stdout.write = record as typeof process.stdout.write
  process.stderr.write = record as typeof process.stderr.write
  consoleMethods.forEach((method) => {
    console[method] = (...args: unknown[]) => record(args.map(String).join(' '))
  })
  try {
    await task()
  } finally {
    process.stdout.write = originals.stdout
    process.stderr.write = originals.stderr
    consoleMethods.forEach((method, index) => {
      console[method] = originalConsole[index]
    })
  }
  return chunks.join('')
}

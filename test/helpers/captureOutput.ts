import type { Payload } from 'payload'

type Logger = Payload['logger']
const loggerLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const

const logText = (args: unknown[]) =>
  args
    .map((arg) => {
      if (typeof arg === 'string') {
        return arg
      }
      const { msg, err } = (arg ?? {}) as { msg?: string; err?: Error }
      return [msg, err?.message].filter(Boolean).join(' ') || JSON.stringify(arg)
    })
    .join(' ')

/**
 * Everything written to stdout, stderr and the console while `task` runs, and what it logged
 * through `logger` (Payload's logger writes to the file descriptor itself, past `process.stdout`).
 */
export const captureOutput = async (
  task: () => Promise<unknown>,
  { logger }: { logger?: Logger } = {},
): Promise<string> => {
  const chunks: string[] = []
  const originals = {
    stdout: process.stdout.write.bind(process.stdout),
    stderr: process.stderr.write.bind(process.stderr),
  }
  const consoleMethods = ['log', 'info', 'warn', 'error', 'debug'] as const
  const originalConsole = consoleMethods.map((method) => console[method])
  const originalLogger = loggerLevels.map((level) => logger?.[level])
  const record = (chunk: unknown) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString())
    return true
  }
  process.stdout.write = record as typeof process.stdout.write
  process.stderr.write = record as typeof process.stderr.write
  consoleMethods.forEach((method) => {
    console[method] = (...args: unknown[]) => record(args.map(String).join(' '))
  })
  loggerLevels.forEach((level) => {
    if (logger) {
      logger[level] = ((...args: unknown[]) =>
        record(`${level.toUpperCase()}: ${logText(args)}\n`)) as Logger[typeof level]
    }
  })
  try {
    await task()
  } finally {
    process.stdout.write = originals.stdout
    process.stderr.write = originals.stderr
    consoleMethods.forEach((method, index) => {
      console[method] = originalConsole[index]
    })
    loggerLevels.forEach((level, index) => {
      if (logger) {
        logger[level] = originalLogger[index] as Logger[typeof level]
      }
    })
  }
  return chunks.join('')
}

import { parseArgs, type ParseArgsConfig } from 'node:util'

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * A command's options, parsed strictly: `--help` prints the usage and exits 0, and an unknown
 * option or a missing value prints what was wrong and the usage, and exits 2 (no stack trace).
 */
export const parseOptions = <T extends Options>(options: T, usage: string) => {
  if (process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h')) {
    console.log(usage)
    process.exit(0)
  }
  try {
    return parseArgs({ options, allowPositionals: false }).values
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`)
    process.exit(2)
  }
}

import { execFile } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** The PostgreSQL server the tests use, when it is this machine's own Debian cluster. */
export const localCluster = () => {
  const url = process.env.DATABASE_URL
  if (!url || process.env.EMBEDDED_DATABASE === '1' || !existsSync('/etc/postgresql')) {
    return undefined
  }
  const { hostname, port } = new URL(url)
  const [version] = readdirSync('/etc/postgresql')
  return ['127.0.0.1', 'localhost'].includes(hostname) && (port || '5432') === '5432' && version
    ? version
    : undefined
}

/** Restarts the whole server: every connection is dropped, and new ones are refused for a moment. */
export const restartPostgres = async (version: string) => {
  await run('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'restart'])
}

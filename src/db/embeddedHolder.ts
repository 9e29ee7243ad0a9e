import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Who has the embedded database's folder open, as written beside it in `<folder>.port`. */
export type EmbeddedHolder = {
  pid: number
  hostname: string
  command: string
  since: string
  /** The loopback port it serves the database on, once it does. */
  port?: number
}

const holderFile = (directory: string) => `${directory}.port`

export const readHolder = (directory: string): EmbeddedHolder | undefined => {
  try {
    return JSON.parse(readFileSync(holderFile(directory), 'utf8')) as EmbeddedHolder
  } catch {
    return undefined
  }
}

export const writeHolder = (directory: string, holder: EmbeddedHolder) =>
  writeFileSync(holderFile(directory), `${JSON.stringify(holder, null, 2)}\n`)

export const removeHolder = (directory: string) => rmSync(holderFile(directory), { force: true })

/** A path as typed from here, or absolute when it lies outside. */
export const shortPath = (file: string) => {
  const relative = path.relative(process.cwd(), file)
  return relative && !relative.startsWith('..') ? relative : file
}

/** `npm run dev` when npm started this very script (not a process it started), else the argv. */
const thisCommand = () => {
  const script = shortPath(process.argv[1] ?? '')
  return process.env.npm_lifecycle_event && process.env.npm_lifecycle_script?.includes(script)
    ? `npm run ${process.env.npm_lifecycle_event}`
    : [script, ...process.argv.slice(2)].join(' ')
}

export const thisProcessAsHolder = (): EmbeddedHolder => ({
  pid: process.pid,
  hostname: os.hostname(),
  command: thisCommand(),
  since: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
})

/** A process that was killed but not yet reaped by its parent still answers signals. */
const isZombie = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /s, '')
      .startsWith('Z')
  } catch {
    return false
  }
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0)
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
  return !isZombie(pid)
}

/**
 * True when the holder was on this machine and its process has ended (a crash, SIGKILL). A
 * holder on another host (a shared volume) is judged by the lock's age alone.
 */
export const holderIsGone = (holder: EmbeddedHolder) =>
  holder.hostname === os.hostname() && !isRunning(holder.pid)

export const describeHolder = (holder: EmbeddedHolder) =>
  `process ${holder.pid} (${holder.command}${holder.hostname === os.hostname() ? '' : ` on ${holder.hostname}`}), open since ${holder.since}`

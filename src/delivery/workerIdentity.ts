import { readFileSync } from 'node:fs'
import { hostname } from 'node:os'

/** `host:pid` of this process: recorded on the deliveries it works on. */
export const workerIdentity = () => `${hostname()}:${process.pid}`

/** A killed process stays a zombie until its new parent reaps it: it is not running. */
const isZombie = (pid: number) => {
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

/** False only when the worker ran on this machine and its process is gone. */
export const workerMayBeAlive = (identity: string) => {
  const [host, pid] = identity.split(':')
  if (host !== hostname() || !Number(pid)) {
    return true
  }
  try {
    process.kill(Number(pid), 0)
    return !isZombie(Number(pid))
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

import { hostname } from 'node:os'

/** `host:pid` of this process: recorded on the deliveries it works on. */
export const workerIdentity = () => `${hostname()}:${process.pid}`

/** False only when the worker ran on this machine and its process is gone. */
export const workerMayBeAlive = (identity: string) => {
  const [host, pid] = identity.split(':')
  if (host !== hostname() || !Number(pid)) {
    return true
  }
  try {
    process.kill(Number(pid), 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

import { readdirSync, readFileSync, readlinkSync } from 'node:fs'

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100

/** The socket inode listening on `port` (IPv4 or IPv6), from /proc/net/tcp{,6}. */
const listeningInode = (port: number) => {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0')
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const columns = line.trim().split(/\s+/)
      // local_address is "ADDRESS:PORT" in hex; state 0A is LISTEN; the inode is column 9.
      if (columns[1]?.endsWith(`:${hexPort}`) && columns[3] === '0A') {
        return columns[9]
      }
    }
  }
  return undefined
}

/** The process holding the socket that listens on `port` (Next renames its process title). */
const pidServing = (port: number) => {
  const inode = listeningInode(port)
  if (!inode) {
    return undefined
  }
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .find((pid) => {
      try {
        return readdirSync(`/proc/${pid}/fd`).some(
          (fd) => readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`,
        )
      } catch {
        return false
      }
    })
}

/**
 * The CPU time (user + system, ms, all its threads) the `next start` process serving `url` has
 * used so far, or undefined where /proc cannot tell (not Linux). CPU per request varies far
 * less with the machine's load than requests/s do.
 */
export const serverCpuMs = (url: string): (() => number) | undefined => {
  let pid: string | undefined
  try {
    pid = pidServing(Number(new URL(url).port))
  } catch {
    return undefined
  }
  if (!pid) {
    return undefined
  }
  return () => {
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND
  }
}

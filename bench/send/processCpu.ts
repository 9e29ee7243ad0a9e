import { readdir, readFile } from 'node:fs/promises'

/** CPU time a live process has used on Linux (user + system), in ms; 0 where unreadable. */
export const cpuMsOf = async (pid: number | undefined) => {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // utime and stime are fields 14 and 15 of stat, in clock ticks of 10 ms.
  return fields.length > 13 ? (Number(fields[11]) + Number(fields[12])) * 10 : 0
}

/**
 * CPU time used so far by this machine's PostgreSQL server processes (every backend, with
 * those of ended connections counted in their parent's): what the database spent, whoever
 * asked. Zero when the server runs elsewhere or its processes cannot be read.
 */
export const postgresCpuMs = async () => {
  const pids = (await readdir('/proc').catch(() => [] as string[])).filter((name) =>
    /^\d+$/.test(name),
  )
  const each = await Promise.all(
    pids.map(async (pid) => {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
      if (!stat.includes('(postgres)')) {
        return 0
      }
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      // utime, stime, and the children's cutime, cstime: fields 14 to 17.
      return fields.slice(11, 15).reduce((sum, value) => sum + Number(value), 0) * 10
    }),
  )
  return each.reduce((sum, ms) => sum + ms, 0)
}

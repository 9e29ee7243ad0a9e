import { fork, type ChildProcess } from 'node:child_process'
import { readFile } from 'node:fs/promises'

import { cpuMsOf } from './processCpu'

/** Peak resident memory of a live process on Linux (VmHWM), in bytes; 0 where unreadable. */
const peakRssOf = async (pid: number | undefined) => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
  const kb = /^VmHWM:\s+(\d+)\s+kB/m.exec(status)?.[1]
  return kb ? Number(kb) * 1024 : 0
}

const startedMessage = 'Delivery worker started.'

const startWorker = (env: NodeJS.ProcessEnv, concurrency: number, profileDir?: string) =>
  new Promise<ChildProcess>((resolve, reject) => {
    const child = fork(
      new URL('../../src/cli/jobs.ts', import.meta.url),
      ['--concurrency', String(concurrency)],
      {
        env,
        // Each thread of the worker (its main thread and its render threads) writes a profile
        // to profileDir when the worker stops.
        execArgv: profileDir
          ? [...process.execArgv, '--cpu-prof', `--cpu-prof-dir=${profileDir}`]
          : process.execArgv,
        stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
      },
    )
    let output = ''
    child.stdout!.setEncoding('utf8')
    child.stdout!.on('data', (chunk: string) => {
      output += chunk
      if (output.includes(startedMessage)) {
        resolve(child)
      }
    })
    child.once('exit', (code) =>
      reject(new Error(`A delivery worker exited before starting (code ${code}).`)),
    )
  })

/**
 * Starts `count` delivery workers, each `npm run jobs` in its own process on this benchmark's
 * database, mail server and files, as a clinic would run them beside the app; resolves once
 * every one has started and is polling the queue. They share the work through the jobs table
 * and the delivery claim.
 */
export const startWorkers = async (
  count: number,
  concurrency: number,
  { profileDir }: { profileDir?: string } = {},
) => {
  const env = { ...process.env, DATABASE_PUSH: 'false', JOBS_AUTORUN: 'false' }
  const workers = await Promise.all(
    Array.from({ length: count }, () => startWorker(env, concurrency, profileDir)),
  )
  return {
    count,
    /** The sum of the workers' peak RSS, read before they stop. */
    peakRss: async () =>
      (await Promise.all(workers.map((worker) => peakRssOf(worker.pid)))).reduce(
        (a, b) => a + b,
        0,
      ),
    /** CPU time each worker has used so far, in ms. */
    cpuMs: () => Promise.all(workers.map((worker) => cpuMsOf(worker.pid))),
    stop: () =>
      Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve) => {
              if (worker.exitCode !== null) {
                return resolve()
              }
              worker.once('exit', () => resolve())
              worker.kill('SIGTERM')
            }),
        ),
      ),
  }
}

export type Workers = Awaited<ReturnType<typeof startWorkers>>

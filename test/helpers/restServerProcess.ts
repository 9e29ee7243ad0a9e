/**
 * A second app process for tests: serves the REST routes and patient pages (startRestServer) on
 * the tests' database from a process of its own, prints `listening on <url>`, and runs until
 * killed. Start it with startScript('test/helpers/restServerProcess.ts').
 */
import { startRestServer } from './restServer'

const server = await startRestServer()
console.log(`listening on ${server.url}`)

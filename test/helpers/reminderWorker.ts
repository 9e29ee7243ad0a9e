/**
 * A reminder worker in a process of its own, for tests that kill one mid-run: the app's reminder
 * loop on the test database, judging time by the instant given as its one argument.
 */
import { getPayload } from 'payload'

import config from '../../src/payload.config'
import { startReminderLoop } from '../../src/reminders/reminderLoop'

const now = new Date(process.argv[2]).getTime()
const payload = await getPayload({ config })
startReminderLoop(payload, { now: () => now, everyMs: 200, concurrency: 4 })
console.log('Reminder worker started.')

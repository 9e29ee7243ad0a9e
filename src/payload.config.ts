import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, defaultLoggerOptions } from 'payload'
import sharp from 'sharp'

import { Alerts } from '../collections/Alerts'
import { AuditEvents } from '../collections/AuditEvents'
import { ClinicSettings } from '../collections/ClinicSettings'
import { Conditions } from '../collections/Conditions'
import { Deliveries } from '../collections/Deliveries'
import { LibraryState } from '../collections/LibraryState'
import { Media } from '../collections/Media'
import { PatientLinks } from '../collections/PatientLinks'
import { ReminderPreferences } from '../collections/ReminderPreferences'
import { ReminderSends } from '../collections/ReminderSends'
import { SessionLogs } from '../collections/SessionLogs'
import { Patients } from '../collections/Patients'
import { Programs } from '../collections/Programs'
import { Resources } from '../collections/Resources'
import { Routines } from '../collections/Routines'
import { Techniques } from '../collections/Techniques'
import { Tools } from '../collections/Tools'
import { Users } from '../collections/Users'
import { recordFailedSignIn } from '../collections/hooks/audit/auditFailedSignIn'
import { countingGlobalChanges, countingLibraryChanges } from '../collections/hooks/libraryChanged'
import { databaseAdapter } from './db/adapter'
import { keepPoolAlive } from './db/keepPoolAlive'
import { jobsConfig } from './delivery/jobsConfig'
import { staffSignIn } from './auth/staffSignInPlugin'
import { answerClientErrors } from './requestGuard/clientErrorsHook'
import { requestLimits } from './requestGuard/limits'
import { emailAdapter } from './email/adapter'
import { privateLoggerOptions } from './log/loggedError'
import { checkedEditor } from './richText/checkedEditor'
import { projectRoot } from './paths'
import { payloadSecret } from './secret'
import { recordKeptLogging } from './records/recordKept'

export default buildConfig({
  admin: {
    user: Users.slug,
    avatar: 'default',
    components: {
      beforeDashboard: ['/src/components/dashboard/ClinicianDashboard#ClinicianDashboard'],
    },
    meta: { titleSuffix: ' · Clinic CMS' },
    importMap: {
      baseDir: projectRoot,
      importMapFile: path.join(projectRoot, 'src', 'app', '(payload)', 'admin', 'importMap.js'),
    },
  },
  // The library's collections and globals (src/libraryCollections) count their changes.
  collections: countingLibraryChanges([
    Conditions,
    Techniques,
    Routines,
    Resources,
    Tools,
    Media,
    Patients,
    Programs,
    Deliveries,
    PatientLinks,
    ReminderPreferences,
    ReminderSends,
    SessionLogs,
    Alerts,
    Users,
    AuditEvents,
  ]),
  globals: countingGlobalChanges([ClinicSettings, LibraryState]),
  // Conditions and routines refer to each other: each level of depth multiplies a response.
  maxDepth: requestLimits.depth,
  graphQL: { maxComplexity: 1000 },
  upload: { limits: { fileSize: requestLimits.uploadBodyBytes } },
  hooks: { afterError: [answerClientErrors, recordFailedSignIn] },
  db: databaseAdapter(),
  editor: checkedEditor(lexicalEditor()),
  email: emailAdapter(),
  jobs: jobsConfig(),
  // Payload's pretty log, with failed queries logged without their SQL and bound values.
  logger: { options: privateLoggerOptions, destination: defaultLoggerOptions },
  // A request refused for what it asked (not allowed, not found, invalid) is answered to the
  // client with the reason; the server's log is kept for the server's own problems.
  loggingLevels: {
    Forbidden: false,
    NotFound: false,
    ValidationError: false,
    QueryError: 'info',
    ...recordKeptLogging,
  },
  onInit: keepPoolAlive,
  plugins: [staffSignIn],
  secret: payloadSecret(),
  // Absolute links in mail (password resets); unset, links are relative to the current host.
  serverURL: process.env.SERVER_URL,
  sharp,
  telemetry: false,
  // Types come from `npm run generate:types` (CI checks they are current), not from a
  // background process every start would spawn (each test suite, CLI and worker).
  typescript: {
    outputFile: path.join(projectRoot, 'src', 'payload-types.ts'),
    autoGenerate: false,
  },
})

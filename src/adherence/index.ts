/** The clinician's side of adherence: statistics, alerts and their emails, for the app and the worker. */
export { evaluateAlerts } from './evaluateAlerts'
export { runAdherenceChecks } from './runAdherenceChecks'
export { startAdherenceLoop } from './adherenceLoop'
export { sendAlertEmails } from './alertEmails'
export { summariseAdherence } from './statistics'
export { plannedBetween } from './planned'

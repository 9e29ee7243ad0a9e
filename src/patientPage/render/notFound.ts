/**
 * Moved to src/handouts/page/notFound.ts: this path stays only while
 * src/patientPage/respond.ts imports it.
 */
export { notFoundPage, tooManyPage, type Clinic } from '../../handouts/page/notFound'

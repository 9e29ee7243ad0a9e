/**
 * The handout as the patient's page renderer takes it today: a snapshot's document with each
 * picture as its email size's kept file. The renderer moves to take the snapshot itself.
 */
export type { KeptDocument, KeptImage } from '../handouts/snapshot/legacy'

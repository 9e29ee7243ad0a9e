import type { UIFieldServerComponent } from 'payload'

import { adherencePanelData } from '../../adherence/panelData'
import { AdherencePanelView } from './AdherencePanelView'
import './adherence.scss'

/**
 * The Adherence panel on a saved program's edit view, drawn on the server: the staff member's
 * read of the session logs is an audit event, and the charts need no script.
 */
export const AdherencePanel: UIFieldServerComponent = async ({ id, req }) => {
  const programId = Number(id)
  if (!id || !Number.isInteger(programId) || !req?.user) {
    return null
  }
  const data = await adherencePanelData(req, programId, new Date())
  const api = req.payload.config.routes.api
  return <AdherencePanelView data={data} csvUrl={`${api}/programs/${programId}/session-logs.csv`} />
}

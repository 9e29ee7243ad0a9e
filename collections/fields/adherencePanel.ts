import type { UIField } from 'payload'

/** The program's Adherence panel: sessions done against planned, pain, comments, CSV. */
export const adherencePanelField: UIField = {
  name: 'adherencePanel',
  type: 'ui',
  admin: {
    components: { Field: '/src/components/adherence/AdherencePanel#AdherencePanel' },
  },
}

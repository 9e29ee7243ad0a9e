import type { UIField } from 'payload'

/** The sidebar panel with the handout's preview, download and email-preview buttons. */
export const handoutActionsField: UIField = {
  name: 'handoutActions',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/src/components/HandoutActions#HandoutActions' },
  },
}

import type { UIField } from 'payload'

/** The sidebar panel with the patient's last delivery and the "Email to patient" button. */
export const deliveryPanelField: UIField = {
  name: 'deliveryPanel',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/src/components/DeliveryPanel#DeliveryPanel' },
  },
}

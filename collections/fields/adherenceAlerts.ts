import type { CollapsibleField, Field } from 'payload'

import { defaultAlertThresholds } from '../../src/adherence/thresholds'

const wholeNumber = (
  name: keyof typeof defaultAlertThresholds,
  label: string,
  min: number,
  max: number,
  description: string,
): Field => ({
  name,
  label,
  type: 'number',
  defaultValue: defaultAlertThresholds[name],
  min,
  max,
  admin: { step: 1, width: '50%', description },
  // Left empty, the rule uses its default (src/adherence/thresholds.ts).
  validate: (value: number | null | undefined) =>
    value === null ||
    value === undefined ||
    (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) ||
    `A whole number from ${min} to ${max}.`,
})

/**
 * The clinic's thresholds for adherence alerts, a collapsible "Adherence alerts" section of the
 * clinic settings (stored as the `adherenceAlerts` group): each alert rule reads its number here.
 */
export const adherenceAlertsGroup: CollapsibleField = {
  type: 'collapsible',
  label: 'Adherence alerts',
  admin: {
    initCollapsed: true,
    description:
      "When a patient's session logs raise an alert for their clinician (listed under Needs attention on the dashboard, and emailed at most every 5 minutes). Left empty, a threshold takes its default.",
  },
  fields: [
    {
      name: 'adherenceAlerts',
      type: 'group',
      label: false,
      fields: [
        {
          type: 'row',
          fields: [
            wholeNumber(
              'painUrgentAt',
              'Urgent pain score (0–10)',
              1,
              10,
              'A logged pain at or above this raises an urgent alert.',
            ),
            wholeNumber(
              'painRiseBy',
              'Pain rise over the first week',
              1,
              10,
              "A pain this much above the patient's first-week average raises an alert.",
            ),
          ],
        },
        {
          type: 'row',
          fields: [
            wholeNumber(
              'noLogDays',
              'Days without a log',
              1,
              60,
              'This many days without a log while the program is active raises an alert.',
            ),
            wholeNumber(
              'adherenceDropPoints',
              'Adherence drop (points)',
              1,
              100,
              'The 7-day adherence this many points below the 30-day one raises an alert.',
            ),
          ],
        },
      ],
    },
  ],
}

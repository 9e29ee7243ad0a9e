import type { Field, GroupField } from 'payload'

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
 * The clinic's thresholds for adherence alerts (clinic settings → "Adherence alerts"): each
 * alert rule reads its number here, defaults as the issue sets them.
 */
export const adherenceAlertsGroup: GroupField = {
  name: 'adherenceAlerts',
  label: 'Adherence alerts',
  type: 'group',
  admin: {
    description:
      "When a patient's session logs raise an alert for their clinician (shown under Needs attention, and emailed at most every 5 minutes).",
  },
  fields: [
    {
      type: 'collapsible',
      label: 'Thresholds',
      admin: { initCollapsed: true },
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

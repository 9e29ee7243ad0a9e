import type { ReactNode } from 'react'

import type { DashboardData } from '../../adherence/dashboardData'
import { moment } from '../adherence/format'
import { MarkSeenButton } from './MarkSeenButton'

type Filter = { selected?: number; clinicians: Array<{ id: number; name: string }> }

const severityLabel = { urgent: 'Urgent', high: 'High', low: 'Low' } as const

const day = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })

const Section = ({
  title,
  count,
  empty,
  children,
}: {
  title: string
  count: number
  empty: string
  children: ReactNode
}) => (
  <section className="clinic-dashboard__section" aria-label={title}>
    <h3 className="clinic-dashboard__heading">
      {title} <span className="clinic-dashboard__count">{count}</span>
    </h3>
    {count ? (
      <ul className="clinic-dashboard__list">{children}</ul>
    ) : (
      <p className="clinic-dashboard__empty">{empty}</p>
    )}
  </section>
)

/** The dashboard's four lists, from data already read; each row opens its program. */
export const DashboardView = ({
  data,
  adminRoute,
  filter,
}: {
  data: DashboardData
  adminRoute: string
  filter?: Filter
}) => {
  const programHref = (id: number) => `${adminRoute}/collections/programs/${id}`
  const whose = filter
    ? filter.selected
      ? (filter.clinicians.find((c) => c.id === filter.selected)?.name ?? 'One clinician')
      : 'The whole clinic'
    : 'Your patients'
  return (
    <div className="clinic-dashboard">
      <div className="clinic-dashboard__top">
        <h2 className="clinic-dashboard__title">{whose}</h2>
        {filter ? (
          <form className="clinic-dashboard__filter" method="get">
            <label htmlFor="clinic-dashboard-clinician">Clinician</label>
            <select
              id="clinic-dashboard-clinician"
              name="clinician"
              defaultValue={filter.selected ? String(filter.selected) : ''}
            >
              <option value="">Everyone</option>
              {filter.clinicians.map((clinician) => (
                <option key={clinician.id} value={clinician.id}>
                  {clinician.name}
                </option>
              ))}
            </select>
            <button
              type="submit"
              className="btn btn--style-secondary btn--size-small btn--no-margin"
            >
              Show
            </button>
          </form>
        ) : null}
      </div>
      <div className="clinic-dashboard__grid">
        <Section title="Needs attention" count={data.alerts.length} empty="No unseen alerts.">
          {data.alerts.map((alert) => (
            <li key={alert.id} className="clinic-dashboard__row" data-alert={alert.id}>
              <span className={`clinic-dashboard__pill clinic-dashboard__pill--${alert.severity}`}>
                {severityLabel[alert.severity]}
              </span>
              <span className="clinic-dashboard__main">
                <a href={programHref(alert.program.id)}>{alert.program.title}</a>
                <span className="clinic-dashboard__detail">
                  {alert.message} · {moment(alert.raisedAt)}
                </span>
              </span>
              <MarkSeenButton alertId={alert.id} />
            </li>
          ))}
        </Section>
        <Section
          title="Due for review"
          count={data.dueForReview.length}
          empty="No program is due for review in the next 7 days."
        >
          {data.dueForReview.map((row) => (
            <li key={row.program.id} className="clinic-dashboard__row">
              <span className="clinic-dashboard__main">
                <a href={programHref(row.program.id)}>{row.program.title}</a>
                <span className="clinic-dashboard__detail">
                  {row.overdue ? 'Review was due ' : 'Review due '}
                  {day(row.reviewDate)}
                </span>
              </span>
              {row.overdue ? (
                <span className="clinic-dashboard__pill clinic-dashboard__pill--high">Overdue</span>
              ) : null}
            </li>
          ))}
        </Section>
        <Section
          title="Sent, not opened after 3 days"
          count={data.unopened.length}
          empty="Every program sent over 3 days ago has been opened."
        >
          {data.unopened.map((row) => (
            <li key={row.program.id} className="clinic-dashboard__row">
              <span className="clinic-dashboard__main">
                <a href={programHref(row.program.id)}>{row.program.title}</a>
                <span className="clinic-dashboard__detail">
                  Sent {day(row.lastSentAt)}
                  {row.lastOpenedAt
                    ? `, last opened ${day(row.lastOpenedAt)} (before that send)`
                    : ', never opened'}
                </span>
              </span>
            </li>
          ))}
        </Section>
        <Section title="Last sends" count={data.lastSends.length} empty="Nothing sent yet.">
          {data.lastSends.map((send) => (
            <li key={send.id} className="clinic-dashboard__row">
              <span className="clinic-dashboard__main">
                <a href={programHref(send.program.id)}>{send.program.title}</a>
                <span className="clinic-dashboard__detail">
                  {send.channel === 'email' ? 'Emailed' : 'PDF'} {moment(send.sentAt)}
                </span>
              </span>
            </li>
          ))}
        </Section>
      </div>
    </div>
  )
}

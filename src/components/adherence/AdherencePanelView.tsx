import type { AdherencePanelData } from '../../adherence/panelData'
import type { Adherence } from '../../adherence/statistics'
import { shortDay } from './format'

const COMMENTS_SHOWN = 10

const Percentage = ({ label, value }: { label: string; value: Adherence }) => (
  <div className="adherence-panel__stat">
    <span className="adherence-panel__stat-label">{label}</span>
    <strong className="adherence-panel__stat-value">
      {value.percent === null ? '—' : `${value.percent}%`}
    </strong>
    <span className="adherence-panel__stat-detail">
      {value.planned ? `${value.done} of ${value.planned} planned sessions` : 'Nothing planned'}
    </span>
  </div>
)

/** The Adherence panel's content, from data already read: no reads, no state. */
export const AdherencePanelView = ({
  data,
  csvUrl,
}: {
  data: AdherencePanelData
  csvUrl: string
}) => (
  <section className="adherence-panel" aria-labelledby="adherence-panel-title">
    <div className="adherence-panel__head">
      <h3 id="adherence-panel-title" className="adherence-panel__title">
        Adherence
      </h3>
      <a className="adherence-panel__csv" href={csvUrl} download>
        Download the logs (CSV)
      </a>
    </div>
    <p className="adherence-panel__note">
      The patient&apos;s day is {shortDay(data.today)} ({data.timeZone}). Percentages count whole
      days up to yesterday.
    </p>
    <div className="adherence-panel__stats">
      <Percentage label="Last 7 days" value={data.last7} />
      <Percentage label="Last 30 days" value={data.last30} />
      <div className="adherence-panel__stat">
        <span className="adherence-panel__stat-label">Sessions logged</span>
        <strong className="adherence-panel__stat-value">{data.logCount}</strong>
        <span className="adherence-panel__stat-detail">since the program started</span>
      </div>
    </div>
    <div className="adherence-panel__charts">
      <figure className="adherence-panel__chart">
        <figcaption>Last 4 weeks: sessions done / planned</figcaption>
        <div dangerouslySetInnerHTML={{ __html: data.calendarSvg }} />
      </figure>
      <figure className="adherence-panel__chart">
        <figcaption>Pain (0–10), each day&apos;s highest</figcaption>
        <div dangerouslySetInnerHTML={{ __html: data.painSvg }} />
      </figure>
    </div>
    <h4 className="adherence-panel__subtitle">Comments</h4>
    {data.comments.length ? (
      <ul className="adherence-panel__comments">
        {data.comments.slice(0, COMMENTS_SHOWN).map((comment) => (
          <li key={`${comment.day}|${comment.routine}`}>
            <span className="adherence-panel__comment-meta">
              {shortDay(comment.day)} · {comment.routine}
              {comment.pain === null ? '' : ` · pain ${comment.pain}/10`}
            </span>
            <q>{comment.comment}</q>
          </li>
        ))}
      </ul>
    ) : (
      <p className="adherence-panel__note">No comments yet.</p>
    )}
    {data.comments.length > COMMENTS_SHOWN ? (
      <p className="adherence-panel__note">
        {data.comments.length - COMMENTS_SHOWN} older comments are in the CSV.
      </p>
    ) : null}
  </section>
)

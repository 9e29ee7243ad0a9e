import { SESSION_COMMENT_MAX } from '../../collections/SessionLogs'
import { MAX_ID } from '../requestGuard/limits'
import { single } from './formBody'
import { FormRefused } from './refusal'

/** "Done" (with an optional pain score and note) or "Undo", for one routine today. */
export type LogForm =
  | { action: 'done'; routine: number; pain: number | null; comment: string | null }
  | { action: 'undo'; routine: number }

const routineOf = (value: string | undefined): number => {
  if (value === undefined || !/^[1-9]\d{0,9}$/.test(value) || Number(value) > MAX_ID) {
    throw new FormRefused(400, 'The routine must be given by its number, as the page gives it.')
  }
  return Number(value)
}

const painOf = (value: string | undefined): number | null => {
  if (value === undefined || value.trim() === '') {
    return null
  }
  if (!/^(10|\d)$/.test(value.trim())) {
    throw new FormRefused(422, 'Pain is a whole number from 0 (none) to 10 (the worst).')
  }
  return Number(value.trim())
}

const commentOf = (value: string | undefined): string | null => {
  // A browser sends a note's line breaks as CRLF; the page counts each as one character.
  const comment = (value ?? '').replace(/\r\n?/g, '\n').trim()
  if (comment.length > SESSION_COMMENT_MAX) {
    throw new FormRefused(422, `A note can be at most ${SESSION_COMMENT_MAX} characters.`)
  }
  return comment === '' ? null : comment
}

/** The "Done" / "Undo" form of one routine, checked field by field. */
export const readLogForm = (fields: URLSearchParams): LogForm => {
  const action = single(fields, 'action')
  if (action !== 'done' && action !== 'undo') {
    throw new FormRefused(400, 'The form must say "done" or "undo".')
  }
  const routine = routineOf(single(fields, 'routine'))
  if (action === 'undo') {
    return { action, routine }
  }
  return {
    action,
    routine,
    pain: painOf(single(fields, 'pain')),
    comment: commentOf(single(fields, 'comment')),
  }
}

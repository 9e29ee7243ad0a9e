/** Why the patient's form was not saved: an HTTP status and a message for the patient. */
export class FormRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

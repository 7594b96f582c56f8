// Expected failures: a record outside your scope, a change already decided, a name already taken.
// Mutations throw them; the action chain (action-client.ts) turns them into the form's plain words
// (or the 404 page for `not_found`), so no action translates errors by hand and no database text
// reaches the page. Anything else is unexpected and goes to the segment's error.tsx.
export type AppErrorCode =
  | "not_found" // missing or outside your scope: indistinguishable, both the 404 page
  | "forbidden" // allowed in general, not this (removing your own account)
  | "wrong_state" // already decided, archived, a fixed term
  | "own_revision" // four eyes: nobody approves or publishes their own change
  | "conflict" // the record changed meanwhile
  | "clash" // a name or term that already exists
  | "in_use" // still used by listings
  | "invalid"; // parsed, but does not fit what is in the database (an organisation that is not there)

export type AppErrorOptions = {
  /** Messages for single fields, keyed like the form's field names. */
  fieldErrors?: Record<string, string>;
  /** Extra information the page needs to explain the failure. */
  detail?: Record<string, unknown>;
};

export class AppError extends Error {
  readonly fieldErrors?: Record<string, string>;
  readonly detail?: Record<string, unknown>;

  /** `message` is shown to the person as it is: plain words, saying what to do. */
  constructor(
    readonly code: AppErrorCode,
    message = "",
    options: AppErrorOptions = {},
  ) {
    super(message);
    this.name = "AppError";
    this.fieldErrors = options.fieldErrors;
    this.detail = options.detail;
  }
}

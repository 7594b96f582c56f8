// Expected failures of the editorial workflow. Actions turn them into plain words; they never
// carry database text to the page.
export type WorkflowErrorCode = "not_found" | "forbidden" | "wrong_state" | "own_revision" | "conflict";

export class WorkflowError extends Error {
  constructor(
    public readonly code: WorkflowErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "WorkflowError";
  }
}

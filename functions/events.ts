/**
 * The contracts between the state machine (cdk/) and the Lambda entry points
 * (functions/*.ts). Every handler validates its event against these shapes.
 */

/** Input of an execution: the daily schedule passes only `date`; an editor may add `testTo`. */
export interface DigestExecutionInput {
  date: string;
  /** When present, send only to these addresses, marked as a test; no ledger, no lock. */
  testTo?: string[];
}

export interface CollectEvent {
  date: string;
  runId?: string;
}

export interface CollectResult {
  date: string;
  runId: string;
  articleCount: number;
  skippedCount: number;
  /** True when the day has no usable article: the state machine stops with "nothing to send". */
  nothingToSend: boolean;
  reason?: string;
}

export interface RenderEvent {
  date: string;
  runId: string;
}

export interface RenderResult {
  date: string;
  runId: string;
  htmlBytes: number;
  budgetBytes: number;
  trimmed: boolean;
  /** S3 key of the recipients snapshot (CSV with a header row) the Distributed Map reads. */
  recipientsKey: string;
  recipientCount: number;
}

/** A recipient row as the Distributed Map's CSV reader hands it over. */
export interface RecipientItem {
  email: string;
  name?: string;
  [column: string]: string | undefined;
}

/**
 * One send worker's slice. Either `items` (a Distributed Map batch), an
 * `offset`/`count` range of the recipients snapshot, or `testTo` addresses.
 */
export interface SendEvent {
  date: string;
  runId: string;
  items?: RecipientItem[];
  offset?: number;
  count?: number;
  testTo?: string[];
  /** How many workers share the account's quota at once; each sends at rate / workers. */
  workers?: number;
}

/** The Distributed Map with an ItemBatcher invokes the function with this shape. */
export interface SendBatchEvent {
  Items: RecipientItem[];
  BatchInput: Omit<SendEvent, 'items' | 'offset' | 'count'>;
}

export interface SendResult {
  sliceId: string;
  sent: number;
  alreadySent: number;
  failed: number;
  suppressed: number;
  pending: number;
  /** Why the worker stopped before the end of its slice, if it did. */
  stoppedBecause: 'deadline' | 'quota-exhausted' | 'lock-held' | 'interrupted' | 'ledger-unreadable' | null;
}

export interface SummarizeEvent {
  date: string;
  runId: string;
}

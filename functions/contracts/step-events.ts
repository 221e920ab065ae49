import * as z from 'zod/mini';
import { isIssueDate } from '../core/issue/issue.js';
import { resolveIssueDate } from '../core/schedule/issue-day.js';
import { runId } from './contract-schema.js';
import { sliceDescriptor } from './slice-contract.js';

/**
 * The contracts between the state machine (cdk/constructs/digest-workflow.ts)
 * and the Lambda functions (functions/lambda/): every event a handler accepts
 * (what each returns is in step-results.ts). Handlers check their event
 * against these schemas before anything else; cdk/ builds its payload paths
 * from the types, so renaming a field breaks `tsc` on both sides.
 *
 * No event or result carries a subscriber address: Step Functions state and
 * its logs only ever see dates, counts, keys and slice descriptors. Events
 * are strict (a field the function does not know is refused), so a path the
 * machine misspells fails loudly at the first invocation instead of being
 * silently ignored.
 */

const issueDate = z.string().check(z.refine(isIssueDate, 'a calendar day as YYYY-MM-DD'));
/** Every step after collect works on one issue day, for one execution. */
export const dayAndRun = { date: issueDate, runId };

/** Input of an execution: the daily schedule passes only `date` (its instant); an editor a YYYY-MM-DD and maybe `testTo`. */
export const digestExecutionInput = z.strictObject({
  date: z.string(),
  /** When present, send only to these addresses, marked as a test; nothing frozen, no ledger, no lock. */
  testTo: z.optional(z.array(z.string())),
});
export type DigestExecutionInput = z.output<typeof digestExecutionInput>;

export const collectEvent = z.strictObject({
  /** YYYY-MM-DD, or the schedule's instant (ISO 8601 with a zone), which collect turns into the day in DIGEST_TIME_ZONE. */
  date: z.string().check(z.refine((value) => resolveIssueDate(value, 'UTC') !== undefined, 'a day as YYYY-MM-DD or an ISO 8601 instant with a zone')),
  /** The execution name; a hand-started collect may leave it out. */
  runId: z.optional(runId),
});
export type CollectEvent = z.output<typeof collectEvent>;

export const renderEvent = z.strictObject({
  ...dayAndRun,
  /** A real send: freeze the recipients and write the slice manifest. False (a test send) freezes nothing. */
  freeze: z.boolean(),
});
export type RenderEvent = z.output<typeof renderEvent>;

/**
 * One Distributed Map child: one slice of the frozen list. The Map's
 * ItemSelector builds it from the manifest item (`$$.Map.Item.Value`) and the
 * run, so it stays a few hundred bytes whatever the list's size.
 */
export const sendSliceEvent = z.strictObject({
  ...dayAndRun,
  /** How many workers share the account's quota at once; each sends at rate / workers. */
  workers: z.int().check(z.positive()),
  slice: sliceDescriptor,
});
export type SendSliceEvent = z.output<typeof sendSliceEvent>;

/** The test branch: the issue to a few editors' addresses, marked as a test. */
export const sendTestEvent = z.strictObject({
  ...dayAndRun,
  /** Checked as addresses by the handler, which owns the address rules. */
  testTo: z.array(z.string()).check(z.minLength(1, 'at least one address')),
});
export type SendTestEvent = z.output<typeof sendTestEvent>;

export const summarizeEvent = z.strictObject(dayAndRun);
export type SummarizeEvent = z.output<typeof summarizeEvent>;

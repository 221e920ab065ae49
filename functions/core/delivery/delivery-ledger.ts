import { issueKey } from '../../contracts/bucket-layout.js';
import type { Clock, Log, ObjectStore } from '../ports.js';
import { errorMessage } from '../errors.js';
import { mapLimit } from '../map-limit.js';
import { LedgerError } from './delivery-errors.js';
import { isSegmentKey, ledgerRoot, segmentKey, sliceSegmentsPrefix } from './ledger-keys.js';

/**
 * The delivery ledger: immutable segment objects, never overwritten, so it
 * works on any store with plain puts (S3 included). Each segment records the
 * outcomes of sends that finished since the previous segment, and the intents
 * (recipients about to be sent) the writer is announcing. The state of a
 * recipient is the merge of every segment of every slice:
 *   sent > failed > the latest of in-flight / unsent / suppressed.
 * "In flight" (an intent with no outcome) is what a crash leaves behind: the
 * message may or may not have gone out, and the next run sends it again.
 */

export type LedgerOutcome =
  | { email: string; status: 'sent'; transportMessageId: string; messageId: string; at: number }
  | { email: string; status: 'failed'; code: string; reason: string; at: number }
  | { email: string; status: 'suppressed'; at: number }
  /** Known not sent by this run (retries used up, quota, deadline, stopped before its turn): still to send. */
  | { email: string; status: 'unsent'; code: string; reason: string; at: number };

export interface LedgerSegment {
  version: 1;
  sliceId: string;
  runId: string;
  generation: number;
  seq: number;
  writtenAt: number;
  outcomes: LedgerOutcome[];
  /** Normalised addresses whose sends may start once this segment is stored. */
  intents: string[];
}

export type RecipientState =
  | { status: 'sent'; sliceId: string; runId: string; at: number; transportMessageId: string; messageId: string }
  | { status: 'failed'; sliceId: string; runId: string; at: number; code: string; reason: string }
  | { status: 'suppressed'; sliceId: string; runId: string; at: number }
  | { status: 'unsent'; sliceId: string; runId: string; at: number; code: string; reason: string }
  | { status: 'in-flight'; sliceId: string; runId: string; at: number };

/** The ledger's identity of a recipient: the address as SES and the suppression list compare it. */
export function normalizeAddress(email: string): string {
  return email.trim().toLowerCase();
}

export class LedgerState {
  readonly recipients = new Map<string, RecipientState>();
  segmentCount = 0;
  /**
   * Keys of segments that could not be read as segments. Both stores write
   * atomically (a rename locally, a PUT on S3), so this is never an unfinished
   * write: it is corruption, and what the segment recorded is unknown.
   */
  readonly unreadable: string[] = [];

  get(email: string): RecipientState | undefined {
    return this.recipients.get(normalizeAddress(email));
  }

  /** Applies segments in write order within a slice; outcomes first, as they answer earlier intents. */
  apply(segment: LedgerSegment): void {
    this.segmentCount += 1;
    const origin = { sliceId: segment.sliceId, runId: segment.runId };
    for (const outcome of segment.outcomes) {
      const { email, ...rest } = outcome;
      this.merge(email, { ...origin, ...rest });
    }
    for (const email of segment.intents) {
      this.merge(email, { ...origin, status: 'in-flight', at: segment.writtenAt });
    }
  }

  private merge(email: string, next: RecipientState): void {
    const current = this.recipients.get(email);
    if (!current || rank(next.status) >= rank(current.status)) this.recipients.set(email, next);
  }
}

function rank(status: RecipientState['status']): number {
  if (status === 'sent') return 2;
  if (status === 'failed') return 1;
  return 0;
}

/**
 * Reads and merges the ledger: one slice's segments when `sliceId` is given
 * (a send worker: slices are cut once from the frozen list, so a recipient
 * belongs to exactly one slice and no worker needs another's ledger), else
 * every slice's (status, which reports on the whole issue).
 */
export async function readLedger(store: ObjectStore, issuePrefix: string, log?: Log, options: { sliceId?: string } = {}): Promise<LedgerState> {
  const keys: string[] = [];
  const prefix = options.sliceId === undefined ? ledgerRoot(issuePrefix) : sliceSegmentsPrefix(issuePrefix, options.sliceId);
  for await (const object of store.list(prefix)) {
    if (isSegmentKey(object.key)) keys.push(object.key);
  }
  const bodies = await mapLimit(keys, 8, async (key) => {
    try {
      return await store.get(key);
    } catch (error) {
      throw new LedgerError(`Cannot read ledger segment ${store.locate(key)}`, { cause: error });
    }
  });
  const state = new LedgerState();
  keys.forEach((key, index) => {
    const body = bodies[index];
    if (!body) return;
    let segment: LedgerSegment;
    try {
      segment = parseSegment(body);
    } catch (error) {
      state.unreadable.push(key);
      log?.warn('Unreadable ledger segment', { key: store.locate(key), error: errorMessage(error) });
      return;
    }
    state.apply(segment);
  });
  return state;
}

const STATUSES = new Set(['sent', 'failed', 'suppressed', 'unsent']);

/** A stored segment, checked entry by entry: a damaged one must not be half applied. */
function parseSegment(body: Buffer): LedgerSegment {
  const segment = JSON.parse(body.toString('utf8')) as Partial<LedgerSegment> | null;
  if (typeof segment !== 'object' || segment === null || segment.version !== 1) throw new Error('not a version 1 ledger segment');
  const { outcomes, intents, sliceId, runId, writtenAt } = segment;
  if (!Array.isArray(outcomes) || !Array.isArray(intents)) throw new Error('outcomes or intents missing');
  if (typeof sliceId !== 'string' || typeof runId !== 'string' || typeof writtenAt !== 'number') throw new Error('sliceId, runId or writtenAt missing');
  if (!intents.every((email) => typeof email === 'string')) throw new Error('an intent is not an address');
  for (const outcome of outcomes as unknown[]) {
    const { email, status, at } = (outcome ?? {}) as Partial<LedgerOutcome>;
    if (typeof email !== 'string' || typeof status !== 'string' || !STATUSES.has(status) || typeof at !== 'number') {
      throw new Error('an outcome is malformed');
    }
  }
  return segment as LedgerSegment;
}

/** Where `setAsideSegments` keeps damaged segments: outside the ledger, for inspection. */
export function quarantineKey(issuePrefix: string, key: string): string {
  return `${issueKey(issuePrefix, 'ledgerQuarantine')}${key.slice(issuePrefix.length)}`;
}

/**
 * After the operator accepted re-sending what unreadable segments recorded
 * (`digest run --force`): moves them out of the ledger, so later runs see a
 * healthy ledger, and keeps their bytes beside it.
 */
export async function setAsideSegments(store: ObjectStore, issuePrefix: string, keys: readonly string[]): Promise<void> {
  for (const key of keys) {
    const body = await store.get(key);
    if (body) await store.put(quarantineKey(issuePrefix, key), body);
    await store.delete(key);
  }
}

/** One line for people: which segments are unreadable and how to recover. */
export function unreadableLedgerMessage(segments: readonly string[], recovery: 'local' | 'cloud'): string {
  const one = segments.length === 1;
  const [they, them, their] = one ? ['it', 'it', 'its'] : ['they', 'them', 'their'];
  const what = `${one ? 'Ledger segment' : 'Ledger segments'} ${segments.join(', ')} cannot be read, so no message was sent`;
  const why = `whoever ${they} recorded as sent would get the issue twice`;
  const how =
    recovery === 'local'
      ? `Restore ${them} from a backup (on S3: ${their} previous version) and run again, or run again with --force to accept re-sending to whoever ${they} recorded.`
      : `Restore ${their} previous version (the bucket is versioned; see the README, "Recovering a corrupt ledger") and start the run again.`;
  return `${what}: ${why}. ${how}`;
}

/** Writes one slice's segments for one lock generation; the generation makes the keys unique to this writer. */
export class LedgerWriter {
  private seq = 0;
  writes = 0;

  constructor(
    private readonly store: ObjectStore,
    private readonly issuePrefix: string,
    private readonly sliceId: string,
    private readonly runId: string,
    private readonly generation: number,
    private readonly clock: Clock,
  ) {}

  get prefix(): string {
    return sliceSegmentsPrefix(this.issuePrefix, this.sliceId);
  }

  async write(outcomes: LedgerOutcome[], intents: string[]): Promise<void> {
    if (outcomes.length === 0 && intents.length === 0) return;
    const segment: LedgerSegment = {
      version: 1,
      sliceId: this.sliceId,
      runId: this.runId,
      generation: this.generation,
      seq: this.seq,
      writtenAt: this.clock.now(),
      outcomes,
      intents,
    };
    const key = segmentKey(this.issuePrefix, this.sliceId, this.generation, this.seq);
    const body = JSON.stringify(segment);
    // A few quick retries ride out a store hiccup; past that, sending on without a record is worse than stopping.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.store.put(key, body, { contentType: 'application/json' });
        break;
      } catch (error) {
        if (attempt >= 3) throw new LedgerError(`Cannot write ledger segment ${this.store.locate(key)}`, { cause: error });
        await this.clock.sleep(100 * attempt);
      }
    }
    this.seq += 1;
    this.writes += 1;
  }
}

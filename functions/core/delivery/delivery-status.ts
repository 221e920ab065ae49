import { checkJson } from '../../contracts/contract-schema.js';
import { lockRecordFile } from '../../contracts/step-files.js';
import type { ObjectStore } from '../ports.js';
import { systemClock } from '../ports.js';
import { addressHash } from '../suppressions.js';
import { normalizeAddress, readLedger } from './delivery-ledger.js';
import { ledgerRoot, lockKey, parseLockGeneration } from './ledger-keys.js';

export interface StatusFailure {
  recipient: string;
  reason: string;
  code: string;
  sliceId: string;
  runId: string;
}

export interface SliceStatus {
  sliceId: string;
  sent: number;
  failed: number;
  suppressed: number;
  inFlight: number;
  unsent: number;
  lock?: { runId: string; generation: number; expiresAt: number; released: boolean; live: boolean };
}

export interface DeliveryStatus {
  /** Recipients the ledger knows of, or the given recipients when passed. */
  recipients: number;
  sent: number;
  /** Not sent yet: in flight, tried and left unsent, or (with `recipients`) never reached. */
  pending: number;
  /** Announced by a run that has not recorded an outcome: being sent now, or lost in a crash (sent again on resume). */
  inFlight: number;
  failed: StatusFailure[];
  /** Why pending recipients were left unsent last time (retries used up, quota, deadline), by code. */
  unsentByCode: Record<string, number>;
  suppressed: number;
  slices: SliceStatus[];
  unreadableSegments: string[];
}

export interface StatusOptions {
  /** The issue's recipients, to count the ones no run has reached yet as pending. */
  recipients?: ReadonlyArray<{ email: string }>;
  /** Addresses suppressed now; with `recipients`, counts unreached suppressed ones as suppressed, not pending. */
  suppressedHashes?: ReadonlySet<string>;
  now?: number;
}

/** Merged counts across every slice of an issue, for the `status` command and the report. */
export async function readDeliveryStatus(store: ObjectStore, issuePrefix: string, options: StatusOptions = {}): Promise<DeliveryStatus> {
  const ledger = await readLedger(store, issuePrefix);
  const now = options.now ?? systemClock.now();
  const slices = new Map<string, SliceStatus>();
  const slice = (sliceId: string): SliceStatus => {
    let entry = slices.get(sliceId);
    if (!entry) {
      entry = { sliceId, sent: 0, failed: 0, suppressed: 0, inFlight: 0, unsent: 0 };
      slices.set(sliceId, entry);
    }
    return entry;
  };

  const status: DeliveryStatus = {
    recipients: 0,
    sent: 0,
    pending: 0,
    inFlight: 0,
    failed: [],
    unsentByCode: {},
    suppressed: 0,
    slices: [],
    unreadableSegments: ledger.unreadable.map((key) => store.locate(key)),
  };

  const emails = options.recipients
    ? [...new Set(options.recipients.map((recipient) => normalizeAddress(recipient.email)))]
    : [...ledger.recipients.keys()];
  status.recipients = emails.length;
  for (const email of emails) {
    const state = ledger.recipients.get(email);
    if (!state) {
      if (options.suppressedHashes?.has(addressHash(email))) status.suppressed += 1;
      else status.pending += 1;
      continue;
    }
    const counts = slice(state.sliceId);
    switch (state.status) {
      case 'sent':
        status.sent += 1;
        counts.sent += 1;
        break;
      case 'failed':
        status.failed.push({ recipient: email, reason: state.reason, code: state.code, sliceId: state.sliceId, runId: state.runId });
        counts.failed += 1;
        break;
      case 'suppressed':
        status.suppressed += 1;
        counts.suppressed += 1;
        break;
      case 'in-flight':
        status.pending += 1;
        status.inFlight += 1;
        counts.inFlight += 1;
        break;
      case 'unsent':
        status.pending += 1;
        status.unsentByCode[state.code] = (status.unsentByCode[state.code] ?? 0) + 1;
        counts.unsent += 1;
        break;
    }
  }

  const newestLock = new Map<string, number>();
  const root = ledgerRoot(issuePrefix);
  for await (const object of store.list(root)) {
    const generation = parseLockGeneration(object.key);
    if (generation === undefined) continue;
    const sliceId = object.key.slice(root.length).split('/')[0] ?? '';
    if (generation > (newestLock.get(sliceId) ?? 0)) newestLock.set(sliceId, generation);
  }
  for (const [sliceId, generation] of newestLock) {
    const body = await store.get(lockKey(issuePrefix, sliceId, generation));
    if (!body) continue;
    // Caught mid-write (or damaged: the send worker refuses it, naming it); the next status call will show it.
    const checked = checkJson(lockRecordFile, body);
    if (!checked.ok) continue;
    const record = checked.value;
    slice(sliceId).lock = {
      runId: record.runId,
      generation,
      expiresAt: record.expiresAt,
      released: record.released,
      live: !record.released && now < record.expiresAt,
    };
  }
  status.slices = [...slices.values()].sort((a, b) => (a.sliceId < b.sliceId ? -1 : a.sliceId > b.sliceId ? 1 : 0));
  return status;
}

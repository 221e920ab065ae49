import { DigestError } from '../errors.js';

/** The ledger could not be read or written; the run stops rather than send without a record. */
export class LedgerError extends DigestError {}

/** Ledger segments cannot be read: sending is refused until they are restored (or, locally, accepted with --force). */
export class LedgerCorruptionError extends LedgerError {}

/** The slice's lock could not be taken or checked (store failure, malformed lock object). */
export class RunLockError extends DigestError {}

/** The send rate cannot be determined: neither configured nor told by the transport. */
export class SendRateError extends DigestError {}

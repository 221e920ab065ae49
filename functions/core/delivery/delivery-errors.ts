import { DigestError } from '../errors.js';

/** The ledger could not be read or written; the run stops rather than send without a record. */
export class LedgerError extends DigestError {}

/** The slice's lock could not be taken or checked (store failure, malformed lock object). */
export class RunLockError extends DigestError {}

/** The send rate cannot be determined: neither configured nor told by the transport. */
export class SendRateError extends DigestError {}

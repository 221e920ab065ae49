import * as z from 'zod/mini';
import type { StopReason } from '../core/delivery/deliver-slice.js';
import type { SliceDescriptor } from '../core/pipeline/recipients-snapshot.js';
import { count, type Same, sha256Hex, sliceId } from './contract-schema.js';

/**
 * What a slice of the frozen list is, and why sending one stops: shared by
 * the send worker's event (step-events.ts) and the files of step-files.ts
 * (the slice manifest, the slice summary, report.json). Apart from both, so
 * that a handler importing its event schema does not build every file
 * schema at cold start (bench:cold).
 */

/** One slice of the frozen list; also the `slice` of a send worker's event. */
export const sliceDescriptor = z
  .object({
    sliceId,
    index: count,
    firstRow: count,
    rows: count,
    start: count,
    end: count,
    sha256: sha256Hex,
  })
  .check(z.refine((slice) => slice.end >= slice.start, { message: 'must not be before "start"', path: ['end'] }));

export const stopReason = z.enum(['deadline', 'quota-exhausted', 'lock-held', 'sender-error', 'interrupted', 'ledger-unreadable']);

const _slice: Same<z.output<typeof sliceDescriptor>, SliceDescriptor> = true;
const _stopReason: Same<z.output<typeof stopReason>, StopReason> = true;

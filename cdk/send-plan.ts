/**
 * The send plan lives with the code that obeys it (functions/core/delivery/send-plan.ts):
 * the stack sizes the Map from it, the freeze step cuts slices from it, and
 * `digest send` checks a list against it.
 */
export {
  MAX_SLICE_ROWS,
  MAX_WORKERS,
  MIN_SLICE_ROWS,
  planSend,
  RUN_TIMEOUT_SECONDS,
  runCapacity,
  SLICE_SECONDS,
  sliceRowsFor,
  WORKER_CAPACITY,
  type SendPlan,
} from '../functions/core/delivery/send-plan.js';

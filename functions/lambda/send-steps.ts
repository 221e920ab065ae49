/**
 * What the send function loads on its first invocation rather than at cold
 * start (the delivery engine, nodemailer). One module, imported once: esbuild
 * then cuts one set of shared chunks for it, and a cold start reads fewer
 * files (bench:cold).
 */
export { sendTestMessages } from '../core/delivery/send-test-messages.js';
export { createMessageFactory } from '../core/messages/build-messages.js';
export { CLOUD_LEDGER_CADENCE, sendSliceStep } from '../core/pipeline/send-slice-step.js';

/**
 * What the render function loads on its first invocation rather than at cold
 * start (MJML, Handlebars, html-to-text, the CSV parser, the subscriber
 * table's adapter). One module, imported once: esbuild then cuts one set of
 * shared chunks for it, and a cold start reads fewer files (bench:cold).
 */
export { DynamoDbSubscriberStore } from '../adapters/dynamodb-subscriber-store.js';
export { publishArchiveIssue } from '../core/archive/publish-archive-issue.js';
export { renderStep } from '../core/pipeline/render-step.js';
export { compileTemplates } from '../core/render/digest-templates.js';
export { confirmedRecipientsCsv } from '../core/subscribers/confirmed-recipients.js';
export { parseSubscribers } from '../core/subscribers/parse-subscribers.js';

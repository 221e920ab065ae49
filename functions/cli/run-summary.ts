import { unreadableLedgerMessage } from '../core/delivery/delivery-ledger.js';
import type { DigestReport } from '../core/pipeline/digest-report.js';
import type { RunDigestResult } from '../core/pipeline/run-digest.js';

/** The short human summary the CLI prints after a run. */
export function formatRunSummary(result: RunDigestResult, where: { issueDir: string; outboxDir?: string; interruptedBy?: string }): string {
  const { report } = result;
  const lines: string[] = [];
  const { included, skipped, duplicates } = report.articles;
  lines.push(`Daily digest for ${report.date} (run ${report.runId})`);
  if (result.reusedIssue) lines.push('  Sending had already started: the issue as first prepared was kept.');
  lines.push(`  Articles: ${included.length} included, ${skipped.length} skipped, ${duplicates.length} duplicate(s)`);
  for (const article of included) lines.push(`    + ${article.title}  [${article.section}; ${article.file}]`);
  for (const skip of skipped) lines.push(`    - ${skip.file}: ${skip.reason}`);
  for (const duplicate of duplicates) lines.push(`    = ${duplicate.file}: duplicate of ${duplicate.duplicateOf}`);
  if (report.nothingToSend) {
    lines.push(`  Nothing to send: ${report.nothingToSend}.`);
    lines.push(`  Report: ${where.issueDir}/report.json`);
    return lines.join('\n');
  }
  const { subscribers, html, messages } = report;
  lines.push(`  Subscribers: ${subscribers.valid} valid, ${subscribers.rejected.length} rejected, ${subscribers.duplicates} duplicate(s)`);
  for (const row of subscribers.rejected) lines.push(`    - line ${row.line}: ${row.reason}`);
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  lines.push(`  HTML: ${kb(html.bytes)} of a ${kb(html.budgetBytes)} budget${html.trimmed ? ' (trimmed to fit)' : ''}`);
  for (const note of html.notes) lines.push(`    · ${note}`);
  if (subscribers.changedSinceFrozen && (subscribers.changedSinceFrozen.added > 0 || subscribers.changedSinceFrozen.removed > 0)) {
    const { added, removed } = subscribers.changedSinceFrozen;
    lines.push(`  The list changed since this issue's recipients were frozen: ${added} new (they get the next issue), ${removed} gone (they still get this one)`);
  }
  lines.push(
    `  Messages: ${messages.sent} sent now, ${messages.alreadySent} already sent earlier, ${messages.failedCount} failed, ${messages.suppressed} suppressed, ${messages.pending} pending`,
  );
  for (const failure of messages.failed) lines.push(`    ! ${failure.recipient}: ${failure.reason}`);
  if (messages.failedCount > messages.failed.length) lines.push(`    ! … and ${messages.failedCount - messages.failed.length} more (see ${where.issueDir}/ledger/)`);
  for (const reason of messages.pendingReasons) lines.push(`    ~ ${reason.count} pending: ${reason.reason} (a later run sends to them)`);
  if (messages.stoppedBecause === 'sender-error') {
    lines.push(`  Stopped: SES refused the sender, not the recipients: ${messages.stopReason ?? ''}`);
    lines.push('  Nobody was marked failed for it. Fix the sending setup, then run the same command again.');
  } else lines.push(...deliveryNotes(messages, where.interruptedBy));
  lines.push(`  Digest: ${where.issueDir}/digest.html, ${where.issueDir}/digest.txt`);
  if (where.outboxDir) lines.push(`  Outbox: ${where.outboxDir}/ (one .eml per recipient)`);
  lines.push(`  Report: ${where.issueDir}/report.json`);
  return lines.join('\n');
}

/** Why the run stopped, what is pending and what to do next. */
function deliveryNotes(messages: DigestReport['messages'], interruptedBy: string | undefined): string[] {
  const notes: string[] = [];
  const { stoppedBecause, pending, unreadableLedgerSegments } = messages;
  if (stoppedBecause === 'ledger-unreadable') notes.push(`  Refused to send: ${unreadableLedgerMessage(unreadableLedgerSegments, 'local')}`);
  else if (unreadableLedgerSegments.length > 0) notes.push(`  Unreadable ledger segments accepted (--force) and set aside: ${unreadableLedgerSegments.join(', ')}`);
  if (stoppedBecause === 'interrupted') {
    notes.push(`  Interrupted by ${interruptedBy ?? 'a signal'}: ${pending} recipient(s) pending. Run the same command again to send to them.`);
  } else if (stoppedBecause && stoppedBecause !== 'ledger-unreadable') notes.push(`  Stopped early: ${stoppedBecause}. Run the same command again to resume.`);
  else if (!stoppedBecause && pending > 0) notes.push(`  ${pending} recipient(s) pending. Run the same command again to send to them.`);
  else if (messages.sent === 0 && messages.alreadySent > 0 && pending === 0) notes.push('  This issue was already delivered: nothing new was sent.');
  return notes;
}

/** What an editor's test send did. */
export function formatTestSummary(result: RunDigestResult, outboxDir: string): string {
  const test = result.test;
  const lines = [`Test send of the ${result.report.date} issue (subject marked [TEST]; no subscriber was sent anything)`];
  if (result.report.nothingToSend) lines.push(`  Nothing to send: ${result.report.nothingToSend}.`);
  for (const sent of test?.sent ?? []) lines.push(`  sent to ${sent.recipient}: ${sent.transportMessageId}`);
  for (const failed of test?.failed ?? []) lines.push(`  ! ${failed.recipient}: ${failed.reason}`);
  if (test && test.sent.length > 0) lines.push(`  Messages: ${outboxDir}/`);
  return lines.join('\n');
}

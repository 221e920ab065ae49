import type { DeliveryOutcome } from '../delivery/deliver-slice.js';
import type { Issue } from '../issue/issue.js';
import type { RenderedDigest } from '../render/render-digest.js';
import type { SubscriberList } from '../subscribers/parse-subscribers.js';

/** `report.json`: what went into the issue, what was left out and why, and what was delivered. */
export interface DigestReport {
  date: string;
  runId: string;
  generatedAt: string;
  /** Set when nothing was sent on purpose, e.g. a day with no usable article. */
  nothingToSend: string | null;
  articles: {
    included: Array<{ id: string; file: string; title: string; url: string | null; source: string | null; section: string; words: number; excerpt: string; notes?: string[] }>;
    skipped: Issue['skipped'];
    duplicates: Issue['duplicates'];
  };
  subscribers: { valid: number; rejected: SubscriberList['rejected']; duplicates: number };
  html: { bytes: number; budgetBytes: number; trimmed: boolean; notes: string[]; layout: RenderedDigest['layout'] | null };
  messages: {
    sent: number;
    alreadySent: number;
    failed: Array<{ recipient: string; reason: string; code?: string }>;
    unsent: Array<{ recipient: string; reason: string }>;
    suppressed: number;
    pending: number;
    stoppedBecause: DeliveryOutcome['stoppedBecause'];
    transport: string | null;
    ratePerSecond: number | null;
  };
}

export interface ReportParts {
  issue: Issue;
  runId: string;
  now: Date;
  budgetBytes: number;
  rendered?: RenderedDigest;
  subscribers?: SubscriberList;
  delivery?: DeliveryOutcome;
  transport?: string;
  nothingToSend?: string;
}

export function buildReport(parts: ReportParts): DigestReport {
  const { issue, rendered, subscribers, delivery } = parts;
  return {
    date: issue.date,
    runId: parts.runId,
    generatedAt: parts.now.toISOString(),
    nothingToSend: parts.nothingToSend ?? null,
    articles: {
      included: issue.articles.map((a) => ({
        id: a.id,
        file: a.file,
        title: a.title,
        url: a.url,
        source: a.source,
        section: a.section,
        words: a.words,
        excerpt: a.excerpt,
        // What was dropped or shortened in this story (a link over 2,048 characters, a huge title).
        ...(a.notes && a.notes.length > 0 ? { notes: a.notes } : {}),
      })),
      skipped: issue.skipped,
      duplicates: issue.duplicates,
    },
    subscribers: {
      valid: subscribers?.valid.length ?? 0,
      rejected: subscribers?.rejected ?? [],
      duplicates: subscribers?.duplicates ?? 0,
    },
    html: {
      bytes: rendered?.bytes ?? 0,
      budgetBytes: rendered?.budgetBytes ?? parts.budgetBytes,
      trimmed: rendered?.trimmed ?? false,
      notes: rendered?.trimNotes ?? [],
      layout: rendered?.layout ?? null,
    },
    messages: {
      sent: delivery?.sent ?? 0,
      alreadySent: delivery?.alreadySent ?? 0,
      failed: (delivery?.failed ?? []).map(({ recipient, reason, code }) => ({ recipient, reason, code })),
      unsent: (delivery?.unsent ?? []).map(({ recipient, reason }) => ({ recipient, reason })),
      suppressed: delivery?.suppressed ?? 0,
      pending: delivery?.pending ?? 0,
      stoppedBecause: delivery?.stoppedBecause ?? null,
      transport: parts.transport ?? null,
      ratePerSecond: delivery?.ratePerSecond ?? null,
    },
  };
}

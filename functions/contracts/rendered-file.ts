import * as z from 'zod/mini';
import type { RenderedDigest } from '../core/render/render-digest.js';
import { count, type Same, text } from './contract-schema.js';

/**
 * `rendered.json`: render → every send worker. Checked when read back, like
 * every file in step-files.ts; its own module because the send function
 * imports it at cold start, and importing a module builds every schema in it
 * (bench:cold).
 */

/** The per-issue slot token goes into a RegExp when the message is assembled: letters and digits only. */
const slotToken = z.string().check(z.regex(/^[A-Za-z0-9]{8,64}$/, 'a slot token: 8 to 64 letters and digits'));
const slotName = z.union([z.enum(['unsubscribeUrl', 'email', 'name']), z.templateLiteral(['field:', z.string()])]);

export const renderedFile = z.object({
  date: text,
  subject: text,
  preheader: text,
  html: text,
  text,
  slots: z.object({ token: slotToken, names: z.array(slotName) }),
  bytes: count,
  budgetBytes: count,
  trimmed: z.boolean(),
  trimNotes: z.array(text),
  layout: z.object({ cards: count, shortExcerpts: z.boolean(), moreStories: count, omitted: count }),
  renders: count,
});

const _rendered: Same<z.output<typeof renderedFile>, RenderedDigest> = true;

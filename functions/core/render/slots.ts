import { randomBytes } from 'node:crypto';

/**
 * Per-recipient values are not rendered by a template engine: the issue is
 * rendered once with opaque markers, and each message joins the fixed pieces
 * with the recipient's (escaped) values. The marker carries a random
 * per-issue token, so article text cannot forge one, and `{{…}}` typed by an
 * author is never evaluated.
 */

export type SlotName = 'unsubscribeUrl' | 'email' | 'name' | `field:${string}`;

export interface SlotSet {
  token: string;
  names: SlotName[];
}

export function newSlotSet(columns: readonly string[] = []): SlotSet {
  const fieldSlots = columns
    .map((column) => column.trim().toLowerCase())
    .filter((column) => column && column !== 'email' && column !== 'name')
    .map((column) => `field:${column}` as const);
  return { token: `DD${randomBytes(10).toString('hex').toUpperCase()}`, names: ['unsubscribeUrl', 'email', 'name', ...fieldSlots] };
}

export function slotMarker(slots: SlotSet, name: SlotName): string {
  const index = slots.names.indexOf(name);
  if (index < 0) throw new Error(`Unknown slot ${name}`);
  return `${slots.token}S${index}E${slots.token}`;
}

export function slotPattern(token: string): RegExp {
  return new RegExp(`${token}S(\\d+)E${token}`, 'g');
}

export interface TemplatePart {
  /** Alternating fixed text and slot indexes: [text, slot, text, slot, …, text]. */
  pieces: string[];
  slots: number[];
}

export function splitOnSlots(rendered: string, token: string): TemplatePart {
  const pieces: string[] = [];
  const slots: number[] = [];
  let last = 0;
  for (const match of rendered.matchAll(slotPattern(token))) {
    pieces.push(rendered.slice(last, match.index));
    slots.push(Number(match[1]));
    last = (match.index ?? 0) + match[0].length;
  }
  pieces.push(rendered.slice(last));
  return { pieces, slots };
}

/** Fills every marker with `valueOf(name)`: for previews and size estimates, not for sending. */
export function fillSlots(rendered: string, slots: SlotSet, valueOf: (name: SlotName) => string): string {
  return rendered.replace(slotPattern(slots.token), (_, index: string) => valueOf(slots.names[Number(index)] ?? 'email'));
}

/** The subscriber object templates see: every field is a marker. */
export function subscriberMarkers(slots: SlotSet): Record<string, string> {
  const subscriber: Record<string, string> = {};
  for (const name of slots.names) {
    if (name === 'email' || name === 'name') subscriber[name] = slotMarker(slots, name);
    else if (name.startsWith('field:')) subscriber[name.slice('field:'.length)] = slotMarker(slots, name);
  }
  return subscriber;
}

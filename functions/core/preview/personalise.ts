import { escapeHtml } from '../messages/build-messages.js';
import { createUnsubscribeToken, unsubscribeUrl } from '../messages/unsubscribe-token.js';
import type { RenderedDigest } from '../render/render-digest.js';
import { fillSlots, type SlotName } from '../render/slots.js';
import type { Subscriber } from '../subscribers/subscriber.js';

/**
 * The issue as one subscriber would see it: the slot markers filled with
 * their values (escaped in the HTML, as the message builder does) and a
 * signed unsubscribe link, so the preview shows the exact links and text.
 */

export interface PersonaliseSettings {
  unsubscribeUrl: string;
  listId: string;
  hmacSecret: string;
}

/** Who the preview shows the issue to when the list is empty or no one is picked. */
export function sampleSubscriber(columns: readonly string[]): Subscriber {
  const fields: Record<string, string> = {};
  for (const column of columns) if (column !== 'email' && column !== 'name') fields[column] = `sample ${column}`;
  return { email: 'reader@example.com', name: 'Sample Reader', fields };
}

export function personalise(rendered: RenderedDigest, subscriber: Subscriber, settings: PersonaliseSettings): { html: string; text: string } {
  const url = unsubscribeUrl(settings.unsubscribeUrl, createUnsubscribeToken(settings.hmacSecret, { listId: settings.listId, email: subscriber.email }));
  const value = (name: SlotName): string => {
    if (name === 'unsubscribeUrl') return url;
    if (name === 'email') return subscriber.email;
    if (name === 'name') return subscriber.name;
    return subscriber.fields[name.slice('field:'.length)] ?? '';
  };
  return {
    html: fillSlots(rendered.html, rendered.slots, (name) => escapeHtml(value(name))),
    text: fillSlots(rendered.text, rendered.slots, value),
  };
}

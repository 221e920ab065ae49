import { randomBytes } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import { escapeHtml } from '../messages/build-messages.js';
import type { OutgoingMessage } from '../ports.js';

/**
 * The two transactional emails of the sign-up journey: "confirm your
 * subscription" (with the signed link) and "you are already subscribed".
 * Plain and HTML parts, subject in the list's language. No List-Unsubscribe:
 * nobody is on the list yet, and ignoring the email is the way out.
 */

export interface ConfirmationEmailSettings {
  from: string;
  replyTo?: string;
  listName: string;
  language: string;
  postalAddress: string;
  siteUrl: string;
}

interface Wording {
  confirmSubject: (list: string) => string;
  confirmIntro: (list: string) => string;
  confirmButton: string;
  confirmExpiry: (hours: number) => string;
  ignore: string;
  alreadySubject: (list: string) => string;
  alreadyBody: (list: string) => string;
}

const WORDING: Record<string, Wording> = {
  en: {
    confirmSubject: (list) => `Confirm your subscription to ${list}`,
    confirmIntro: (list) => `Someone, hopefully you, asked to receive ${list} at this address. Please confirm:`,
    confirmButton: 'Confirm my subscription',
    confirmExpiry: (hours) => `The link works for ${hours} hours.`,
    ignore: 'If you did not ask for this, ignore this email: you will not hear from us again.',
    alreadySubject: (list) => `You are already subscribed to ${list}`,
    alreadyBody: (list) => `Someone asked to subscribe this address to ${list}, but it already receives it. There is nothing to do.`,
  },
  fr: {
    confirmSubject: (list) => `Confirmez votre abonnement à ${list}`,
    confirmIntro: (list) => `Quelqu’un, sans doute vous, a demandé à recevoir ${list} à cette adresse. Merci de confirmer :`,
    confirmButton: 'Confirmer mon abonnement',
    confirmExpiry: (hours) => `Le lien est valable ${hours} heures.`,
    ignore: 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : vous ne recevrez rien d’autre.',
    alreadySubject: (list) => `Vous êtes déjà abonné·e à ${list}`,
    alreadyBody: (list) => `Quelqu’un a demandé à abonner cette adresse à ${list}, mais elle le reçoit déjà. Vous n’avez rien à faire.`,
  },
  de: {
    confirmSubject: (list) => `Bitte bestätigen Sie Ihr Abonnement von ${list}`,
    confirmIntro: (list) => `Jemand, hoffentlich Sie, möchte ${list} an diese Adresse erhalten. Bitte bestätigen Sie:`,
    confirmButton: 'Abonnement bestätigen',
    confirmExpiry: (hours) => `Der Link ist ${hours} Stunden gültig.`,
    ignore: 'Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Sie hören nicht wieder von uns.',
    alreadySubject: (list) => `Sie haben ${list} bereits abonniert`,
    alreadyBody: (list) => `Jemand wollte diese Adresse für ${list} anmelden, aber sie erhält es bereits. Sie müssen nichts tun.`,
  },
  es: {
    confirmSubject: (list) => `Confirma tu suscripción a ${list}`,
    confirmIntro: (list) => `Alguien, esperamos que tú, ha pedido recibir ${list} en esta dirección. Confírmalo:`,
    confirmButton: 'Confirmar mi suscripción',
    confirmExpiry: (hours) => `El enlace es válido durante ${hours} horas.`,
    ignore: 'Si no lo has pedido, ignora este correo: no volverás a saber de nosotros.',
    alreadySubject: (list) => `Ya estás suscrito a ${list}`,
    alreadyBody: (list) => `Alguien ha pedido suscribir esta dirección a ${list}, pero ya lo recibe. No tienes que hacer nada.`,
  },
};

export function wordingFor(language: string): Wording {
  return WORDING[language.toLowerCase().split('-')[0] ?? 'en'] ?? WORDING.en!;
}

export async function buildConfirmationEmail(settings: ConfirmationEmailSettings, to: string, link: string, validHours: number): Promise<OutgoingMessage> {
  const words = wordingFor(settings.language);
  const text = [words.confirmIntro(settings.listName), '', link, '', words.confirmExpiry(validHours), words.ignore, '', `${settings.listName} · ${settings.postalAddress}`].join('\n');
  const html = layout(
    settings,
    `<p>${escapeHtml(words.confirmIntro(settings.listName))}</p>
<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:12px 20px;background:#222;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(words.confirmButton)}</a></p>
<p style="font-size:14px;color:#555">${escapeHtml(words.confirmExpiry(validHours))} ${escapeHtml(words.ignore)}</p>
<p style="font-size:12px;color:#777;word-break:break-all">${escapeHtml(link)}</p>`,
  );
  return compose(settings, to, words.confirmSubject(settings.listName), text, html);
}

export async function buildAlreadySubscribedEmail(settings: ConfirmationEmailSettings, to: string): Promise<OutgoingMessage> {
  const words = wordingFor(settings.language);
  const text = [words.alreadyBody(settings.listName), '', `${settings.listName} · ${settings.postalAddress}`].join('\n');
  const html = layout(settings, `<p>${escapeHtml(words.alreadyBody(settings.listName))}</p>`);
  return compose(settings, to, words.alreadySubject(settings.listName), text, html);
}

function layout(settings: ConfirmationEmailSettings, content: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(settings.language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(settings.listName)}</title></head>
<body style="margin:0;padding:24px;font-family:system-ui,-apple-system,Segoe UI,sans-serif;font-size:16px;line-height:1.5;color:#222;background:#fff">
<div style="max-width:32rem;margin:0 auto">
<h1 style="font-size:20px">${escapeHtml(settings.listName)}</h1>
${content}
<p style="font-size:12px;color:#777">${escapeHtml(settings.listName)} · ${escapeHtml(settings.postalAddress)} · <a href="${escapeHtml(settings.siteUrl)}" style="color:#777">${escapeHtml(settings.siteUrl)}</a></p>
</div></body></html>
`;
}

async function compose(settings: ConfirmationEmailSettings, to: string, subject: string, text: string, html: string): Promise<OutgoingMessage> {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(settings.from.trim())?.[1] ?? 'localhost';
  const messageId = `${Date.now().toString(36)}.${randomBytes(8).toString('hex')}.signup@${domain}`;
  const raw = await new MailComposer({
    from: settings.from,
    replyTo: settings.replyTo,
    to,
    subject,
    messageId: `<${messageId}>`,
    text,
    html,
    headers: {
      // Tells auto-responders and mail filters this is a transactional message, not a bulk one.
      'Auto-Submitted': 'auto-generated',
      'X-Auto-Response-Suppress': 'All',
    },
  })
    .compile()
    .build();
  return { recipient: to, messageId, raw };
}

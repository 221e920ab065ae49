/**
 * What one paragraph unit looks like: prose, a headline, a cut-off teaser, a
 * byline, a timestamp, a caption, a notice or a line of page furniture. Each
 * test looks at the unit alone; where it sits in the article and whether it
 * recurs across the day are weighed in clean-paragraphs.ts.
 */
import { countWords } from '../text-measures.js';
import { calendarTokens, calendarWords, relativeTimeWords } from './calendar-words.js';
import { priceAmount } from './currency-words.js';
import {
  AD_LABEL,
  AGENCIES,
  BYLINE_MARKER,
  CALL_TO_ACTION,
  COMMENT_FORM_LINE,
  CONSENT,
  COOKIE,
  COPYRIGHT,
  CREDIT_WORD,
  NAME_JOINERS,
  PICTURE_WORD,
  PLATFORMS,
  READ_ALSO_LABEL,
  READ_MORE,
  RELATED_HEADING,
  TAGS,
} from './furniture-phrases.js';

/** Ends like a sentence (closing quotes and brackets allowed after the stop). */
const SENTENCE_END = /[.!?。！？؟][\s"'”’»)\]]*$/u;
/** Cut off with an ellipsis: `…`, `...`, `[…]`, `[...]`, `(…)`. */
const CUT_OFF = /(?:…|\.{3}|\[\s*(?:…|\.{3})\s*\]|\(\s*(?:…|\.{3})\s*\))\s*$/u;
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

export function words(unit: string): number {
  return countWords(unit);
}

/** A list item: a bullet, a dash or a number opens it. Lists are content, wherever they sit. */
export function isListItem(unit: string): boolean {
  return /^(?:[-–•·▪◦*]\s|\d{1,3}[a-z]?[.)]\s|\(\d{1,3}\)\s)/u.test(unit);
}

/** Ends in an ellipsis, however short the line: "Read more…", "Le texte prévoit que...". */
export function endsInEllipsis(unit: string): boolean {
  return CUT_OFF.test(unit);
}

/**
 * Two dots closing a line ("… following reports of.."): a template's cut, or a typo closing the story's sentence. After
 * an abbreviation ("Springfield, Ill..", "U.S..") they are its stop and the sentence's.
 */
export function endsInTwoDots(unit: string): boolean {
  return /(?<!\.)\.\.\s*$/u.test(unit) && !/(?:^|[\s(])(?:\p{Lu}\p{Ll}{0,3}|(?:\p{L}\.)+\p{L})\.\.\s*$/u.test(unit);
}

export function isCutOff(unit: string): boolean {
  return (CUT_OFF.test(unit) || CUT_OFF.test(withoutStrayCloser(unit))) && words(unit) >= 6;
}

/** A teaser cut inside a quote keeps the quote's closing mark ("… both sides blaming…»"); a quote the text opened is its own. */
function withoutStrayCloser(unit: string): string {
  const closer = /([»”])\s*$/u.exec(unit);
  if (!closer) return unit;
  return unit.includes(closer[1] === '»' ? '«' : '“') ? unit : unit.slice(0, closer.index);
}

/** A real paragraph of the story: long enough and ending like a sentence, or long whatever its end. */
export function isProse(unit: string): boolean {
  if (isCutOff(unit)) return false;
  const count = words(unit);
  const long = CJK.test(unit) ? unit.length >= 20 : count >= 25;
  return long || (count >= 8 && SENTENCE_END.test(unit));
}

/** A headline: a few words, no closing full stop (a question mark, "!" or a bracket is fine). */
export function looksLikeHeadline(unit: string): boolean {
  const count = words(unit);
  return count >= 1 && count <= 24 && !/[.:;,。．：；，]\s*$/u.test(unit) && !isCutOff(unit);
}

export function isReadMore(unit: string): boolean {
  return READ_MORE.test(unit) || (words(unit) <= 5 && /(?:»|→|›|>>|\.\.\.\s*>)\s*$/u.test(unit));
}

export function isRelatedHeading(unit: string): boolean {
  return RELATED_HEADING.test(unit) && words(unit) <= 8;
}

export function isReadAlso(unit: string): boolean {
  if (words(unit) > 30 || isProseTail(unit)) return false;
  if (READ_ALSO_LABEL.test(unit)) return true;
  // A pointer before another story's headline: "► …", "▶ …", "➤ …" (a list's bullets are "•", "-", "*"; ">>" and "→" also mark a story's list and a console's prompt).
  const pointed = /^[►▶▸➤➜]\s*(\S.*)$/u.exec(unit);
  if (pointed !== null && words(pointed[1] ?? '') >= 3 && looksLikeHeadline(pointed[1] ?? '')) return true;
  // The wire's upper-case label over a headline: "MORE: …", "WATCH →", "SEE ALSO: …".
  const label = /^(\p{Lu}[\p{Lu}’' ]{1,24}?)\s*(?:[:：|→»]|\s[–—-])\s*(.+)$/u.exec(unit);
  // A headline has a few words; "CEO: Jane Doe" or "GM: John Smith" in a fact box is a label and a name.
  if (label !== null && words(label[2] ?? '') >= 3 && looksLikeHeadline(label[2] ?? '') && !/[.!?]$/u.test(label[2] ?? '')) return true;
  // The wire's upper-case words naming where the other story runs: "ALSO ON Metro Post: …", "MORE FROM The Daily Courier 2: …".
  const sourced = /^\p{Lu}{2,}\s+\p{Lu}{2,}\s+[^:：]{2,40}?[:：]\s*(.+)$/u.exec(unit);
  if (sourced !== null && words(sourced[1] ?? '') >= 3 && looksLikeHeadline(sourced[1] ?? '')) return true;
  // A short label over another story's headline: "Don't miss: Why Are Rents Rising So Fast?".
  const insert = /^([^:：]{2,24})[:：]\s*(.+)$/u.exec(unit);
  return insert !== null && words(insert[1] ?? '') <= 3 && /[?!؟]["”»’]?$/u.test(insert[2] ?? '') && isHeadlineCased(insert[2] ?? '');
}

/**
 * Symbols that send the reader elsewhere: arrows, right-pointing triangles, a pointing hand, a link. Opening a line they
 * point at another story ("👉 …", "→ …"); between a label and a headline they stand where a colon would
 * ("Editors' choice ▶ …", "ذو صلة ◀ …"). Guillemets open a quote in French and Russian, so only separate.
 */
const POINTER_LEAD = String.raw`(?:[\u2190-\u21FF\u27A1-\u27BF\u2B05-\u2B07\u2B95▶►▸▹▷◀◄◂◃◁☛☞]|\u{1F449}|\u{1F517}|>>)`;
const POINTER_MID = String.raw`(?:${POINTER_LEAD}|[»«›‹]|<<)`;
const LEADING_POINTER = new RegExp(String.raw`^${POINTER_LEAD}\uFE0F?\s*(\S.*)$`, 'u');
const MIDDLE_POINTER = new RegExp(String.raw`^(\S[^.!?;]{0,58}?)\s+${POINTER_MID}\uFE0F?\s+(\S.*)$`, 'u');
const ANY_POINTER = new RegExp(String.raw`\s${POINTER_MID}\uFE0F?\s`, 'gu');
/** A whole line in brackets, as a template sets off a link: "[ Another story's headline ]", "【…】". */
const BRACKETED = /^[[【〔]\s*([^[\]【】〔〕]+?)\s*[\]】〕]$/u;
/** The link's own note that it leaves the page, in the newsroom's languages: "(opens in new tab)", "(externer Link)". */
const LINK_TRAILER = new RegExp(
  String.raw`^(.+?)\s*[(（]\s*(?:` +
    [
      String.raw`opens? in (?:a )?new (?:tab|window)`, String.raw`(?:link is )?external(?: link| site)?`, String.raw`new (?:tab|window)`,
      String.raw`s['’]ouvre dans (?:un )?(?:nouvel onglet|nouvelle fenêtre)`, String.raw`lien externe`, String.raw`nouvel onglet`,
      String.raw`öffnet (?:sich )?in (?:einem )?neuen (?:tab|fenster)`, String.raw`externer link`, String.raw`neues fenster`,
      String.raw`se abre en (?:una )?nueva (?:pestaña|ventana)`, String.raw`enlace externo`, String.raw`abre em nova (?:aba|janela)`,
      String.raw`otvara se u novom (?:prozoru|tabu|jezičku)`, String.raw`eksterni link`, String.raw`отвара се у новом (?:прозору|табу|језичку)`, String.raw`екстерни линк`,
      String.raw`hapet në (?:një )?(?:dritare|skedë) të re`, String.raw`открывается в новой (?:вкладке|окне)`, String.raw`внешняя ссылка`,
      String.raw`يفتح في (?:نافذة|علامة تبويب) جديدة`, String.raw`رابط خارجي`,
    ].join('|') +
    String.raw`)\s*[)）]$`,
  'iu',
);
const POINTED_LABEL_WORDS = 8;

/**
 * Another story's headline marked as a link by a symbol or a template, whatever the label's words: "👉 …", "→ …",
 * "Pick of the day ▶ …", "[ … ]", "… (opens in new tab)". The headline and the label it carries (empty
 * without one), or null. Whether the line interrupts the story is for its place to tell (clean-paragraphs.ts).
 */
export function pointedHeadline(unit: string): { label: string; headline: string; marker: string } | null {
  if (words(unit) > 24 || isListItem(unit)) return null;
  const found = (label: string, headline: string, marker: string) => {
    const text = headline.trim();
    // A headline is one phrase: no sentence stops inside it ("[HR. At-Tirmidzi no. 1997 …]" cites a source).
    return words(text) >= 3 && words(text) <= 16 && looksLikeHeadline(text) && !/[.;]\s/u.test(text) ? { label: label.trim(), headline: text, marker } : null;
  };
  // A chain of arrows ("Paris → Lyon → Nice", "Before → after") is a route or a process, not a link.
  if ((unit.match(ANY_POINTER) ?? []).length > 1) return null;
  const lead = LEADING_POINTER.exec(unit);
  if (lead) return found('', lead[1] ?? '', 'lead');
  const middle = MIDDLE_POINTER.exec(unit);
  if (middle && words(middle[1] ?? '') <= POINTED_LABEL_WORDS && !/^\p{N}/u.test(middle[1] ?? '')) return found(middle[1] ?? '', middle[2] ?? '', 'middle');
  const bracketed = BRACKETED.exec(unit);
  // A name or a sound in brackets ("[ The Verge ]", "[Applause]") is shorter than a headline.
  if (bracketed && words(bracketed[1] ?? '') >= 4) return found('', bracketed[1] ?? '', 'bracket');
  const trailer = LINK_TRAILER.exec(unit);
  if (trailer) return found('', trailer[1] ?? '', 'trailer');
  return null;
}

/** Headline casing: most words capitalised, or a question or exclamation. */
function isHeadlineCased(text: string): boolean {
  const parts = text.split(/\s+/u).filter((part) => /\p{L}/u.test(part));
  if (parts.length < 3 || !looksLikeHeadline(text)) return false;
  if (/[?!؟]["”»’]?$/u.test(text)) return true;
  return parts.filter((part) => /^["“«‘(]?\p{Lu}/u.test(part)).length / parts.length >= 0.6;
}

/** A "label: text" line whose text goes on for several sentences is a paragraph, not an insert. */
function isProseTail(unit: string): boolean {
  return (unit.match(/[.!?。](?:\s|$)/gu)?.length ?? 0) >= 2;
}

export function isCommentFormLine(unit: string): boolean {
  return COMMENT_FORM_LINE.test(unit) && words(unit) <= 25;
}

/** A cookie or consent banner, in any of its languages. */
export function isCookieNotice(unit: string): boolean {
  if (!COOKIE.test(unit)) return false;
  return words(unit) <= 6 || (words(unit) <= 70 && CONSENT.test(unit));
}

export function isCopyright(unit: string): boolean {
  return COPYRIGHT.test(unit) && words(unit) <= 40;
}

/** Share bars: a line made only of platform names (and separators), or "Share" plus platforms. */
/** "Follow the Daily Mirror on Instagram, Facebook and X": a short line, no sentence, naming two platforms or more. */
function namesPlatforms(unit: string): boolean {
  if (words(unit) > 14 || SENTENCE_END.test(unit)) return false;
  const tokens = unit.toLowerCase().split(/[\s|·•,/:;–—-]+/u).filter(Boolean);
  return ON_PLATFORM.test(unit) && new Set(tokens.filter((token) => SOCIAL.has(token))).size >= 2;
}

/** Social networks by name (the share bar's "email", "print" or "link" are words of a sentence too). */
const SOCIAL = new Set(['facebook', 'twitter', 'instagram', 'linkedin', 'whatsapp', 'telegram', 'viber', 'reddit', 'pinterest', 'youtube', 'tiktok', 'threads', 'mastodon', 'bluesky', 'vk', 'snapchat', 'фејсбук', 'твитер', 'инстаграм', 'телеграм', 'вајбер', 'фейсбук', 'твиттер', 'فيسبوك', 'تويتر', 'واتساب', 'تلغرام', 'إنستغرام']);

export function isPlatformLine(unit: string): boolean {
  if (namesPlatforms(unit)) return true;
  const tokens = unit.toLowerCase().split(/[\s|·•,/:;–—-]+/u).filter(Boolean);
  if (tokens.length < 2 || tokens.length > 14) return false;
  const platforms = tokens.filter((token) => PLATFORMS.has(token)).length;
  const verbs = tokens.filter((token) => /^(?:share|teilen|partager|compartir|podeli|подели|поделиться|shpërndaje|شارك|follow|us|on|via|en|na|auf|sur|në)$/iu.test(token)).length;
  return platforms >= 2 ? platforms + verbs === tokens.length : platforms === 1 && verbs >= 1 && platforms + verbs === tokens.length;
}

/** Breadcrumbs and menus: several short segments joined by `>`, `/`, `»`, `›` or `|`, with no sentence. */
export function isNavigation(unit: string): boolean {
  // Numbers mark a table row ("2 | Vermont | 80.8"), not a menu.
  if (SENTENCE_END.test(unit) || words(unit) > 20 || /\d/u.test(unit)) return false;
  // A label may head the topics' links: "Filed in: Politics · Courts · Elections".
  const listed = unit.replace(/^[^:：]{2,40}[:：]\s*(?=[^:：]*\s[·•|]\s)/u, '');
  if (words(listed) > 14) return false;
  const segments = listed.split(/\s+(?:>|\/|»|›|\||·|•)\s+/u);
  return segments.length >= 3 && segments.every((segment) => words(segment) <= 4);
}

/**
 * Objects of a call to action: this story, a link, a newsletter, an app, notifications. An app or a podcast
 * counts only as the reader's or the site's ("Get the app", "Listen to our podcast"): a story's heading
 * ("Mobile App Development", "Podcast equipment for beginners") names one too. Words are matched whole:
 * "lien" is not in "Clients".
 */
const CTA_OBJECT = new RegExp(
  String.raw`(?<![\p{L}_])(?:` +
    [
      String.raw`(?:this|the) (?:article|story|post|page|video)`, 'link', 'newsletter', 'inbox', 'notifications', String.raw`(?:our|the|this|your|in) (?:app|podcast)`,
      String.raw`(?:ovaj|ovu|ovo) (?:članak|tekst|vest)`, String.raw`njuzleter\p{L}*`, String.raw`aplikacij\p{L}*`, String.raw`билтен\p{L}*`, String.raw`апликациј\p{L}*`, String.raw`ссылк\p{L}*`,
      String.raw`рассылк\p{L}*`, String.raw`приложени\p{L}*`, 'artikel', 'lien', 'boletín', 'enlace', String.raw`buletin\p{L}*`, String.raw`lidhje\p{L}*`,
      'النشرة', 'الرابط', 'التطبيق',
    ].join('|') +
    String.raw`)(?![\p{L}_])`,
  'iu',
);

/** How many sentences a line holds, counted by their closing marks. */
function sentencesIn(unit: string): number {
  return unit.match(/[.!?](?:\s|$)/gu)?.length ?? 0;
}

/** Verbs asking the reader to join, back or receive something: "Join …", "Support …", "Get …", "Soutenez …", "Merrni …". */
const PITCH_VERBS = [
      'join', 'become', 'support', 'get', 'stay', 'donate', 'sign up', 'subscribe', 'never miss', 'don[’\']t miss', 'follow', 'unlock', 'start (?:your|a)',
      'pridružite', 'postanite', 'podržite', 'primajte', 'dobijajte', 'pratite', 'придружите', 'постаните', 'подржите', 'примајте', 'добијајте', 'пратите',
      'bashkohuni', 'bashkohu', 'bëhuni', 'bëhu', 'mbështetni', 'merrni', 'ndiqni', 'присоединяйтесь', 'станьте', 'поддержите', 'получайте', 'следите', 'подписывайтесь',
      'werden sie', 'unterstützen sie', 'erhalten sie', 'holen sie sich', 'folgen sie', 'rejoignez', 'devenez', 'soutenez', 'recevez', 'suivez',
      'únete', 'hazte', 'apoya', 'recibe', 'sigue', 'síguenos', 'suscríbete', 'abonnez-vous', 'abonnieren sie', 'pretplatite se', 'претплатите се', 'abonohu', 'подпишитесь', 'оформите подписку',
      'انضم\\p{L}{0,2}', 'ادعم\\p{L}{0,2}', 'احصل', 'كن', 'تابع\\p{L}{0,2}', 'اشترك\\p{L}{0,2}',
];
const PITCH_VERB = new RegExp(String.raw`(?:^|[.?!—–:,]\s+|(?<![\p{L}])to\s+)(?:${PITCH_VERBS.join('|')})(?![\p{L}])`, 'iu');
const PITCH_OPENS_SENTENCE = new RegExp(String.raw`(?:^|[.!?]\s+)(?:${PITCH_VERBS.join('|')})(?![\p{L}])`, 'iu');
/** What a pitch offers: the newsroom's journalism, its news, stories or alerts, a membership, its readers' company. */
const PITCH_OBJECT =
  /journalis|news|stor(?:y|ies)|member|subscri|readers|alerts?(?![\p{L}])|digest|briefing|inbox|novinar|вести|vesti|новинар|lajm|gazetari|новост|журналист|nachrichten|journalismus|mitglied|abonn|actualit|informations|periodismo|noticias|socio|الأخبار|الصحافة|اشتراك/iu;

/** A pitch for the newsroom: short, asking the reader to join, back or receive it ("Support independent journalism — become a member today"). */
export function isPitch(unit: string): boolean {
  if (isPricedOffer(unit)) return true;
  return words(unit) <= 16 && !(SENTENCE_END.test(unit) && words(unit) >= 8 && !/[!?]\s*$/u.test(unit)) && PITCH_VERB.test(unit) && PITCH_OBJECT.test(unit);
}

/** A pitch naming its price is an offer, sentence or not: "Support our reporting. Subscribe for just €3 a month.", "Get full access from R2.99". */
const OFFER_WORDS = 24;
function isPricedOffer(unit: string): boolean {
  const sentenceCount = sentencesIn(unit);
  // The verb opens the line or one of its sentences: a story's "… said it would charge $5 a month to join" reports an offer.
  const opens = PITCH_OPENS_SENTENCE.test(unit);
  return words(unit) <= OFFER_WORDS && unit.length <= MAX_NOTE_LENGTH && sentenceCount <= 2 && !/["“”„«»]/u.test(unit) && opens && (PITCH_OBJECT.test(unit) || ACCESS.test(unit)) && priceAmount().test(unit);
}

/** Reading access sold by the site: "unlimited access", "Zugang", "accès", "acceso", "pristup", "доступ", "qasje". */
const ACCESS = /access|zugang|zugriff|accès|acceso|acesso|pristup|приступ|доступ|qasj|وصول|الوصول/iu;

/** Signing in, in the newsroom's languages: "Log in", "Se connecter", "Anmelden", "Войти", "Prijavite se", "تسجيل الدخول". */
const SIGN_IN =
  /(?:^|[?!.,:—–]\s*)(?:(?:please|hier|ici|aquí|ovde|овде|здесь|këtu)\s+)?(?:log ?in|sign ?in|se connecter|connectez-vous|anmelden|einloggen|войти|войдите|iniciar sesión|inicia sesión|identifícate|prijav\p{L}* se|пријав\p{L}* се|kyçu|kyçuni|hyni|تسجيل الدخول|سجل الدخول)(?![\p{L}])/iu;
/** Who signs in: a subscriber, a member, an account holder. */
const ACCOUNT = /subscri|abonn|abonent|(?<![\p{L}])abo(?![\p{L}])|pretplat|претплат|подписчик|подписк|suscri|member|mitglied|membre|miembro|član|члан|anëtar|account|konto|compte|cuenta|nalog|налог|llogari|аккаунт|مشترك|حساب/iu;

/** "Already a subscriber? Log in", "Déjà abonné ? Se connecter": the paywall's sign-in line, the sign-in opening a clause. */
export function isSignInLine(unit: string): boolean {
  // After the paywall's question ("Schon Abonnent? …") the request may close on a full stop.
  const asked = /^[^?？؟]{3,60}[?？؟]\s[^.!?]+[.!]?$/u.test(unit);
  return words(unit) <= 12 && !(SENTENCE_END.test(unit) && !/[?!]\s*$/u.test(unit) && words(unit) >= 6 && !asked) && (SIGN_IN.test(unit) || SIGN_IN_SEPARATED.test(unit)) && ACCOUNT.test(unit);
}

/** German splits its verb: "Melden Sie sich hier an", "Dann loggen Sie sich ein". */
const SIGN_IN_SEPARATED = /(?<![\p{L}])(?:melden|loggen)\s+sie\s+sich\s+(?:\p{L}+\s+){0,2}(?:an|ein)(?![\p{L}])/iu;

/** Getting the site's app: "Download the … app", "Installieren Sie die … App", "Téléchargez l’application …", "Преузмите апликацију …". */
const APP_VERB =
  /^(?:download|install|get|preuzmite|preuzmi|instalirajte|преузмите|преузми|инсталирајте|скачайте|скачать|установите|laden sie|lade|installieren sie|holen sie sich|téléchargez|installez|descarga|descargue|descárgate|instala|baixe|shkarko|shkarkoni|instaloni|حمّل|حمل|نزّل|نزل|ثبّت|ثبت)(?![\p{L}])/iu;
const APP = /(?<![\p{L}])(?:app|apps|application|aplikacij\p{L}*|апликациј\p{L}*|приложени\p{L}*|anwendung|aplicación|aplicativo|aplikacion\p{L}*|تطبيق\p{L}*)(?![\p{L}])|アプリ/iu;
/** Messaging and social platforms the site runs a channel on; stems take the inflected forms ("Вајбер заједници", "Telegram-канале"). */
const CHANNEL_PLATFORM = /viber|вајбер|вайбер|telegram|телеграм|whatsapp|вотсап|ватсап|signal|google news|جوجل نيوز|غوغل نيوز|تيليجرام|تلغرام|تليجرام|واتساب|فايبر/iu;
/** A channel, a community, a group: what the reader is asked to join on a platform. */
const CHANNEL = /channel|kanal|канал|community|zajednic|заједниц|сообществ|group|grup|груп|comunidad|communauté|gemeinschaft|قناة|قناتنا|مجتمع|مجموعة/iu;

/** "Join our Viber community", "Bëhuni pjesë e kanalit tonë në Viber", "Все главное — в нашем Telegram-канале": the site's channel on a platform. */
function isChannelPitch(unit: string): boolean {
  if (words(unit) > 16 || (SENTENCE_END.test(unit) && words(unit) >= 8) || !CHANNEL_PLATFORM.test(unit)) return false;
  return PITCH_VERB.test(unit) || OUR.test(unit) || CHANNEL.test(unit);
}

/** Read on once subscribed: "Subscribe to read on", "Jetzt weiterlesen mit Abo", "La suite est réservée aux abonnés", "Оформите подписку, чтобы читать дальше". */
const READ_ON = /read on|keep reading|continue reading|rest of (?:this|the) (?:article|story)|weiterlesen|la suite|lire la suite|seguir leyendo|leer más|lexo më tej|vazhdo leximin|nastavak|наставак|читать дальше|продолжение|続き|全文/iu;
const SUBSCRIBED = /subscri|abonn|abonent|(?<![\p{L}])abo(?![\p{L}])|plus(?![\p{L}])|premium|pretplat|претплат|подписк|suscri|member|mitglied|membre|miembro|anëtar|会員|مشترك|اشتراك/iu;

function isPaywallCut(unit: string): boolean {
  const sentenceCount = sentencesIn(unit);
  return words(unit) <= 25 && sentenceCount <= 2 && !/["“”„«»]/u.test(unit) && READ_ON.test(unit) && SUBSCRIBED.test(unit);
}

/** A subscription, in the newsroom's languages: "subscribe", "abonnieren", "suscríbete", "pretplatnik", "подписка", "abonohu". */
const SUBSCRIPTION = /subscri|abonn|abonent|abonoh|pretplat|претплат|подпис|suscr[ií]|اشتراك|اشترك|订阅|購読/iu;

/** A pitch fits in one short sentence. */
const SUBSCRIPTION_PITCH_WORDS = 14;

/**
 * One short sentence asking the reader to subscribe: "Don't miss a story: subscribe to the Courier.", "Unlock this
 * article with a digital subscription.", "Para continuar leyendo, suscríbete". A story reports who subscribed; it
 * does not ask its reader to.
 */
function isSubscriptionPitch(unit: string): boolean {
  return words(unit) <= SUBSCRIPTION_PITCH_WORDS && sentencesIn(unit) <= 1 && !/["“”„«»]/u.test(unit) && PITCH_VERB.test(unit) && SUBSCRIPTION.test(unit);
}

/** Short, no sentence, asking the reader to do something with the page rather than telling the story. */
export function isCallToAction(unit: string): boolean {
  if (CALL_TO_ACTION.test(unit) || isPlatformLine(unit) || isPitch(unit) || isSignInLine(unit)) return true;
  if (isChannelPitch(unit) || isPaywallCut(unit) || isSubscriptionPitch(unit)) return true;
  if (words(unit) <= 12 && !SENTENCE_END.test(unit) && APP_VERB.test(unit) && APP.test(unit)) return true;
  // A short question put to the reader, then the request: "Already a subscriber? Log in", "Liked this? Follow us on …".
  const asked = /^([^?？؟]{3,60}[?？؟])\s+(\S.*)$/u.exec(unit);
  if (asked && words(unit) <= 16 && words(asked[1] ?? '') <= 8 && isCallToAction(asked[2] ?? '')) return true;
  const count = words(unit);
  if (count > 16 || (SENTENCE_END.test(unit) && !/[!?]\s*$/u.test(unit))) return false;
  // A web address alone on its line is a story's reference or source, not a request.
  return CTA_OBJECT.test(unit) || (/https?:\/\/|www\.|@\w{2,}/iu.test(unit) && !/^(?:https?:\/\/|www\.)\S+$/iu.test(unit));
}

/** Advertising words inside a short line: "Story continues after this ad", "Gesponserter Inhalt", "Реклама партнера". */
const AD_WORD =
  /(?<![\p{L}])(?:ads?|advert\p{L}*|publi-\p{L}+|publi(?:r?report|rédac|redac|info)\p{L}*|outbrain|taboola|revcontent|mgid|plista|promo\p{L}*|промо\p{L}*|paid (?:post|content|partner\p{L}*|promotion|placement|feature|for by)|partner (?:content|offer)|branded|brand content|de marque|de marca|pla[ćc]en\p{L}* sadr[žz]aj|плаћен\p{L}* садржај|платн\p{L}* материал|bezahlte?r? inhalt|contenu payant)(?![\p{L}])|sponsor|sponzor|спонзор|спонсор|annonce(?![\p{L}])|spons\p{L}*ris|patrocin|reklam|oglas|оглас|реклам|anzeige|werb|publicit|publicidad|anunciante|annonceur|inserent|إعلان|(?:محتوى|مادة) مدفوع|広告|广告|廣告|スポンサー|赞助|贊助|推广|推廣/iu;

/** "Story continues below", "Продолжение ниже", "Lajmi vazhdon më poshtë": the slot an ad leaves between paragraphs. */
const CONTINUES = /contin[uú]|fortgesetzt|weiter|suite|sigue|nastav|настав|продолж|vazhd|يتبع|続|继续|繼續/iu;
const BELOW = /(?<![\p{L}])(?:below|after|unten|nach|sous|après|debajo|abajo|tras|después|ispod|испод|ниже|после|poshtë|pas|بالأسفل|بعد)(?![\p{L}])|後|后/iu;

/** "Scroll to continue", "Weiter scrollen": the slot an ad leaves asks the reader to scroll past it. */
const SCROLL = /scroll|skroluj|скролуј|прокрут|défile|desplaz|desliza|lëviz/iu;

/** Partnership words: "In partnership with …", "Материал партнёра", "En colaboración con …", "بالتعاون مع شريكنا". */
const PARTNER =
  /partner|partenai|partenariat|colabora|kooperation|zusammenarbeit|saradnj|сарадњ|партн[её]р|bashkëpunim|spoluprác|شريك|بالتعاون|برعاية|合作|パートナー|提携/iu;

/**
 * A sponsor's label: a short line, no sentence, naming a partnership or a paid placement. Alone it may be a story's
 * heading ("Partners in the port"), so it is furniture only where it interrupts paragraphs it has no word in common with.
 */
export function isSponsorLine(unit: string): boolean {
  return words(unit) <= 8 && !SENTENCE_END.test(unit) && !isListItem(unit) && (PARTNER.test(unit) || AD_WORD.test(unit) || sponsorCredit(unit) !== null);
}

/** Agentive and associative prepositions: "by", "von", "par", "por", "od", "от", "nga", "di", "with", "mit", "avec", "con", "uz", "при", "من قبل". */
const AGENT = String.raw`by|with|von|mit|par|avec|por|con|od|uz|от|при|nga|di|door|من قبل|برعاية|بدعم من`;
/** A participle or two, then the agent: "Supported by", "Presented by Acme Bank", "Contenido ofrecido por …", "Präsentiert von …", "Uz podršku …". */
const CREDITED = new RegExp(String.raw`^((?:\p{L}[\p{L}’'-]*\s+){1,3}?)(?:${AGENT})(?:\s+(.+))?$`, 'iu');

/** How a credit's participle ends: "Presented", "präsentiert", "présenté", "ofrecido". */
const PARTICIPLE = /(?:ed|en|iert|é|ée|és|ées|ado|ada|ido|ida|ен|ена|ано|ан|uar|ur)$/u;

/**
 * A sponsor's credit line: a participle or two and an agent, and nothing after it (the sponsor's logo was an image:
 * "Supported by", "In association with", "Präsentiert von") or a name ("Contenido ofrecido por Banco Norte"). Returns the
 * sponsor's name ('' for a logo), so that a caller can check whether the story around speaks of it. A byline opens on
 * its marker ("By …", "Written by …") and is no sponsor's.
 */
export function sponsorCredit(unit: string): string | null {
  if (words(unit) > 8 || /[\p{N}.!?:;,]$/u.test(unit.replace(/\s*\p{N}+$/u, '')) || BYLINE_MARKER.test(unit) || isListItem(unit)) return null;
  const credited = CREDITED.exec(unit);
  if (!credited) return null;
  const name = credited[2] ?? '';
  // The lead is a participle in lower case after its first word ("Supported", "Brought to you"); "Driven by Data" heads a section in title case.
  const lead = (credited[1] ?? '').trim().split(/\s+/u);
  if (lead.slice(1).some((part) => /^\p{Lu}/u.test(part)) || /^(?:the|a|an|der|die|das|le|la|el|los|las)$/iu.test(lead[0] ?? '')) return null;
  if (name === '') return words(unit) <= 4 ? '' : null;
  // Named, the credit's lead is a participle ("Presented", "ofrecido", "präsentiert", "présenté"): "Cost by Room" and "Compatible with …" head a section.
  if (!PARTICIPLE.test(lead.at(-1) ?? '')) return null;
  return isNames(name.replace(/\s+\p{N}{1,3}$/u, '')) ? name : null;
}

/**
 * What a sponsor's line says besides its label's words: the sponsor's name ("Banco Norte" of "Contenido ofrecido por
 * Banco Norte"), or nothing when it says outright that it is paid ("Content from our partners"). A story that speaks of
 * the sponsor shares these words.
 */
export function sponsorName(unit: string): string {
  const credit = sponsorCredit(unit);
  if (credit !== null) return credit;
  // A line only naming partners may be the story's heading ("Partners under one roof"): its every word counts.
  if (!isPaidPlacement(unit)) return unit;
  const strip = (pattern: RegExp) => new RegExp(pattern.source, `${pattern.flags}g`);
  return [AD_WORD, PARTNER, OUR, CONTENT].reduce((text, pattern) => text.replace(strip(pattern), ' '), unit);
}

/** The site speaking of itself: "our", "unser…", "notre", "nuestro", "naš…", "наш…", "ynë", "شريكنا". */
const OUR = /(?<![\p{L}])(?:our|unser\p{L}*|notre|nos|nuestr\p{L}*|naš\p{L}*|наш\p{L}*|ynë|tonë|tanë|nostr\p{L}*|nosso|nossa)(?![\p{L}])|\p{sc=Arabic}نا(?![\p{L}])/iu;

/** A sponsor's label that says so outright: an advertising word, or the site naming its own partners ("Recommended by our partners"). */
export function isPaidPlacement(unit: string): boolean {
  return isSponsorLine(unit) && (AD_WORD.test(unit) || (PARTNER.test(unit) && OUR.test(unit)));
}

export function isAdLabel(unit: string): boolean {
  if (AD_LABEL.test(unit)) return true;
  // A slot still loading trails off ("Advertisement loading…", "AD LOADING..."): the ellipsis ends no sentence.
  const slot = unit.replace(/\s*(?:\.{3}|…)$/u, '');
  return words(unit) <= 8 && !SENTENCE_END.test(slot) && (AD_WORD.test(unit) || (CONTINUES.test(unit) && (BELOW.test(unit) || SCROLL.test(unit))));
}

/** "Continue reading the main story", "Weiterlesen", "La suite": a lone line saying the story goes on is the slot an ad or a link left. */
export function isContinuationMarker(unit: string): boolean {
  return words(unit) <= 6 && !SENTENCE_END.test(unit) && OPENS_WITH_CONTINUES.test(unit);
}

const OPENS_WITH_CONTINUES = new RegExp(`^(?:${CONTINUES.source})`, 'iu');

/** Image words of a gallery or slideshow control ("View all 12 images", "Bildergalerie öffnen", "معرض الصور"). */
const GALLERY_WORD = /gall?er|галер|slideshow|diaporama|(?<![\p{L}])(?:photos|fotos|фото|images|imágenes|pictures|bilder|slides?|diapositivas?|صور|الصور)(?![\p{L}])/iu;

/**
 * The verbs of a page's controls, in the newsroom's languages: "Skip …", "Loading …", "Enlarge …", "hide …", "Voir …",
 * "Učitaj …", "Загрузить …". With what they act on (a post, a caption, an image, a player) they make a button's label.
 */
const CONTROL_VERB =
  /^(?:skip|load\p{L}*|view|open|show|hide|toggle|expand|collapse|enlarge|zoom|close|play|pause|mute|unmute|download|save|translate|herunterladen|speichern|übersetzen|télécharger|enregistrer|traduire|descargar|guardar|traducir|preuzmi|sačuvaj|prevedi|преузми|сачувај|преведи|скачать|сохранить|перевести|shkarko|ruaj|përkthe|überspringen|laden|lädt|anzeigen|ausblenden|einblenden|vergrößern|schließen|abspielen|passer|charger|chargement|afficher|masquer|agrandir|fermer|saltar|omitir|cargar|cargando|mostrar|ocultar|ampliar|cerrar|reproducir|preskoči|učitaj|učitavanje|prikaži|sakrij|uvećaj|zatvori|прескочи|учитај|учитавање|прикажи|сакриј|увећај|затвори|пропустить|загруз\p{L}*|показать|скрыть|увеличить|закрыть|kapërce|ngarko|shfaq|fshih|zmadho|mbyll|تخطي|تحميل|جار التحميل|عرض|اعرض|إخفاء|تكبير|إغلاق)(?![\p{L}])/iu;
/** What a control acts on: an embedded post, a caption, an image, a player, a gallery. */
const CONTROL_OBJECT =
  /(?<![\p{L}])(?:post|tweet|repl(?:y|ies)|slide|caption|image|photo|picture|video|player|gallery|slideshow|content|beitrag|bildunterschrift|bild|légende|publication|contenido|leyenda|imagen|publicación|objav\p{L}*|natpis|slik\p{L}*|објав\p{L}*|натпис|слик\p{L}*|пост|запис\p{L}*|подпис\p{L}*|изображени\p{L}*|postim\p{L}*|foto\p{L}*|фото\p{L}*|video\p{L}*|видео\p{L}*|المنشور|الصورة|الفيديو|تغريدة)(?![\p{L}])/iu;
/** Paging a gallery or a slideshow: "Previous", "Next ›", "Zurück", "Suivant", "Siguiente", "Следећа", "التالي". */
const PAGER_WORD = String.raw`(?:previous|prev|next|zurück|vorherige?[snr]?|nächste?[snr]?|précédente?|suivante?|anterior|siguiente|prethodn\p{L}*|sledeć\p{L}*|следећ\p{L}*|претходн\p{L}*|предыдущ\p{L}*|следующ\p{L}*|paraardhës\p{L}*|tjetr\p{L}*|السابق|التالي)`;
const ARROWS = String.raw`[←→‹›«»<>◀▶◁▷◂▸⟨⟩\s]`;
const PAGER = new RegExp(String.raw`^${ARROWS}*${PAGER_WORD}${ARROWS}*$`, 'iu');
/** A pager's word next to what it pages: "Next image", "Previous photo", "Nächstes Bild", "Photo suivante", "Sledeća slika". */
const PAGED = new RegExp(String.raw`(?<![\p{L}])${PAGER_WORD}(?![\p{L}])`, 'iu');
/** A consent banner's button: "Accept and continue", "Alle akzeptieren", "Tout accepter", "Prihvati sve". */
const CONSENT_BUTTON = /^(?:(?:alle|tout|todo|sve|све)\s+)?(?:accept|agree|allow|akzeptier\p{L}*|zustimmen|accepter|aceptar|acepto|prihvat\p{L}*|прихват\p{L}*|принять|согласен|pranoj\p{L}*|قبول|موافق)(?![\p{L}])/iu;

/** Words a consent button adds to its verb: "and continue", "all", "cookies". */
const BUTTON_WORDS = new Set(['and', '&', 'continue', 'all', 'cookies', 'und', 'weiter', 'fortfahren', 'alle', 'et', 'continuer', 'tout', 'tous', 'y', 'continuar', 'todo', 'todas', 'i', 'nastavi', 'sve', 'и', 'настави', 'све', 'dhe', 'vazhdo', 'të', 'gjitha', 'و', 'متابعة', 'الكل']);

function isConsentButton(unit: string): boolean {
  const parts = unit.toLowerCase().split(/\s+/u).filter(Boolean);
  return parts.length <= 4 && CONSENT_BUTTON.test(unit) && parts.slice(1).every((part) => BUTTON_WORDS.has(part) || CONSENT_BUTTON.test(part));
}

/** The same verbs anywhere in a short line: after the reader's click ("Click to enlarge", "Cliquez pour agrandir", "Klicken zum Vergrößern"). */
const CONTROL_VERB_WORD = new RegExp(`(?<![\\p{L}])${CONTROL_VERB.source.slice(1)}`, 'iu');
/** The video player's own chrome: autoplay, full screen, playback speed, in the newsroom's languages. */
const PLAYER_CHROME =
  /(?<![\p{L}])(?:sound|ton|son|sonido|zvuk|звук)\s+(?:on|off|an|aus|activé|désactivé|activado|desactivado|uključen|isključen|укључен|искључен|вкл|выкл)(?![\p{L}])|auto-?play|autostart|full-?screen|full screen|playback|vollbild|automatische wiedergabe|wiedergabegeschwindigkeit|plein écran|lecture automatique|pantalla completa|reproducción automática|ceo ekran|цео екран|automatsk\p{L}* reprodukcij\p{L}*|аутоматск\p{L}* репродукциј\p{L}*|автовоспроизведени\p{L}*|во весь экран|ekran i plotë|luaj automatikisht|تشغيل تلقائي|ملء الشاشة/iu;
/** "Swipe for more", "Scroll for more images", "Wischen für mehr", "Desliza para ver más", "Листайте дальше": the gallery's gesture. */
const SWIPE = /^[←→‹›«»<>◀▶\s]*(?:swipe|scroll|wischen|scrollen|balayez|faites défiler|desliza|deslice|prevucite|превуците|листайте|пролистайте|lëviz|rrëshqit|اسحب)(?![\p{L}])/iu;

/** "Enlarge" in scripts without spaces between words: "写真を拡大する", "点击查看大图". */
const CJK_ENLARGE = /拡大|放大|大图|大圖/u;
const CJK_CONTROL_CHARS = 16;

/** A page's control: a button acting on a post, a caption or an image, a gallery's pager, a consent banner's button. */
export function isPageControl(unit: string): boolean {
  if (CJK.test(unit) && unit.length <= CJK_CONTROL_CHARS && CJK_ENLARGE.test(unit)) return true;
  const stopless = unit.replace(/(?:\.{3}|…)$/u, '');
  // "◀ Previous | Next ▶": a pager's words, each on its button.
  const buttons = unit.split(/\s*[|·•/]\s*/u).filter(Boolean);
  if (buttons.length >= 2 && buttons.length <= 4 && buttons.every((button) => PAGER.test(button))) return true;
  if (words(unit) <= 6 && !/[.!?。]$/u.test(stopless) && !isListItem(unit)) {
    // "Click to enlarge", "Tap to load the player", "Pulsa para ampliar": the reader's click, then a control's verb.
    if (CLICK.test(unit) && CONTROL_VERB_WORD.test(unit.replace(CLICK, ''))) return true;
    if (PLAYER_CHROME.test(unit)) return true;
    // A table too asks to be swiped ("Swipe right to see more"): a gallery's gesture names what it shows.
    if (SWIPE.test(unit) && (GALLERY_WORD.test(unit) || PICTURE.test(unit) || CONTROL_OBJECT.test(unit))) return true;
    if (words(unit) <= 3 && PAGED.test(unit) && (CONTROL_OBJECT.test(unit) || new RegExp(PICTURE_WORD, 'iu').test(unit))) return true;
  }
  if (words(unit) > 5 || /[.!?。]$/u.test(stopless)) return false;
  if (PAGER.test(unit) || isConsentButton(unit)) return true;
  // German puts the verb last: "Bildunterschrift ausblenden", "Beitrag überspringen".
  const verb = CONTROL_VERB.test(unit) || CONTROL_VERB.test(unit.slice(unit.lastIndexOf(' ') + 1));
  return verb && (CONTROL_OBJECT.test(unit) || EMBED_PLATFORM.test(unit));
}

/** An embedded social post as scraped: a short text closing on its hashtag or emoji ("… Stay safe everyone #storm", "… 🙃"); a link's "#section" is no hashtag. */
const POST_CLOSE = /(?:(?<=^|\s)#[\p{L}\p{N}_]{2,40}|\p{Extended_Pictographic}[\u{FE0F}\u{200D}\p{Extended_Pictographic}]*)\s*$/u;
const MAX_POST_WORDS = 35;

export function isEmbeddedPostText(unit: string): boolean {
  return words(unit) <= MAX_POST_WORDS && POST_CLOSE.test(unit) && !isListItem(unit);
}

/** The player's or the page's word to the reader about their browser: "enable JavaScript", "in your browser", "votre navigateur". */
const BROWSER_NOTICE =
  /(?<![\p{L}])(?:enable|activate|turn on|aktivieren|activez|activer|habilita|activa|omogućite|uključite|омогућите|укључите|включите|aktivizoni)(?![\p{L}]).{0,20}javascript|(?<![\p{L}])(?:your|ihre?m?|votre|tu|su|vašem|vaš|вашем|ваш|shfletuesin tuaj)\s+(?:web\s+)?(?:browser|navigateur|navegador|pregleda[čc]\p{L}*|pretra[žz]iva[čc]\p{L}*|претраживач\p{L}*|прегледач\p{L}*|браузер\p{L}*)|المتصفح/iu;

/** The player's words: a notice about the story's audio version opens with one ("This audio is …", "Listen to this story", "Écouter l’article"). */
const AUDIO_WORD = /(?<![\p{L}])(?:audio\p{L}*|listen\p{L}*|hör\p{L}*|écout\p{L}*|escuch\p{L}*|слуша\p{L}*|послуша\p{L}*|прослуша\p{L}*|послушать|dëgjo\p{L}*|poslušaj\p{L}*|slušaj\p{L}*|استمع|الصوت)(?![\p{L}])|音声/iu;
/** Agreeing to the site's terms: "you agree", "stimmen Sie … zu", "vous consentez", "aceptas", "prihvatate", "вы соглашаетесь". */
const CONSENT_VERB = /accept|agree|consent|akzeptier|zustimm|stimmen sie|einwillig|accepte|consen|acept|prihvat|прихват|соглас|принима|pranoj|pranon|توافق|موافق|قبول/iu;
/** What the reader agrees to: their data, trackers, the site's partners, terms and policies. */
const TERMS_OBJECT = /data|daten|données|datos|podat|подат|данн|të dhën|بيانات|track|traceur|rastread|partner|partenai|socios|terms|conditions|polic|richtlinie|nutzungsbeding|politique|política|uslov|услов|условия|kusht|الشروط|سياسة/iu;
/** The right to copy: "reproduction", "republish", "Nachdruck", "reprodukovan", "воспроизведение", "نسخ". */
const REPRODUCE = /reprodu|republish|nachdruck|vervielfältig|репродук|воспроизвед|перепечат|riprodh|ripubblic|kopiran|копиран|نسخ|إعادة نشر/iu;
/** The site's pages, texts and rights, and whoever publishes them. */
const PUBLISHED = /page|text|article|material|rights|droits|derechos|direitos|rechte|prava|права|drejta|الحقوق|seite|artikel|artículo|članak|чланак|статья|статей|материал|redaktion|rédaction|redacción|redakcij|редакци|editor|éditeur|herausgeber|publisher|izdava|издава|المحرر/iu;

/** What such a notice says of the right: reserved, forbidden, not without permission. */
const RESERVED = /reserv|réserv|without|permission|prohib|forbid|interdit|autoris|autoriza|vorbehalten|genehmigung|ohne|untersagt|zabranjen|забрањен|dozvol|дозвол|bez |без |запрещ|разрешени|ndalohet|pa leje|دون|يمنع|محظور/iu;

/**
 * The site speaking about itself or its page rather than the story: the audio player's note, a consent request
 * that names the reader's data or the site's terms, a notice reserving the right to reproduce. Only the page's
 * edges are searched for these (clean-paragraphs.ts): a story may speak of audio, consent and copying too.
 */
export function isSiteNotice(unit: string): boolean {
  const count = words(unit);
  const parts = unit.split(/\s+/u);
  // The player speaks of this story's audio: "This audio is …", "Listen to this article", "Écouter cet article".
  if (count >= 3 && count <= 25 && AUDIO_WORD.test(parts.slice(0, 3).join(' ')) && THIS.test(parts.slice(0, 4).join(' '))) return true;
  if (isConsentRequest(unit)) return true;
  // Of what: the site's content, pages or rights, or its publisher's permission; the story's own copying names what was copied.
  return count <= 20 && !/\p{N}/u.test(unit) && REPRODUCE.test(unit) && RESERVED.test(unit) && (CONTENT.test(unit) || PUBLISHED.test(unit));
}

/** The site asks for the reader's consent in its own name: "… our partners", "… nos partenaires", "… to our Terms". */
export function isConsentRequest(unit: string): boolean {
  return words(unit) <= 40 && CONSENT_VERB.test(unit) && TERMS_OBJECT.test(unit) && SECOND_PERSON.test(unit) && OUR.test(unit);
}

/** Pointing at the page itself: "this", "dieser", "cet", "este", "ovaj", "этот", "kjo", "هذا". */
const THIS = /(?<![\p{L}])(?:this|these|dies\p{L}*|ce|cet|cette|este|esta|ovaj|ovo|ovu|ova|овај|ово|ову|ова|этот|эту|это|эта|kjo|këtë|ky|këtij|هذا|هذه)(?![\p{L}])/iu;

/** The reader addressed: "you", "Sie", "vous", "usted", "вы", "ju", "vi", "ti", "أنت". */
const SECOND_PERSON = /(?<![\p{L}])(?:you|your|sie|ihre?|vous|votre|usted|tu|tus|вы|ваш\p{L}*|ju|juaj|vi|vaš\p{L}*|ti|tvoj\p{L}*|أنت|أنتم)(?![\p{L}])/iu;

export function isBrowserNotice(unit: string): boolean {
  return words(unit) <= 40 && !isListItem(unit) && BROWSER_NOTICE.test(unit);
}

/** A counter: a small number, then a larger or equal one ("Foto 3 od 12", "Imagen número 4 de 20", "Slide 7. of 9"). */
const COUNTER = /(?<![\p{N}.,:])(\p{N}{1,3})\.?\s+(?:\p{L}{1,8}\s+){1,2}(\p{N}{1,3})(?![\p{N}.,:])/u;
/** The gallery's size in brackets after its words: "Pogledajte galeriju (12)", "Shikoni të gjitha fotot (30)". */
const BRACKETED_COUNT = /[(（]\s*\p{N}{1,3}\s*[)）]\s*$/u;
const PICTURE = new RegExp(`(?<![\\p{L}])${PICTURE_WORD}`, 'iu');
/** A picture word compounded with what the gallery is: "Fotostrecke", "ФОТОРЕПОРТАЖ", "Photo essay", "Foto-galerija". */
const PICTURE_SERIES = /(?<![\p{L}])(?:photo|foto|фото)[-‐\s]?(?:gal|report|strecke|album|seri|essay|esej|show|story|галер|репорт|албум|альбом|сери|стори)\p{L}*/iu;
const GALLERY_LINE_WORDS = 8;

/** A gallery's counter or control: "3 / 12", "Bild 3 von 12", "3 из 12", "Slideshow: 12 pictures". */
export function isGalleryControl(unit: string): boolean {
  if (isPageControl(unit)) return true;
  if (words(unit) > GALLERY_LINE_WORDS || SENTENCE_END.test(unit)) return false;
  const pictured = GALLERY_WORD.test(unit) || PICTURE.test(unit) || PICTURE_SERIES.test(unit);
  const counter = COUNTER.exec(unit);
  if (counter && Number(counter[1]) <= Number(counter[2]) && pictured && words(unit) <= 6) return true;
  // A course's or a product's title may carry a picture word and a count of reviews ("Image Processing Basics (12)"): a control is in sentence case.
  if (BRACKETED_COUNT.test(unit) && (GALLERY_WORD.test(unit) || (pictured && !/\s\p{Lu}/u.test(unit.trim())))) return true;
  // A longer line asks the reader to open it: "See all 24 photos in this gallery".
  if (words(unit) > 6) return GALLERY_WORD.test(unit) && /\d/u.test(unit) && (CONTROL_VERB.test(unit) || SHOP_VERB.test(unit.split(/\s+/u)[0] ?? ''));
  if (/^(?:\p{L}{1,12}\s)?\d{1,3}\s+\p{L}{1,4}\s+\d{1,3}$/u.test(unit)) return true;
  if (words(unit) <= 3 && PICTURE_SERIES.test(unit)) return true;
  // A label in capitals naming pictures: "FOTO LAJM", "IN PICTURES", "PHOTOS".
  if (words(unit) <= 3 && unit === unit.toUpperCase() && /\p{Lu}/u.test(unit) && PICTURE.test(unit)) return true;
  return GALLERY_WORD.test(unit) && (/\d/u.test(unit) || words(unit) <= 3);
}

/** A bare link ("pic.twitter.com/x7Hk2", "t.co/abc", "youtu.be/…"), as embedded posts leave them. */
const BARE_LINK = /(?<![\p{L}\p{N}@.])(?:[a-z0-9-]+\.)+[a-z]{2,6}\/[\w./?=&%-]+/iu;
/** "— Jane Doe (@janedoe) March 3, 2026": who posted an embedded post, and when. */
const POST_ATTRIBUTION = /^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s*[^!?]{0,30}$/u;

export function isPostAttribution(unit: string): boolean {
  return POST_ATTRIBUTION.test(unit);
}

/** "Posted by Jane Doe on Sunday, 19 April 2026", "Geteilt von Hans Meier am 3. März": a word or two, the names, the date. */
const SIGNED_AND_DATED = /^(?:[\p{L}’']+\s+){1,2}(?:by|von|par|por|od|nga|от|de)\s+(.{3,60}?)\s+(?:on|am|le|el|en|u|в|më|на)\s+(.{4,40})$/iu;

/** Who posted an embedded post and when, in words rather than a handle; the post's text sits above it. */
export function isDatedSignature(unit: string): boolean {
  const match = SIGNED_AND_DATED.exec(unit);
  return match !== null && words(unit) <= 16 && isNames(match[1] ?? '') && isTimestamp(match[2] ?? '');
}
/** A platform named after a preposition: "Watch on YouTube", "Pogledajte ovu objavu na Instagramu". */
const ON_PLATFORM = /(?<![\p{L}])(?:on|na|auf|sur|en|në|в|на|في|em|von)\s+(?:instagram|facebook|youtube|twitter|tiktok|telegram|threads|bluesky|linkedin|vimeo|spotify|soundcloud|deezer|фејсбук|инстаграм|јутјуб|телеграм)\p{L}{0,3}(?![\p{L}])/iu;

/** Platforms whose posts and videos pages embed. */
const EMBED_PLATFORM = /(?<![\p{L}])(?:instagram|facebook|youtube|twitter|tiktok|telegram|threads|bluesky|vimeo|spotify|soundcloud|podcast)\p{L}{0,3}(?![\p{L}])|фејсбук|инстаграм|јутјуб|телеграм|ютуб|يوتيوب|إنستغرام|فيسبوك|تويتر|تيك ?توك|تلغرام|تيليجرام/iu;
/** "External content", "Externer Inhalt", "Contenu externe", "Спољни садржај": the placeholder a consent-gated embed leaves. */
const EXTERNAL = /extern|spolj|спољ|внешн|jasht|خارجي/iu;
/** Content said to come from elsewhere: "a third party", "Drittanbieter", "un tiers", "сторонн…", "طرف ثالث". */
const THIRD_PARTY =
  /third[- ]part|drittanbieter|dritte[nr]? |(?<![\p{L}])(?:un |des |par un )tiers(?![\p{L}])|tercero|terceros|treć\p{L}* stran|трећ\p{L}* стран|сторонн|palë të tretë|palë e tretë|طرف ثالث|جهة خارجية/iu;
/** The reader's click or tap a placeholder asks for: "Click to load it", "Kliknite da ga učitate", "Нажмите, чтобы загрузить", "انقر لعرضه". */
const CLICK =
  /(?:^|[.!?]\s+)(?:click|tap|press|klikni\p{L}*|klikn\p{L}*|dodirn\p{L}*|кликн\p{L}*|кликни\p{L}*|kliko\p{L}*|shtyp\p{L}*|нажм\p{L}*|klicken sie|klicke|tippen sie|cliquez|clique|appuyez|touchez|haz clic|haga clic|pulsa|pulse|toca|انقر|اضغط)(?![\p{L}])/iu;
/** "Embedded video", "Eingebetteter Inhalt", "Vidéo intégrée", "Уграђени видео": an embed named as such. */
const EMBEDDED = /(?<![\p{L}])(?:embed(?:ded)?|eingebettet\p{L}*|intégrée?s?|incrustad[oa]s?|insertad[oa]s?|ugrađen\p{L}*|уграђен\p{L}*|встроенн\p{L}*|ngulitur|i integruar|مضمن|مدمج)(?![\p{L}])/iu;
const CONTENT = /content|inhalt|contenu|contenido|conteúdo|sadr[žz]aj|садржај|контент|содержим|përmbajtj|محتوى/iu;

/** A line naming a platform pages embed from ("… ein Video von YouTube …"). */
export function namesEmbedPlatform(unit: string): boolean {
  return EMBED_PLATFORM.test(unit);
}

/**
 * An embed's placeholder: external content named as such, or content said to come from a platform, in a line or two;
 * content from a third party or an outside service, in a short sentence or with a click to load it.
 */
export function isEmbedNotice(unit: string): boolean {
  const sentenceCount = sentencesIn(unit);
  if (words(unit) > 16 || sentenceCount > 2 || !CONTENT.test(unit)) return false;
  const platform = EMBED_PLATFORM.test(unit);
  const outside = EXTERNAL.test(unit) || THIRD_PARTY.test(unit);
  if (sentenceCount <= 1 && ((EXTERNAL.test(unit) && (platform || !SENTENCE_END.test(unit))) || (platform && words(unit) <= 8))) return true;
  // Held back until the reader agrees: content from outside that names its platform or asks for consent.
  if (outside && (platform || CONSENT_VERB.test(unit))) return true;
  // Embedded or blocked content, and the reader's way to show it: "… blocked by your settings. Enable it", "… блокиран. Прикажи садржај".
  if ((EMBEDDED.test(unit) || BLOCKED.test(unit)) && (SECOND_PERSON.test(unit) || CONTROL_OPENS_SENTENCE.test(unit) || CLICK.test(unit))) return true;
  return (outside || platform) && (CLICK.test(unit) || (sentenceCount <= 1 && words(unit) <= 10));
}

/** Content held back: "blocked", "blockiert", "bloqué", "bloqueado", "blokiran", "блокиран", "заблокирован", "bllokuar", "محجوب". */
const BLOCKED = /(?<![\p{L}])(?:block\p{L}*|bloqu\p{L}*|blokir\p{L}*|блокир\p{L}*|заблокирован\p{L}*|bllokuar|محجوب|محظور)(?![\p{L}])|ausgeblendet|masqué|oculto|скрыт/iu;
/** A control's verb opening a sentence: "… Show content", "… Enable it here", "… Прикажи садржај". */
const CONTROL_OPENS_SENTENCE = new RegExp(String.raw`(?:^|[.!?]\s+)(?:enable|allow|${CONTROL_VERB.source.slice(1)})(?![\p{L}])`, 'iu');

/** How long a line around an embed may be and still speak of it: a button's sentence or two ("If the post does not load, view it on X."). */
const EMBED_LINE_WORDS = 12;

/**
 * A short line speaking of the embed next to it: what it acts on (a post, a video, a platform) and a control's verb
 * ("load", "view", "open", "show"). Only beside a line known as an embed or a gallery's control (clean-paragraphs.ts):
 * elsewhere a story may say that the police did not show the video.
 */
export function speaksOfTheEmbed(unit: string): boolean {
  if (words(unit) > EMBED_LINE_WORDS || sentencesIn(unit) > 2 || isListItem(unit)) return false;
  return (CONTROL_OBJECT.test(unit) || EMBED_PLATFORM.test(unit)) && CONTROL_VERB_WORD.test(unit);
}

/** "Instagram post", "YouTube video player", "Facebook post by The Valley Post": the platform naming what it embeds, and whose. */
function isEmbedLabel(unit: string): boolean {
  if (SENTENCE_END.test(unit) || words(unit) > 8) return false;
  // The last agent word: "Publicación de Instagram de Huerta Viva" names its platform before.
  const agent = /^(.+)\s+(?:by|from|von|de|par|od|от|nga|di)\s+(.+)$/iu.exec(unit);
  const label = agent && isNames(agent[2]?.replace(/\s+\p{N}{1,3}$/u, '') ?? '') ? (agent[1] ?? '') : unit;
  if (words(label) <= 4 && EMBED_PLATFORM.test(label) && CONTROL_OBJECT.test(label)) return true;
  // "View this post on Instagram", "شاهد هذا المنشور على إنستغرام": a button opening on its verb, naming the post and its platform.
  return (CONTROL_VERB.test(unit) || /^(?:see|watch|شاهد)(?![\p{L}])/iu.test(unit)) && EMBED_PLATFORM.test(unit) && CONTROL_OBJECT.test(unit);
}

/** "Interactive map: …", "Interaktive Grafik", "Carte interactive": the placeholder an interactive graphic leaves. */
const INTERACTIVE = /(?<![\p{L}])(?:interactive|interaktiv\p{L}*|interacti[fv]\p{L}*|interactiv[oa]s?|интерактив\p{L}*|ndërvepr\p{L}*|تفاعلي\p{L}*)(?![\p{L}])/iu;
function isInteractiveLabel(unit: string): boolean {
  const label = /^([^:：]{2,40})[:：]/u.exec(unit)?.[1] ?? unit;
  return words(unit) <= 8 && !SENTENCE_END.test(unit) && words(label) <= 3 && INTERACTIVE.test(label);
}

/** What a post's counters count: likes, comments, views, shares, replies, reposts, in the newsroom's languages. */
const ENGAGEMENT =
  /^(?:likes?|comments?|views?|shares?|repl(?:y|ies)|reposts?|retweets?|reactions?|followers?|plays?|kommentare?|aufrufe|j’aime|j'aime|commentaires?|vues|partages|comentarios?|visualizaciones|reproducciones|compartidos|sviđanj\p{L}*|lajkov\p{L}*|komentar\p{L}*|pregled\p{L}*|свиђањ\p{L}*|лајков\p{L}*|коментар\p{L}*|преглед\p{L}*|просмотр\p{L}*|комментари\p{L}*|лайк\p{L}*|репост\p{L}*|pëlqim\p{L}*|koment\p{L}*|shikim\p{L}*|إعجاب\p{L}*|تعليق\p{L}*|مشاهد\p{L}*)$/iu;
/** A count as the platforms print it: "1,204", "12.5K", "3 M", "2,3 тыс". */
const COUNT = /^\p{N}[\p{N}.,\s]*(?:[kKmM]|тыс\.?|млн\.?|хиљ\.?)?$/u;

/** A post's counters: "1,204 likes", "12.5K likes · 340 comments", "Retweets 45 Likes 310", "Просмотров: 2 391". */
export function isEngagementLine(unit: string): boolean {
  if (words(unit) > 10 || SENTENCE_END.test(unit)) return false;
  // Figures grouped by a space, a comma or a dot are one count ("2 391", "1,204", "12.5K").
  const parts = unit
    .replace(/(\p{N})[\s,.](?=\p{N})/gu, '$1')
    .split(/[\s·•|,:()]+/u)
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
  const counted = parts.filter((part) => COUNT.test(part)).length;
  const named = parts.filter((part) => ENGAGEMENT.test(part)).length;
  return counted >= 1 && named >= 1 && counted + named === parts.length;
}

/** Unavailable, not loaded: "Video unavailable", "Ce contenu n’est plus disponible", "Видео недоступно", "Der Beitrag ist nicht verfügbar". */
const UNAVAILABLE =
  /unavailable|(?:not|no longer) available|could(?: not|n[’']t) be (?:loaded|played|displayed)|can(?:not|[’']t) be (?:loaded|played|displayed)|failed to load|nicht (?:mehr )?verfügbar|(?:pas|plus) disponible|no (?:está|esta) disponible|ya no está disponible|(?:više )?nije (?:više )?dostup\p{L}*|(?:више )?није (?:више )?доступ\p{L}*|недоступ\p{L}*|не доступ\p{L}*|nuk (?:është|është më) (?:i|e) disponueshëm|غير متاح|غير متوفر/iu;
const UNAVAILABLE_WORDS = 12;

/** What an embedded social post leaves in scraped text: its link, its attribution line, its "View on Instagram", its placeholder. */
export function isEmbedResidue(unit: string): boolean {
  if (isPostAttribution(unit) || isEmbedNotice(unit) || isBrowserNotice(unit)) return true;
  if (isEngagementLine(unit)) return true;
  // The embed's object is unavailable: "Video unavailable", "This post is no longer available.", "Contenido no disponible".
  if (words(unit) <= UNAVAILABLE_WORDS && sentencesIn(unit) <= 2 && UNAVAILABLE.test(unit) && (CONTROL_OBJECT.test(unit) || CONTENT.test(unit) || PICTURE.test(unit))) return true;
  if (words(unit) <= 4 && !SENTENCE_END.test(unit) && EMBEDDED.test(unit)) return true;
  if (isEmbedLabel(unit) || isInteractiveLabel(unit)) return true;
  const last = unit.slice(unit.lastIndexOf(' ') + 1);
  if (words(unit) <= 40 && last.length <= 120 && BARE_LINK.test(last)) return true;
  return words(unit) <= 7 && !SENTENCE_END.test(unit) && ON_PLATFORM.test(unit);
}

/** A price then the shop that sells it: "£35 at John Lewis", "Was $129, now $89 at Best Buy", "149 € bei Otto", "2 990 ₽ на Ozon". */
let shopPrice: RegExp | undefined;
function shopPriceShape(): RegExp {
  shopPrice ??= new RegExp(String.raw`(?:${priceAmount().source})\s*(?:at|from|on|bei|chez|sur|en|u|kod|у|на|в|te|tek|في|من|لدى)\s+\p{Lu}`, 'u');
  return shopPrice;
}

/** Longest line a price or a shop's button is looked for in: the shapes are short, and the bound keeps the test linear. */
const MAX_PRICE_CHARS = 100;

/** Verbs of a shop's button, in the newsroom's languages: "Buy", "Shop", "See", "Jetzt kaufen", "Découvrir", "Kupi", "اشتر". */
const SHOP_VERB =
  /^(?:buy|shop|order|purchase|get|grab|claim|see|view|check|compare|discover|prüfen|vérifie[rz]|consulta[r]?|proveri\p{L}*|provjeri\p{L}*|провери\p{L}*|провер\p{L}*|kontrollo\p{L}*|kaufen|bestellen|sichern|ansehen|entdecken|vergleichen|zum|zur|acheter|commander|voir|découvrir|profiter|comparer|comprar|ver|descubrir|aprovechar|pedir|compra|kupi\p{L}*|naruči\p{L}*|pogledaj\p{L}*|otkrij\p{L}*|iskoristi\p{L}*|купи\p{L}*|наручи\p{L}*|погледај\p{L}*|откриј\p{L}*|искористи\p{L}*|заказать|закажите|смотреть|посмотреть|узнать|bli|blej\p{L}*|shiko|zbulo\p{L}*|porosit\p{L}*|اشتر\p{L}*|اطلب\p{L}*|اكتشف|شاهد|تسوق|購入|购买)$/iu;
/** What a shop's button offers: the deal, the offer, the price. */
const SHOP_OBJECT =
  /^(?:prices?|deals?|offers?|discounts?|shop|store|boutique|tienda|prodavnic\p{L}*|продавниц\p{L}*|магазин\p{L}*|dyqan\p{L}*|المتجر|angebote?s?|preise?s?|deals|offres?|prix|promos?|ofertas?|precios?|descuentos?|ponud\p{L}*|cen[aeuo]|popust\p{L}*|понуд\p{L}*|цен\p{L}*|попуст\p{L}*|предложени\p{L}*|скидк\p{L}*|ofert\p{L}*|çmim\p{L}*|العرض|السعر|عرض|سعر|الخصم)$/iu;
/** Now, here, online: what a shop's button adds to its verb ("Buy now", "Jetzt kaufen", "Comprar ahora", "Kupi odmah", "اشتر الآن"). */
const SHOP_NOW = /^(?:now|today|here|online|jetzt|hier|heute|maintenant|ici|ahora|aquí|ya|odmah|ovde|sada|одмах|овде|сада|сейчас|здесь|онлайн|tani|këtu|الآن|هنا|今すぐ|立即)$/iu;
/** Words a button may carry besides: articles, "the", "it", "this". */
const SHOP_FILLER = /^(?:the|it|this|a|to|das|den|die|zum|zur|l|le|la|les|el|los|las|ce|cette|este|esta|ovu|ovaj|ову|овај|эту|этот|at|on|bei|sur|en|na|на|в|për|te|tek)$/iu;

/** Where a shop's button puts the product: the cart, the basket, the bag, in the newsroom's languages. */
const CART =
  /(?<![\p{L}])(?:to|into|in|au|al|à|na|no|u|у|в|në|do|إلى|في)\s+(?:(?:the|my|your|den|meinen|le|mon|votre|el|mi|tu|o|a)\s+)?(?:cart|basket|bag|trolley|warenkorb|einkaufswagen|panier|carrito|cesta|korp\p{L}*|корп\p{L}*|корзин\p{L}*|shport\p{L}*|košík\p{L}*|carrinho|sacola|السلة|عربة التسوق)(?![\p{L}])|カート|购物车|購物車/iu;

/**
 * A shop's button without the price: "Check price on Amazon", "Jetzt kaufen", "Découvrir l’offre", "Zum Angebot", "Kupite odmah", "اشتر الآن",
 * or one putting the product in the cart: "Add to cart", "In den Warenkorb", "Ajouter au panier", "Додај у корпу", "أضف إلى السلة".
 */
export function isShopCall(unit: string): boolean {
  const text = unit.replace(/[!›»→>]+\s*$/u, '').trim();
  if (words(text) > 6 || SENTENCE_END.test(text) || text.length > MAX_PRICE_CHARS) return false;
  if (words(text) <= 5 && CART.test(text) && !/\p{N}/u.test(text)) return true;
  const tokens = text.split(/[\s’']+/u).filter((token) => /\p{L}/u.test(token)).map((token) => token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  const verb = tokens.findIndex((token) => SHOP_VERB.test(token));
  const now = tokens.findIndex((token) => SHOP_NOW.test(token));
  const object = tokens.findIndex((token) => SHOP_OBJECT.test(token));
  if (verb < 0 || (now < 0 && object < 0)) return false;
  // The button opens on its verb ("Buy now", "See the deal") or its adverb ("Jetzt kaufen"); what follows the object is the shop ("… on Amazon").
  if (Math.min(verb, now < 0 ? verb : now) !== 0) return false;
  const last = Math.max(verb, now, object);
  return tokens.slice(0, last + 1).every((token, k) => k === verb || k === now || k === object || SHOP_FILLER.test(token) || SHOP_VERB.test(token));
}

/** A price line that names the shop selling it. */
export function isShopLine(unit: string): boolean {
  return unit.length <= MAX_PRICE_CHARS && words(unit) <= 10 && !/[!?]$/u.test(unit) && !(SENTENCE_END.test(unit) && words(unit) >= 6) && shopPriceShape().test(unit);
}

/** Words of a discount: "off", "Rabatt", "remise", "descuento", "popust", "скидка", "zbritje", "خصم". */
const DISCOUNT =
  /(?<![\p{L}])(?:off|discount\p{L}*|sale|save|savings?|rabatt\p{L}*|reduziert|remise|réduction|soldes|promo|descuento|rebaja\p{L}*|oferta|popust\p{L}*|akcij\p{L}*|sniženj\p{L}*|попуст\p{L}*|акциј\p{L}*|снижењ\p{L}*|скидк\p{L}*|распродаж\p{L}*|zbritj\p{L}*|ulje\p{L}*|ofert\p{L}*|خصم|تخفيض\p{L}*)(?![\p{L}])|割引|オフ|折扣|优惠/iu;
const PERCENT = /\p{Nd}+(?:[.,]\p{Nd}+)?\s?%|%\s?\p{Nd}+/u;

/** A discount on its own: "30% off", "Скидка 50%", "Popust: 20 %", "-25 %", "خصم 20%". */
function isDiscountLine(unit: string): boolean {
  return words(unit) <= 6 && PERCENT.test(unit) && (DISCOUNT.test(unit) || /(?:^|\s)[-−–]\s?\p{Nd}+(?:[.,]\p{Nd}+)?\s?%/u.test(unit));
}

export function isPriceLine(unit: string): boolean {
  // A bulleted or numbered line is the story's list ("- 2 pound capacity", "5. Compare prices").
  if (unit.length > MAX_PRICE_CHARS || /[!?]$/u.test(unit) || isListItem(unit)) return false;
  if (isShopCall(unit)) return true;
  if (!SENTENCE_END.test(unit) && isDiscountLine(unit)) return true;
  return words(unit) <= 7 && priceAmount().test(unit) && !(SENTENCE_END.test(unit) && words(unit) >= 5);
}

/**
 * A product's name with its price and the price it was: "Orbit e-reader — $246.99 (was $333.44) | Shopname". A deals
 * roundup heads its items so too: it is a box's line only among the box's other lines.
 */
export function isPricedName(unit: string): boolean {
  return unit.length <= MAX_PRICE_CHARS && !isListItem(unit) && words(unit) <= PRICED_NAME_WORDS && !SENTENCE_END.test(unit) && amounts(unit) >= 2;
}

const PRICED_NAME_WORDS = 14;
let range: RegExp | undefined;
/** A span of prices ("$100-$200", "from €5 to €9", "$1500+"): a story's category or estimate, where a shop names one price. */
export function namesPriceRange(unit: string): boolean {
  const amount = priceAmount().source;
  range ??= new RegExp(String.raw`(?:${amount})\s?(?:[-–—]|to|bis|à|a|до|deri|إلى)\s?\p{Sc}?\s?\p{Nd}|(?:${amount})\+`, 'u');
  return unit.length <= MAX_PRICE_CHARS && range.test(unit);
}

let everyAmount: RegExp | undefined;
/** How many amounts of money a short line names. */
function amounts(unit: string): number {
  everyAmount ??= new RegExp(priceAmount().source, 'gu');
  return unit.match(everyAmount)?.length ?? 0;
}

/** Affiliate words: "affiliate link", "commission", "Provisionslink", "lien affilié", "enlace de afiliado", "партнерская ссылка", "عمولة". */
const AFFILIATE =
  /affiliat|affilié|afiliad|provision|partnerlink|partnerski link|партнерск\p{L}* (?:ссылк|линк)|партнерски линк|commission|comisi[óo]n|komisij|комисиј|комисси|عمولة|アフィリエイト/iu;
/** Buying through a link: "when you buy through links", "bei einem Kauf", "si vous achetez", "si compras", "ako kupite". */
const BUYING_THROUGH = /(?<![\p{L}])(?:link\p{L}*|buy|purchas\p{L}*|kauf\p{L}*|käufe?n?|ach[eè]t\p{L}*|compr\p{L}*|kupi\p{L}*|kupovin\p{L}*|купи\p{L}*|куповин\p{L}*|покуп\p{L}*|ссылк\p{L}*|blej\p{L}*|bli\p{L}*|lidhj\p{L}*|enlace\p{L}*|lien\p{L}*|رابط|روابط|شراء)(?![\p{L}])/iu;
/** The site speaking: "we", "wir", "nous", "nosotros", "мы", "ми", or naming itself ("this site", "dieser Artikel"). */
const WE = /(?<![\p{L}])(?:we|wir|nous|nosotros|мы|ми|mi)(?![\p{L}])/iu;

/**
 * The site's affiliate disclosure: "We may earn a commission when you buy through our links", "*Affiliate-Link",
 * "Dieser Artikel enthält Provisionslinks". A short label, or a sentence or two in the site's voice about buying through
 * its links; a story reporting on affiliate schemes quotes or names who earns.
 */
export function isAffiliateNote(unit: string): boolean {
  if (unit.length > MAX_NOTE_LENGTH || !AFFILIATE.test(unit)) return false;
  // A marker on a link ("*Provisionslink", "(Affiliate link)"), not a heading about affiliate marketing.
  if (words(unit) <= 3 && !SENTENCE_END.test(unit)) return /^[*([]/u.test(unit) || BUYING_THROUGH.test(unit);
  const sentenceCount = sentencesIn(unit);
  return words(unit) <= 30 && sentenceCount <= 2 && !/["“”„«»]/u.test(unit) && BUYING_THROUGH.test(unit) && (WE.test(unit) || OUR.test(unit) || THIS.test(unit));
}

/** A form's e-mail field: "Enter your email address", "Ihre E-Mail-Adresse", "Ваш e-mail", "Tu correo electrónico". */
const EMAIL_WORD = /e-?mail|e-?adres|е-?адрес|e-?pošt|е-?пошт|почт[аыу]|correo|courriel|بريد/iu;

export function isEmailField(unit: string): boolean {
  // "Facebook | Twitter | Email" is a share bar, not a form.
  return words(unit) <= 5 && !SENTENCE_END.test(unit) && EMAIL_WORD.test(unit) && !isPlatformLine(unit);
}

/** A newsletter, or the reader's inbox it lands in, in the newsroom's languages: the word a sign-up box turns on. */
const NEWSLETTER =
  /newsletter|njuzleter|bilten|билтен|рассылк|buletin|bolet[ií]n|inbox|inboks|инбокс|boîte (?:mail|e-mail|aux lettres|de réception)|postfach|bandeja de entrada|сандуч|почтов\p{L}* ящик|النشرة|メールマガジン|メルマガ|简报|早报|电子报/iu;

/**
 * A line of a sign-up box: its field, or a short pitch naming the newsletter or the inbox ("Our free newsletter lands on
 * Tuesdays.", "Der Morgen-Newsletter: jeden Werktag um 6 Uhr"). On its own it may be the story's; with a button it is a form.
 */
export function isSignUpLine(unit: string): boolean {
  if (isEmailField(unit)) return true;
  // In the site's voice or put to the reader: "Our free newsletter …", "… in your inbox", "Join … the World newsletter".
  const voiced = OUR.test(unit) || READER.test(unit) || PITCH_VERB.test(unit);
  return words(unit) <= FORM_PITCH_WORDS && sentencesIn(unit) <= 2 && !/["“”„«»]/u.test(unit) && NEWSLETTER.test(unit) && voiced;
}

/** The reader addressed: "you", "your", "votre", "Ihre", "tu", "vaš", "ваш", "juaj", and the Arabic suffix "ـك". */
const READER = /(?<![\p{L}])(?:you|your|votre|vos|vous|ihr\p{L}{0,2}|sie|dein\p{L}{0,2}|tu|tus|vaš\p{L}{0,2}|vam|ваш\p{L}{0,2}|вам|juaj|tuaj|ju)(?![\p{L}])|\p{sc=Arabic}ك(?![\p{L}])/iu;
const FORM_PITCH_WORDS = 16;

/** What a reporter is, in the newsroom's languages: the word an author's note turns on. */
const ROLE = new RegExp(
  [
    'reporter', 'correspondent', 'journalist', 'editor', 'writer', 'columnist', 'contributor', 'novinar', 'dopisni', 'uredni', 'новинар', 'дописни', 'уредни',
    'gazetar', 'korrespondent', 'redakteur', 'redaktor', 'kolumnist', 'urednik', 'журналист', 'корреспондент', 'обозревател', 'редактор', 'rédact', 'correspondant', 'periodista', 'redactor',
    'corresponsal', 'صحفي', 'مراسل', 'محرر',
  ].join('|'),
  'iu',
);
/** Bounds the contact search, which would otherwise retry every start of one very long word. */
const MAX_NOTE_LENGTH = 400;
const CONTACT = /[\w.-]+@[\w-]+\.[\w.]+|@\w{2,}/u;

/**
 * An author's note at the end of a story: it opens with the author's name
 * (or "About the author:") and says what they do or how to reach them.
 */
export function isAuthorNote(unit: string, options: { saysWhatTheyDo?: boolean } = {}): boolean {
  const count = words(unit);
  if (unit.length > MAX_NOTE_LENGTH || count < 4 || count > 45 || (unit.match(/[.!?](?:\s|$)/gu)?.length ?? 0) > 2) return false;
  const labelled = /^[^:：.]{3,30}[:：]\s*(.+)$/u.exec(unit);
  const rest = labelled && words(labelled[0].slice(0, labelled[0].length - (labelled[1] ?? '').length)) <= 3 ? (labelled[1] ?? '') : unit;
  const opening = rest.split(/\s+/u).slice(0, 2);
  // Scripts without case write a name as one unspaced run: "山田太郎 is a reporter …".
  const named =
    (opening.length === 2 && opening.every((part) => /^\p{Lu}/u.test(part) || /^[\p{sc=Arabic}]/u.test(part))) ||
    /^[\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}]{2,8}\s/u.test(rest);
  // Under a label, a name alone ("Wales (Group E): Second appearance") is a list's line: a note says what the author does.
  // `saysWhatTheyDo`: a label and a name are not enough ("Educator Guide: High Impact Tutoring Advocacy" heads a list).
  return named && ((!options.saysWhatTheyDo && rest !== unit && words(rest) >= 4) || ROLE.test(rest) || CONTACT.test(rest));
}

/** The page's words for itself: "article", "story", "report", "Artikel", "nota", "članak", "статья", "lajm", "مقال". */
const PIECE = /(?<![\p{L}])(?:article|story|report|piece|post|artikel|beitrag|bericht|meldung|nota|noticia|artículo|artigo|matéria|reportagem|članak\p{L}*|tekst\p{L}*|vest\p{L}*|чланак\p{L}*|текст\p{L}*|вест\p{L}*|стать\p{L}*|материал\p{L}*|заметк\p{L}*|publication|lajm\p{L}*|artikull\p{L}*|shkrim\p{L}*|المقال|الخبر|التقرير)(?![\p{L}])/iu;
/** An earlier state of the page: "an earlier version", "einer früheren Version", "une version précédente", "una versión anterior". */
const EARLIER_VERSION = /(?<![\p{L}])(?:earlier|previous|prior|original|früher\p{L}*|vorherig\p{L}*|précédente|antérieure|anterior|previa|ranij\p{L}*|prethodn\p{L}*|раниј\p{L}*|претходн\p{L}*|предыдущ\p{L}*|ранн\p{L}*|mëparshm\p{L}*|السابقة)\s+(?:version|versión|versão|verzij\p{L}*|верзиј\p{L}*|верси\p{L}*|versioni?)(?![\p{L}])|(?<![\p{L}])(?:version|versión|versão)\s+(?:précédente|antérieure|anterior|previa|original)(?![\p{L}])|النسخة السابقة/iu;
const NOTE_WORDS = 45;

/**
 * The newsroom's note about the page itself, trailing the story: a correction ("Correction: An earlier version of this
 * report …", "Rectificatif : une version antérieure …") or who wrote it ("This piece was written by …, a freelance
 * reporter"). It speaks of this piece or of its earlier version; the story speaks of the world.
 */
export function isNoteOnThePiece(unit: string): boolean {
  if (words(unit) > NOTE_WORDS || sentencesIn(unit) > 2 || isListItem(unit)) return false;
  if (EARLIER_VERSION.test(unit)) return true;
  // "This article was written by …, a freelance reporter": the piece named as the subject, and who wrote it. A story's own
  // closing line about the piece ("This article was reprinted on …", "This story was updated at 5 p.m.") stays: sites
  // print those as part of the story.
  const text = unit.replace(/^[^:：]{2,30}[:：]\s*/u, '');
  const opening = text.split(/\s+/u).slice(0, 3).join(' ');
  return THIS.test(opening) && PIECE.test(opening) && ROLE.test(text);
}

/** A reader asked for tips with the newsroom's address: "Know something? Write to tips@…", "Haben Sie Hinweise? news@…". */
export function isTipLine(unit: string): boolean {
  return words(unit) <= 30 && sentencesIn(unit) <= 3 && /[?？؟]/u.test(unit) && /[\w.-]+@[\w-]+\.[\w.]+/u.test(unit);
}

export function isTags(unit: string): boolean {
  return TAGS.test(unit);
}

const NUMERIC_DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2})?/u;
const TIME = /\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)/iu;

/** A date, a time or "3 hours ago" with at most a couple of label words ("Published", "Updated on"). */
export function isTimestamp(unit: string): boolean {
  if (words(unit) > 14) return false;
  const calendar = calendarWords();
  const tokens = calendarTokens(unit);
  const known = tokens.filter((token) => calendar.has(token) || token.length <= 2);
  const other = tokens.length - known.length;
  const relative = relativeTimeWords();
  const named = tokens.some((token) => token.length >= 3 && calendar.has(token));
  // A month or weekday name, or a whole relative time ("3 hours ago"); "Year founded: 2017" is neither.
  const dateNamed = tokens.some((token) => token.length >= 3 && calendar.has(token) && !relative.has(token));
  const relativeTime = tokens.filter((token) => relative.has(token)).length >= 2;
  // A list's number ("4. Make time for exercise") is not a date's.
  const digits = /\d/u.test(unit.replace(/^\d{1,3}[.)]\s+(?=\p{L})/u, ''));
  const dated = NUMERIC_DATE.test(unit) || TIME.test(unit) || ((dateNamed || relativeTime) && digits);
  if (!dated) return named && other === 0 && tokens.length <= 3;
  return other <= 3;
}

/** Name-like words: capitalised (or upper-case) words of any script; Arabic and CJK have no case, so any short run counts. */
function isNames(text: string): boolean {
  const parts = text
    .split(/[\s,|•·/]+/u)
    .map((part) => part.replace(/^[("'“]+|[)"'”.:;]+$/gu, ''))
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 9) return false;
  return parts.every(
    (part) => NAME_JOINERS.has(part.toLowerCase()) || /^\p{Lu}/u.test(part) || /^[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(part),
  );
}

/** "By LI WEI and JANE DOE", "Von Hans Müller", "Аутор: Марко Петровић", "Jane Doe | Staff writer". */
export function isByline(unit: string): boolean {
  // A closing abbreviation ("Jr.", "Springfield, Ill.") does not make a byline a sentence.
  if (words(unit) > 14 || SENTENCE_END.test(unit.replace(/(?<![\p{L}])\p{Lu}\p{Ll}{0,4}\.$/u, ''))) return false;
  const marker = BYLINE_MARKER.exec(unit);
  if (marker) {
    const names = unit.slice(marker[0].length).split(/\s*(?:[|•·]|\s[–—-]\s)\s*/u)[0] ?? '';
    return isNames(names);
  }
  return false;
}

/** Particles inside a person's name ("Juan de la Cruz", "Ursula von der Leyen", "Omar al Said"). */
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'do', 'dos', 'du', 'del', 'della', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'al', 'el', 'bin', 'ibn', 'ben', 'mac']);
/** Words joining the people of a byline. */
const PEOPLE_JOINER = /\s*(?:,|&|\s(?:and|und|et|y|e|i|и|dhe|та|و)\s)\s*/u;
/** Words placing a reporter: "… in Kyiv", "… from Washington", "… iz Beograda", "… aus Berlin", "… nga Prishtina". */
const PLACE_WORDS = new Set(['in', 'from', 'at', 'en', 'à', 'aus', 'iz', 'из', 'в', 'во', 'u', 'në', 'nga', 'desde', 'في', 'من']);
/** Words a capitalised heading has and a name has not ("The Big Apple", "How We Work"). */
const HEADING_WORDS = new Set(['the', 'a', 'an', 'of', 'for', 'to', 'with', 'on', 'how', 'why', 'what', 'when', 'our', 'your', 'my', 'new', 'is', 'are']);
const NAME_PART = /^(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]*\.?)$/u;

/** One person's name: two to four capitalised words ("Sarah O’Neill", "LI WEI", "J. R. Hartley", "Ana de la Torre"). */
function isPersonName(text: string): boolean {
  const parts = text.split(/\s+/u).filter(Boolean);
  const named = parts.filter((part) => NAME_PART.test(part));
  return (
    parts.length >= 2 &&
    parts.length <= 5 &&
    named.length >= 2 &&
    parts.every((part) => (NAME_PART.test(part) && !HEADING_WORDS.has(part.toLowerCase())) || NAME_PARTICLES.has(part.toLowerCase()))
  );
}

/**
 * A byline with no "By": one to four people ("Jane Doe", "LI WEI and ANA COSTA", "Hans Müller und Eva Schmidt"),
 * optionally placed ("Sarah O’Neill in Springfield, Ill.", "Marko Petrović iz Beograda"). Only its place at the top of
 * the page tells it from a line of names in the story, so clean-paragraphs.ts applies it there alone.
 */
export function isUnmarkedByline(unit: string): boolean {
  if (words(unit) > 14 || /[\p{N};!?"“”«»]/u.test(unit)) return false;
  // A label of a word or two before the names: "Words by …", "Verfasst von …", "Escrito por …", "Text: …", "Autori: …".
  const marker = /^(?:[\p{L}’']+\s+){0,2}?(?:by|von|par|por|od|nga|от|di)\s+|^[\p{L}’']{2,20}\s*[:：]\s*/iu.exec(unit);
  let text = marker ? unit.slice(marker[0].length) : unit;
  // Where the reporter works: an agency or a role after the names ("…, Reuters", "… | staff writer", "… (AFP)").
  const affiliation = AFFILIATION.exec(text);
  if (affiliation) text = text.slice(0, affiliation.index);
  if (/[:()]/u.test(text)) return false;
  const tokens = text.split(/\s+/u);
  const at = tokens.findIndex((token, i) => i >= 2 && PLACE_WORDS.has(token.toLowerCase()));
  const people = (at < 0 ? tokens : tokens.slice(0, at)).join(' ');
  if (at >= 0) {
    // The place: capitalised words, with a region or a state's abbreviation after a comma ("Springfield, Ill.").
    const place = tokens.slice(at + 1).join(' ').split(/\s*,\s*/u);
    if (place.length > 3 || !place.every((segment) => segment.split(/\s+/u).every((part) => /^\p{Lu}/u.test(part) || NAME_PARTICLES.has(part.toLowerCase())))) return false;
  } else if (/\.$/u.test(text) && !affiliation) return false;
  const names = people.split(PEOPLE_JOINER).filter(Boolean);
  // One capitalised pair alone may be a heading ("Key Takeaways"); a label, an affiliation, a place or a second person makes it a byline.
  return (marker !== null || affiliation !== null || at >= 0 || names.length >= 2) && names.length >= 1 && names.length <= 4 && names.every(isPersonName);
}

/** ", Reuters", " / AFP", " (dpa)", " | staff writer", ", senior correspondent": an agency, or a role in lower case. */
const AFFILIATION = new RegExp(
  String.raw`(?:\s*,\s*|\s+[|/·•–—-]\s*)(?:${AGENCIES}|\p{Ll}[\p{L}\p{M}' -]{2,40})$|\s*\(\s*${AGENCIES}\s*\)$|\s+[|·•]\s*\p{Lu}[\p{L}\p{M}' -]{2,40}$`,
  'u',
);

/** Several kinds of metadata on one line: "By Jane Doe | March 20, 2026 | 4 min read". */
export function isMetadataLine(unit: string): boolean {
  const segments = unit.split(/\s*(?:[|•·]|\s[–—-]\s)\s*/u).filter(Boolean);
  if (segments.length < 2) return false;
  const metadata = segments.filter((segment) => isByline(segment) || isTimestamp(segment) || isReadingTime(segment)).length;
  return metadata > 0 && segments.every((segment) => isByline(segment) || isTimestamp(segment) || isReadingTime(segment) || isNames(segment));
}

export function isReadingTime(unit: string): boolean {
  // "Hören (35 Min.)": the abbreviation's dot ends no sentence.
  const unabbreviated = unit.replace(/(min|мин)\.(\)?)$/iu, '$1$2');
  return words(unit) <= 6 && /\d+\s*(?:min\p{L}*|мин\p{L}*|دقائق|دقيقة|分)/iu.test(unit) && !SENTENCE_END.test(unabbreviated);
}

/** Only symbols and numbers: separators, gallery counters ("3 / 12"), stray bullets. */
export function hasNoWords(unit: string): boolean {
  return !/\p{L}{2,}|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(unit);
}

/**
 * `\b` only knows ASCII letters; these edges know every script. Chinese and Japanese put no space between words, so
 * their letters bound no word: "写真提供" is the picture word and the credit word side by side.
 */
const WORD_CHAR = String.raw`[^\P{L}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|\p{N}`;
const START = String.raw`(?<!${WORD_CHAR})`;
const END = String.raw`(?!${WORD_CHAR})`;

const CAPTION_PATTERNS = [
  // "… [Photo: Kosovo Online]", "… (AP Photo/Jane Doe)", "… (Foto: Beta)", "…（写真：共同通信）"
  new RegExp(String.raw`[[(（]\s*(?:[^\])）]{0,40}${START})?${CREDIT_WORD}${END}[^\])）]{0,80}[\])）]\s*$`, 'iu'),
  // "… | Photo: Jane Doe", "… Photograph: Jane Doe/AFP", "… Фото: ТАСС", "… Crédit photo : X"
  new RegExp(String.raw`(?:^|[\s.|/–—-])${CREDIT_WORD}\s*(?:by|credit)?\s*[:：]\s*[^:：]{1,80}$`, 'iu'),
  // "… REUTERS/Jane Doe", "… EFE/Name", "… Jane Doe/AFP via Getty Images", "… (Getty Images)", "… - (Reuters)", "… [Reuters]"
  new RegExp(
    String.raw`(?:${START}${AGENCIES}\s*/\s*[\p{L}][\p{L}\p{M} .'’-]{1,40}|/\s*${AGENCIES}(?:\s+via\s+${AGENCIES})?|[(（[]\s*${AGENCIES}(?:\s*/[^)）\]]{1,40})?\s*[)）\]])\s*$`,
    'u',
  ),
  // "… © Jane Doe / AFP", "… (c) AFP"
  /.\s(?:©|\([cC]\))\s*[^©]{2,60}$/u,
  // "Photo by Jane Doe on Unsplash", "Photo courtesy of Jane Doe", "Fotografía de Luis García", "Foto von Hans Meier"
  new RegExp(String.raw`${START}${CREDIT_WORD}(?:\s+${CREDIT_WORD})?\s+(?:by|of|via|de|von|par|por|di|od|nga|от)\s+\p{Lu}[^.]{1,60}$`, 'iu'),
  // The Japanese press's form: the description, "＝", the photographer and 撮影 or 提供 ("…消防隊員＝山田花子撮影").
  /[=＝]\s*[^=＝\s]{1,20}(?:撮影|提供|写す)\s*[)）]?\s*$/u,
  // "… Photo AFP", "… Foto Reuters", "… Photo d’archives AFP", "… Foto de archivo EFE"
  new RegExp(String.raw`(?:^|\s)${CREDIT_WORD}(?:\s+\p{Ll}[\p{L}’'-]*){0,2}\s+${AGENCIES}\s*$`, 'iu'),
  // The Japanese press's credit after "＝": "…首相＝時事通信".
  /\p{sc=Han}.{3,}[=＝]\s*[\p{sc=Han}\p{sc=Katakana}]{2,12}\s*$/u,
];

/** Credits set off from the description; a list's items carry brackets and bars of their own ("2. Pothos (Golden Pothos / Devil's Ivy)"). */
const SET_OFF_CREDITS = [
  // A word of the picture trade standing for the credit: "… (Supplied)", "… | Archivo", "… - أرشيفية", "… [Handout]".
  /(?:\s[|/–—-]\s*|[(（[]\s*)(?:supplied|handout|file|archive|archivo|archiv|archives|arhiva|архива|архив|أرشيفية|أرشيف|pool|cedid[ao]s?|privat|privé|privad[ao])\s*[)）\]]?\s*$/iu,
  // A credit word alone in brackets, then who holds the picture: "… (Illustration) Adobe Stock", "… [Photo] Jane Doe".
  new RegExp(String.raw`[(（[]\s*${CREDIT_WORD}\s*[)）\]]\s+\p{Lu}[\p{L}\p{M}'’ .-]{1,40}$`, 'iu'),
  // An agency set off from the description: "… | AFP", "… - رويترز", "… (Jane Doe/Reuters)", "… — Ana Costa/EPA"
  new RegExp(String.raw`(?:\s[|–—-]\s*|[(（[]\s*)(?:\p{Lu}[\p{L}\p{M} .'’-]{1,40}\s*/\s*)?${AGENCIES}(?:\s+via\s+${AGENCIES})?\s*[)）\]]?\s*$`, 'u'),
  // A person and the paper in brackets: "… (Jane Doe/The Times)", "… [Marko Petrović/Danas]"
  /[(（[]\s*\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}\s*\/\s*\p{Lu}[^()[\]/（）]{1,40}[)）\]]\s*$/u,
];

/** Opens with a credit ("Photo: …", "Image credit: …", "Фото: …") or with the wire's "FILE -". */
const CAPTION_START = new RegExp(String.raw`^(?:${CREDIT_WORD}(?:\s+credit)?\s*[:：]\s*\S|(?:FILE|ARCHIVO|ARCHIV)\s*[-–—]\s)`, 'iu');

const CASELESS = /^[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
/** A credit names people or an agency: a few capitalised words ("Étienne Moreau", "LI WEI/Reuters", "Jane Doe for AFP"), no figures, no sentence. */
const MAX_CREDIT_CHARS = 60;
function isCredit(text: string): boolean {
  // A wire spelled in lower case ("dpa", "epd") is as much a credit; so is a title's number after a capitalised name ("France 24", "Kanal 5").
  if (AGENCY_ONLY.test(text.trim())) return true;
  const numbered = text.replace(NAMED_NUMBER, '');
  const credit = numbered.replace(/(?<![\p{L}])(?:for|via|pour|für|para|per|za|за|для|për)(?![\p{L}])/giu, ',');
  return text.length <= MAX_CREDIT_CHARS && !/[\p{N}!?;]/u.test(numbered) && /[\p{L}\p{M})’']$/u.test(numbered) && /^["“«(]?[\p{Lu}\p{Lo}]/u.test(text) && isNames(credit);
}

const AGENCY_ONLY = new RegExp(String.raw`^(?:${AGENCIES})$`, 'u');
/** A number of up to three figures after a capitalised word, inside a name: "France 24", "Channel 4 / Reuters", "Kanal 5 Media". */
const NAMED_NUMBER = /(?<=\p{Lu}[\p{L}\p{M}'’-]*)\s+\p{N}{1,3}(?=\s*(?:$|[/|,)\]])|\s+\p{Lu})/gu;

/** A label before a credit: one or two words of letters ("Pictured", "Cliché", "Bildquelle", "Crédit photo"). */
const CREDIT_LABEL = /^[\p{L}\p{M}'’-]{2,24}(?:\s+[\p{L}\p{M}'’-]{2,24})?$/u;
/** The label of a credit tail without brackets: the whole label, once the description before it is cut off. */
const TAIL_LABEL = /(?:^|\s)(?:[|/•·–—-]\s*)?(\p{Lu}[\p{L}\p{M}'’-]{1,23}(?:\s+\p{L}[\p{L}\p{M}'’-]{1,23})?)\s*$/u;
/** Share of a caption's words in lower case: German capitalises its nouns, English headings capitalise every word. */
const MIN_SENTENCE_CASE = 0.4;
/** The one-word label of a credit tail ("… on Monday Picture: …", "… pont Cliché : …"). */
const TAIL_WORD_LABEL = /(?:^|\s)(?:[|/•·–—-]\s*)?(\p{Lu}[\p{L}\p{M}'’-]{1,23})\s*$/u;
/** Words of a description written in sentence case (or in a script without case), as captions are. */
const SENTENCE_CASE_WORD = /^(?:\p{Ll}|\p{N})|^[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

/**
 * A credit at the end of a description, whatever the label's language: "… [Pictured: AP]", "… (Aufnahme: Hans Meier)",
 * "… Cliché : Étienne Moreau", "… PHOTO: LI WEI/AFP", "… | Bildquelle: dpa". In brackets any label will do; without
 * them, the label is capitalised and follows a description written in sentence case, so that a story's
 * "Best actress: Jane Doe" or "The winner: …" stays text. What follows the colon must be names or an agency.
 */
export function hasCreditTail(unit: string, options: { line?: boolean } = {}): boolean {
  if (words(unit) > 45 || isListItem(unit)) return false;
  // A known credit word needs no colon: "… Фото — Иван Петров", "… Photo/Jane Doe".
  const dashed = CREDIT_DASHED.exec(unit);
  if (dashed && isCredit(dashed[1] ?? '')) return true;
  const bracketed = /[[(（]\s*([^[\]()（）:：]{2,50}?)\s*[:：]\s*([^[\]()（）:：]{1,60}?)\s*[\])）]\s*$/u.exec(unit);
  if (bracketed) return CREDIT_LABEL.test(bracketed[1] ?? '') && isCredit(bracketed[2] ?? '');
  const colon = Math.max(unit.lastIndexOf(':'), unit.lastIndexOf('：'));
  if (colon < 0) return false;
  const credit = unit.slice(colon + 1).trim();
  const head = unit.slice(0, colon);
  // Scripts without case show no capital on the label: set off by a dash or a bar, one word and a short credit ("… - عدسة: …").
  const caseless = CASELESS_LABEL.exec(head);
  if (caseless && CASELESS.test(head) && words(credit) <= CASELESS_CREDIT_WORDS && words(head.slice(0, caseless.index)) >= 3) return isCredit(credit);
  const label = (options.line ? TAIL_WORD_LABEL : TAIL_LABEL).exec(head);
  if (!label || !isCredit(credit)) return false;
  const description = head.slice(0, label.index).trim();
  // One line of wrapped text may stop after a colon in a sentence ("… two Democratic politicians: Senator Elizabeth"):
  // there the label is one word, and one that is not a known credit word must follow a lower-case word or a bar, with
  // no colon in the description.
  if (options.line && !CREDIT_WORD_ONLY.test(label[1] ?? '')) {
    if (/[:：]/u.test(description) || !/(?:^|[\s|/•·–—-])(?:\p{Ll}[\p{L}\p{M}'’-]*|[|/•·–—-])$/u.test(description)) return false;
  }
  return describes(description);
}

/**
 * A caption's description: a few words in sentence case. "Best Movers in San Francisco: Kora Moving" is a list's heading
 * in title case; short words ("in", "of", "the") stay in lower case in a title too, so the longer ones tell the two apart.
 */
function describes(description: string): boolean {
  const described = description.split(/\s+/u).filter((part) => /\p{L}/u.test(part));
  // German capitalises the noun after its article ("bei der Eröffnung"): that capital is no title's.
  const long = described.filter((part) => part.replace(/[^\p{L}]/gu, '').length >= 4);
  const lower = described.filter((part, k) => long.includes(part) && (SENTENCE_CASE_WORD.test(part) || (k > 0 && GERMAN_ARTICLES.has(described[k - 1] as string)))).length;
  return described.length >= 3 && long.length >= 2 && lower / long.length >= MIN_SENTENCE_CASE && !/[:;,]$/u.test(description) && !isListItem(description);
}

/** German articles in the middle of a description (a capital after one of these is a noun's). */
const GERMAN_ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'einen', 'eines']);
const CASELESS_LABEL = /\s[|–—-]\s*[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]{2,16}\s*$/u;
const CASELESS_CREDIT_WORDS = 4;
const CREDIT_WORD_ONLY = new RegExp(String.raw`^${CREDIT_WORD}$`, 'iu');
const CREDIT_DASHED = new RegExp(String.raw`(?:^|\s)${CREDIT_WORD}\s*(?:[—–/]|\s-)\s*([^—–/]{1,60})$`, 'iu');

const PICTURE_TOKEN = new RegExp(String.raw`^${PICTURE_WORD}$`, 'iu');

/**
 * A description ending in a picture word and its qualifier, with no names at all: "… File photo", "… Иллюстративное фото",
 * "… Foto ilustruese", "… Imagen de archivo", "… صورة توضيحية". The qualifier opens with a capital after a description in
 * sentence case: a new segment, not the sentence going on.
 */
export function hasPictureTail(unit: string): boolean {
  const parts = unit.split(/\s+/u);
  if (parts.length > 30 || parts.length < 4 || /[.!?:;,。]["'”’»)]*$/u.test(unit)) return false;
  for (let size = 2; size <= 4 && size <= parts.length - 2; size += 1) {
    const tail = parts.slice(-size);
    if (!/^(?:\p{Ll}|\p{N})/u.test(parts[parts.length - size - 1] as string) && !CASELESS.test(tail[0] as string)) continue;
    if (tail.some((part) => /[\p{N}.!?:;,]/u.test(part))) continue;
    if (isPictureSegment(tail)) return true;
  }
  return false;
}

/** "File photo", "Foto ilustruese", "Imagen de archivo", "FILE PHOTO", "صورة توضيحية"; not "the Big Picture" or "Photo Finish". */
function isPictureSegment(tail: readonly string[]): boolean {
  const [first, last] = [tail[0] as string, tail.at(-1) as string];
  const lower = (parts: readonly string[]) => parts.every((part) => /^\p{Ll}/u.test(part));
  if (tail.join(' ') === tail.join(' ').toUpperCase() && /\p{Lu}/u.test(first)) return tail.some((part) => PICTURE_TOKEN.test(part));
  if (CASELESS.test(first)) return PICTURE_TOKEN.test(first);
  if (!/^\p{Lu}/u.test(first)) return false;
  if (PICTURE_TOKEN.test(first)) return lower(tail.slice(1));
  return PICTURE_TOKEN.test(last) && lower(tail.slice(1));
}

/** A camera standing for the credit word: "📷 Jane Doe", "… 📸 AFP", "🎥: Li Wei". */
const CAMERA = /(?:^|\s)[\u{1F4F7}\u{1F4F8}\u{1F3A5}\u{1F4F9}]\uFE0F?\s*[:：]?\s*([^\u{1F4F7}\u{1F4F8}\u{1F3A5}\u{1F4F9}]{2,60})$/u;
/** The wire's name in capitals over its photographer's, as a segment of its own: "… on Monday. THE DAILY WIRE/Jane Doe". */
const CAPITALS_WIRE = /(?:[.!?]\s+|\s[|–—-]\s*)\p{Lu}{2,}(?:[\s-]+\p{Lu}{2,}){0,4}\s*\/\s*([^/]{2,50})$/u;
/** A credit word, then names cut by bars: "… PHOTO | JANE DOE | THE POST", "… Foto · Hans Meier". */
const CREDIT_BARRED = new RegExp(String.raw`\S\s+${CREDIT_WORD}\s*[|·•]\s*([^|·•]{2,40}(?:\s*[|·•]\s*[^|·•]{2,40}){0,2})$`, 'iu');
/** A person and their paper set off by a dash or a bar: "… — Jane Doe / The Valley Post". */
const PERSON_FOR_PAPER = /\s[|–—-]\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3})\s*\/\s*(\p{Lu}[^/|()[\]]{1,40})$/u;
/** A credit word with its qualifier before the colon, then names: "Image d’illustration : Jane Doe/Agence", "Foto ilustrativa: Beta". */
const QUALIFIED_CREDIT = new RegExp(String.raw`^${CREDIT_WORD}${END}(?:\s+[\p{L}’'-]+){1,2}\s*[:：]\s*(.+)$`, 'iu');
/** The picture placed by a preposition: "On the photo: …", "На фото: …", "Auf dem Bild: …", "Sur la photo : …", "Në foto: …". */
const PLACED_PICTURE = new RegExp(
  String.raw`^(?:on|in|auf|im|sur|dans|en|na|u|на|в|në|في)\s+(?:(?:the|dem|der|la|le|les|l’|el|las|los)\s+)?${PICTURE_WORD}${END}\s*[:：]\s*\S`,
  'iu',
);
/** Names in brackets closing a description: "[Agency]" or "[Two Names]" in square brackets, a person's name in round ones. */
const BRACKETED_NAMES = /^(.+?)\s*([[(（])\s*([^[\]()（）]{2,50}?)\s*[\])）]\s*$/u;
const CAPTION_DESCRIPTION_WORDS = 40;

/**
 * A credit with no credit word or no known agency, by its shape alone: a camera's pictograph, a wire's name in capitals
 * over a slash, a credit word cut from the names by bars, a person and their paper after a dash, names in brackets
 * after a description in sentence case.
 */
function hasUnlabelledCredit(unit: string): boolean {
  const camera = CAMERA.exec(unit);
  if (camera && (camera.index === 0 || isCredit(camera[1]?.trim() ?? ''))) return true;
  const wire = CAPITALS_WIRE.exec(unit);
  if (wire && isCredit(wire[1]?.trim() ?? '')) return true;
  const barred = CREDIT_BARRED.exec(unit);
  if (barred && isCredit(barred[1]?.trim() ?? '')) return true;
  const qualified = QUALIFIED_CREDIT.exec(unit);
  if (qualified && isCredit(qualified[1]?.trim() ?? '')) return true;
  if (PLACED_PICTURE.test(unit)) return true;
  const paper = PERSON_FOR_PAPER.exec(unit);
  if (paper && isPersonName(paper[1] ?? '') && isCredit(paper[2]?.trim() ?? '') && describes(unit.slice(0, paper.index))) return true;
  return hasBracketedNames(unit);
}

function hasBracketedNames(unit: string): boolean {
  const bracketed = BRACKETED_NAMES.exec(unit);
  if (!bracketed) return false;
  const [description, open, inner] = [bracketed[1] ?? '', bracketed[2] ?? '', (bracketed[3] ?? '').trim()];
  if (words(description) > CAPTION_DESCRIPTION_WORDS || /["“”„«»]/u.test(description) || !isCredit(inner)) return false;
  // Round brackets close prose on an acronym or a name ("… the World Health Organization (WHO)", "… his daughter (Jane Doe)",
  // "… the WEP (Wired Equivalent Privacy)"): there only a name in capitals, as credits set it, is one.
  const named = open === '[' ? AGENCY_ONLY.test(inner) || /^\p{Lu}{2,}$/u.test(inner) || inner.split(/\s+/u).length >= 2 : isPersonName(inner) && inner === inner.toUpperCase();
  // A transcript's "[APPLAUSE]" closes a sentence; a caption's description is no sentence, or its credit names more.
  const stopped = /[.!?]$/u.test(description) && !AGENCY_ONLY.test(inner) && inner.split(/\s+/u).length < 2;
  return named && !stopped && describes(description.replace(/[.!?]$/u, ''));
}

/** A photo caption: a short description carrying a credit in one of its common forms. */
export function isCaption(unit: string): boolean {
  const count = words(unit);
  if (count > 70 || count === 0) return false;
  if (CAPTION_START.test(unit)) return true;
  if (CAPTION_PATTERNS.some((pattern) => pattern.test(unit))) return true;
  return !isListItem(unit) && (SET_OFF_CREDITS.some((pattern) => pattern.test(unit)) || hasCreditTail(unit) || hasPictureTail(unit) || hasUnlabelledCredit(unit));
}

/** Page furniture recognisable from the unit alone, wherever it sits. */
export function furnitureKind(unit: string): string | null {
  if (hasNoWords(unit)) return 'symbols';
  if (isAdLabel(unit)) return 'ad';
  if (isGalleryControl(unit)) return 'gallery';
  if (isEmbedResidue(unit)) return 'embed';
  if (isReadMore(unit)) return 'read-more';
  if (isReadAlso(unit)) return 'read-also';
  if (isCommentFormLine(unit)) return 'comment-form';
  if (isCookieNotice(unit) || isConsentRequest(unit)) return 'cookie-notice';
  if (isTags(unit)) return 'tags';
  if (isCopyright(unit)) return 'copyright';
  if (isNavigation(unit)) return 'navigation';
  if (isCallToAction(unit)) return 'call-to-action';
  if (isByline(unit) || isMetadataLine(unit)) return 'byline';
  if (isTimestamp(unit)) return 'timestamp';
  if (isReadingTime(unit)) return 'reading-time';
  return null;
}

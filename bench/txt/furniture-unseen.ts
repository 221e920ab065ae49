/**
 * The unseen furniture vocabulary of `bench:txt`: the fourth split, `unseen`.
 *
 * Written after the cleaner's authors had studied the `seen`, `heldOut` and
 * `fresh` vocabularies, by someone who read neither the cleaner nor those
 * vocabularies' phrases: page furniture as wire services, British, American,
 * Australian, Indian, Canadian, Irish and South African papers, Serbian (Latin
 * and Cyrillic) and Albanian portals, and Russian, German, French, Spanish and
 * Arabic sites print it. Its people, places, agencies, photo descriptions,
 * headlines, teaser bodies, dates and datelines are its own.
 *
 * It is never studied: `--show-split unseen` is for whoever reports the
 * figures. It replaces `fresh` as the never-studied split once `fresh` has been
 * studied; when this one has been tuned against, it is spent too.
 */
import type { FurnitureLang, Rng } from './furniture.js';
import type { Vocabulary } from './furniture-fresh.js';

/**
 * Slots: `{name}` `{NAME}` `{name2}` (people), `{agency}`, `{place}`, `{PLACE}`, `{desc}` (what a photo shows),
 * `{headline}`, `{site}`, `{handle}`, `{post}` (an embedded post), `{date}` (long date), `{apDate}`, `{shortDate}`,
 * `{numDate}`, `{weekday}`, `{wd}`, `{time}` (24-hour), `{timeDot}`, `{time12}`, `{zone}`, `{n}` (2–48), `{k}` (1–9), `{nn}` (10–59), `{price}`.
 */
const UNSEEN: Record<string, Vocabulary> = {
  byline: {
    en: [
      'By {NAME}, Reuters',
      'By {name} in {place}',
      '{NAME} | Senior Political Reporter',
      'Additional reporting by {name} in {place}; writing by {name2}',
      'By {name} and {name2}, CNN',
      'By {name} · Senior Reporter',
      'Story by {name}',
      '{name}, PTI',
      'BY {NAME} Herald Reporter',
      '{name} for The Irish Times',
      'By {name} — The Canadian Press',
      'Words: {name}',
      '{name} / News24',
      'By {name}, Political Correspondent, {site}',
      'Compiled by {name}',
      'Author: {name}',
    ],
    'sr-Latn': ['Autorka: {name}', 'Za {site} piše: {name}', '{name} | {site}', 'Tekst: {name}, foto: {name2}', 'Izvor: Tanjug / {name}'],
    'sr-Cyrl': ['Ауторка: {name}', 'За {site} пише: {name}', '{name}, дописник {site} из {place}', 'Текст и фото: {name}'],
    sq: ['Përgatiti për {site}: {name}', 'Raporton nga {place}: {name}', 'Autore: {name} | {site}', '{name}, gazetar'],
    ru: ['Автор текста: {name}', 'Над материалом работали {name} и {name2}', '{name}, спецкор «{site}» в {place}', 'Беседовал {name}', 'Фото и текст: {name}'],
    de: ['Von {name}, {name2} und {name}', 'Ein Beitrag von {name}', 'Eine Reportage von {name} aus {place}', 'Von unserem Korrespondenten {name}', 'Text: {name}'],
    fr: ['Par {name}, {name2} et {name} (à {place})', 'Par {name}, envoyé spécial à {place}', 'La rédaction de {site} avec {agency}', 'Un article de {name}', 'Par {name}, correspondante à {place}'],
    es: ['Por {name}, {name2} y {name} (enviados especiales)', 'Crónica de {name} desde {place}', '{name} (enviado especial) | {place}', 'Escrito por {name} para {site}', 'Agencias | {place}'],
    ar: ['مراسل {site} في {place}: {name}', 'إعداد وتحرير: {name}', '{place} - {name}', 'تغطية خاصة: {name} و{name2}'],
    pt: ['Reportagem de {name}, em {place}', 'Texto de {name}'],
    cs: ['{name}, zpravodaj ČTK', 'Autorka: {name}'],
    ja: ['（{place}支局　{name}）', '（{agency}　{name}）'],
    zh: ['本报{place}讯 记者{name}', '（{agency}记者 {name}）'],
  },
  timestamp: {
    en: [
      'Published {apDate} at {time12} {zone}',
      'Last modified on {weekday} {date} {timeDot} {zone}',
      'Updated {time12} {zone}, {date}',
      '{date} — {time12}',
      'First published: {shortDate}',
      'Posted: {numDate} {time}',
      '{weekday}, {date}',
      'Last Updated: {shortDate} | {time} IST',
      'Publish Date: {shortDate}, {time} IST',
      'Thu {nn} Oct 2026 {timeDot} BST',
      'Last updated {k} hours ago',
      '{apDate}, Updated {k} minutes ago',
    ],
    'sr-Latn': ['Objavljeno: {numDate} u {time}', '{numDate} {time}', 'Ažurirano: {date}, {time}', '{weekday}, {date}'],
    'sr-Cyrl': ['Објављено: {numDate} у {time}', '{date} | {time}', 'Ажурирано: {numDate}', '{weekday}, {date}'],
    sq: ['Publikuar: {date}, {time}', '{numDate} | {time}', 'Përditësimi i fundit: {date}, {time}', 'Më {date}, ora {time}'],
    ru: ['Опубликовано: {date}, {time}', '{time} мск, {date}', 'Дата обновления: {numDate}', '{time}, {date}', 'вчера в {time} по местному времени'],
    de: ['Veröffentlicht am {date} um {time} Uhr', 'Zuletzt aktualisiert: {numDate}, {time} Uhr', 'Aktualisiert am {weekday}, {date}', '{weekday}, {date} | {time} Uhr', 'Erstellt am {numDate} um {time}'],
    fr: ['Publié le {date} à {time}, mis à jour à {time}', 'Article mis à jour le {numDate}', 'Publié le {weekday} {date}', 'Paru le {date}', 'Dernière modification : {date}'],
    es: ['{place}, {date} - {time} hora peninsular', 'Actualizado: {numDate} - {time} h', '{weekday}, {date}, {time}', 'Actualizado {date}, {time} h. CEST', '{numDate} · {time} horas'],
    ar: ['نُشر في {weekday}، {date} الساعة {time}', 'تم التحديث {time} بتوقيت مكة', '{weekday} {date}', '{weekday} {numDate} - {time} بتوقيت غرينتش'],
    pt: ['Publicado em {date}, às {time}', 'Atualizado há {k} horas'],
    cs: ['Publikováno {numDate} {time}', 'Aktualizováno před {k} hodinami'],
    ja: ['{numDate}（{wd}） {time}配信', '最終更新：{numDate} {time}'],
    zh: ['{numDate} {time} 来源：{agency}', '更新于 {numDate}'],
  },
  cookie: {
    en: [
      'We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. Accept all | Manage preferences',
      'By continuing to browse this site you agree to our use of cookies. Find out more',
      'This website uses cookies to improve your experience. We will assume you are ok with this, but you can opt-out if you wish. Accept Read More',
      'We value your privacy. We and our partners store and/or access information on a device. I ACCEPT',
      'Our site uses cookies. Learn more about our use of cookies: cookie policy',
      'Your privacy choices: we use cookies and similar technologies. Reject all Accept all',
    ],
    'sr-Latn': ['Ovaj sajt koristi kolačiće kako bi vam pružio bolje korisničko iskustvo. Prihvatam', 'Korišćenjem sajta pristajete na upotrebu kolačića. Saznajte više'],
    'sr-Cyrl': ['Овај сајт користи колачиће. Даљим коришћењем сајта прихватате њихову употребу. У реду', 'Користимо колачиће да бисмо побољшали ваше искуство. Сазнајте више'],
    sq: ['Kjo faqe përdor cookies për t’ju ofruar një eksperiencë më të mirë. Pranoj', 'Duke vazhduar shfletimin, ju pranoni përdorimin e cookies.'],
    ru: ['Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим. Хорошо', 'Сайт использует файлы cookie для улучшения работы. Подробнее'],
    de: ['Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten. Alle akzeptieren', 'Mit der Nutzung dieser Website erklären Sie sich damit einverstanden, dass wir Cookies verwenden. Mehr erfahren', 'Datenschutzeinstellungen: Einwilligung verwalten'],
    fr: ['En poursuivant votre navigation, vous acceptez l’utilisation de cookies. En savoir plus', 'Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site. Tout accepter Continuer sans accepter'],
    es: ['Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Aceptar', 'Si continúa navegando, consideramos que acepta su uso. Más información'],
    ar: ['نستخدم ملفات تعريف الارتباط (الكوكيز) لنقدم لك أفضل تجربة على موقعنا. أوافق', 'باستمرارك في تصفح الموقع فإنك توافق على سياسة الخصوصية.'],
    pt: ['Utilizamos cookies para melhorar a sua experiência. Ao continuar, concorda com a nossa política. Aceitar'],
    cs: ['Tento web používá soubory cookies. Souhlasím'],
    ja: ['当サイトではクッキーを使用しています。同意する'],
    zh: ['本网站使用Cookie以提升您的浏览体验。接受'],
  },
  share: {
    en: [
      'Share on Facebook Share on Twitter Share via Email',
      'Facebook Twitter LinkedIn WhatsApp Email',
      'Share this with Facebook Messenger WhatsApp Email Copy this link',
      'Copy link to clipboard',
      'Share: Facebook X Reddit',
      'Share via WhatsApp',
      'Tweet Share Pin it',
      'Click to share on WhatsApp (Opens in new window)',
      'Share this story on Facebook or X',
      'WhatsApp | Telegram | Email',
    ],
    'sr-Latn': ['Podeli na Facebooku', 'Podelite: Facebook Twitter Viber', 'Podeli vest'],
    'sr-Cyrl': ['Подели преко Вајбера', 'Подели: Facebook Twitter Viber', 'Подели овај текст'],
    sq: ['Shpërndaje lajmin', 'Ndaje: Facebook Twitter WhatsApp'],
    ru: ['Поделиться в ВКонтакте', 'Поделиться: ВКонтакте Одноклассники Telegram', 'Скопировать ссылку на статью'],
    de: ['Artikel teilen per: Facebook X WhatsApp E-Mail', 'Diesen Artikel per Mail versenden', 'Auf Facebook teilen'],
    fr: ['Partager sur Facebook Partager sur X', 'Partagez cet article avec vos proches', 'Partager par courriel'],
    es: ['Compartir en Facebook Compartir en X', 'Compartir en WhatsApp', 'Comparte esta noticia en tus redes'],
    ar: ['شارك عبر واتساب', 'شارك الخبر: فيسبوك تويتر واتساب', 'انسخ الرابط'],
    pt: ['Compartilhe no WhatsApp'],
    cs: ['Sdílejte tento článek'],
    ja: ['LINEで送る', 'この記事をXでポストする'],
    zh: ['微信扫一扫分享', '转发到朋友圈'],
  },
  subscribe: {
    en: [
      'Subscribe now for unlimited access.',
      'Support independent journalism. Subscribe today for just {price} a week.',
      'This article is for subscribers only. Already a subscriber? Log in',
      'Become a member to keep reading',
      'Get unlimited digital access from {price}',
      'Add {site} as a preferred source on Google',
      'Click here to join our WhatsApp community for breaking news',
      'Get the app: download {site} on iOS and Android',
      'Download the {site} app for breaking news alerts',
      'Subscribe to our YouTube channel for the latest videos',
      'Like this story? Support our journalism from just {price}.',
    ],
    'sr-Latn': ['Pratite nas na Instagramu i TikToku', 'Preuzmite aplikaciju {site}', 'Budite prvi koji saznaju: pratite nas na Viberu'],
    'sr-Cyrl': ['Пратите {site} на Икс мрежи', 'Преузмите апликацију {site}', 'Придружите се нашој Вајбер заједници'],
    sq: ['Na ndiqni në Instagram', 'Shkarkoni aplikacionin e {site}', 'Bëhuni pjesë e kanalit tonë në Viber'],
    ru: ['Все самое важное и интересное — в Telegram-канале {site}', 'Читайте нас в Дзене', 'Оформите подписку, чтобы читать дальше'],
    de: ['Jetzt weiterlesen mit {site}plus', 'Abonnieren Sie unseren WhatsApp-Kanal', 'Testen Sie jetzt 4 Wochen für 1 €', 'Sie sind bereits Abonnent? Dann melden Sie sich hier an.'],
    fr: ['Il vous reste {nn}% de cet article à lire. La suite est réservée aux abonnés.', 'Rejoignez notre chaîne WhatsApp', 'Déjà abonné ? Connectez-vous', 'Cet article est réservé aux abonnés.'],
    es: ['Suscríbete y accede a todo el contenido por {price} al mes', 'Únete al canal de {site} en WhatsApp', '¿Ya tienes una cuenta? Entra aquí', 'Únete a nuestro canal de Telegram'],
    ar: ['تابعوا آخر الأخبار عبر قناتنا على يوتيوب', 'انضم إلى قناة {site} على واتساب', 'حمّل تطبيق {site}'],
    pt: ['Já é assinante? Faça seu login'],
    cs: ['Sledujte nás na Facebooku'],
    ja: ['会員登録で続きを読む'],
    zh: ['关注我们的公众号'],
  },
  ad: {
    en: ['Advertisement · Scroll to continue reading', 'Article continues below this ad', 'The story continues after the advertisement', 'Sponsored by {site} partners', 'Stories continue below this ad', 'AD LOADING...', 'Content from our partners', 'This article was paid for by an advertiser and produced by {site} Studio', 'Supported by'],
    'sr-Latn': ['Oglasni prostor', 'Tekst se nastavlja nakon oglasa', 'Plaćeni sadržaj {site}'],
    'sr-Cyrl': ['Огласни простор', 'Текст се наставља након огласа', 'Плаћени садржај {site}'],
    sq: ['Reklama vazhdon më poshtë', 'Artikulli vazhdon pas reklamës'],
    ru: ['Реклама. ООО «Медиа Групп», ИНН 7700000000', 'Материал партнера {site}', 'Текст продолжится после рекламного блока'],
    de: ['Anzeige | Weiterlesen nach der Werbung', 'Werbeanzeige', 'Bezahlter Inhalt von {site}'],
    fr: ['Publicité – l’article continue ci-dessous', 'Contenu proposé par notre partenaire', 'Publi-information'],
    es: ['PUBLICIDAD - SIGUE LEYENDO', 'Contenido ofrecido por {site}', 'Espacio patrocinado'],
    ar: ['محتوى إعلاني مدفوع', 'مساحة إعلانية', 'يتبع بعد الإعلان'],
    pt: ['PUBLICIDADE - CONTINUA DEPOIS', 'Conteúdo patrocinado por {site}'],
    cs: ['Inzerce pokračuje', 'Komerční sdělení'],
    ja: ['PR記事', '記事の続きは広告の後に'],
    zh: ['本文为合作推广内容', '广告位招租'],
  },
  readAlso: {
    en: ['READ MORE HERE: {headline}', 'ON OUR RADAR → {headline}', 'Previously reported: {headline}', 'Background: {headline}', 'Related reading: {headline}', 'RELATED STORY: {headline}', 'Read: {headline}', 'More on this story: {headline}', 'Must read: {headline}'],
    'sr-Latn': ['Pogledajte i: {headline}', 'Ovo vas može zanimati: {headline}', 'PROČITAJTE I OVO: {headline}'],
    'sr-Cyrl': ['Погледајте и: {headline}', 'Ово вас може занимати: {headline}', 'ПОВЕЗАНО: {headline}'],
    sq: ['Lajm i lidhur: {headline}', 'LEXO EDHE KËTË: {headline}', 'Mund t’ju interesojë: {headline}'],
    ru: ['Читайте также на {site}: {headline}', 'Материал по теме: {headline}', 'Ранее {site} сообщал: {headline}', 'Раньше мы писали: {headline}'],
    de: ['Lesen Sie dazu auch: {headline}', 'Zum Thema: {headline}', 'Lesen Sie hier weiter: {headline}'],
    fr: ['Notre enquête : {headline}', 'Relire : {headline}', 'LIRE ÉGALEMENT - {headline}', 'Nos explications : {headline}'],
    es: ['Contexto: {headline}', 'Le recomendamos: {headline}', 'En {site}: {headline}', 'LEA AQUÍ | {headline}'],
    ar: ['إقرأ أيضاً: {headline}', 'للمزيد اقرأ: {headline}', 'قد يهمك: {headline}'],
    pt: ['Entenda: {headline}', 'LEIA TAMBÉM NO {site}: {headline}'],
    cs: ['Čtěte dále: {headline}', 'Souvisí: {headline}'],
    ja: ['＜この記事の関連ニュース＞{headline}'],
    zh: ['相关报道｜{headline}'],
  },
  relatedHeading: {
    en: ['More in this section', 'What everyone is reading', 'You might also like', 'Further reading', 'More Top Stories', 'Just in', 'Don’t Miss', 'From our partners', 'What to read next'],
    'sr-Latn': ['Poslednje vesti', 'Preporučujemo', 'Ostale vesti iz rubrike'],
    'sr-Cyrl': ['Последње вести', 'Препоручујемо', 'Остале вести из рубрике'],
    sq: ['Lajmet e fundit', 'Rekomandojmë', 'Lajmet më të reja'],
    ru: ['Популярное', 'Новости СМИ2', 'Главные новости', 'Еще по теме'],
    de: ['Die neuesten Artikel', 'Unsere Empfehlungen für Sie', 'Mehr aus dem Ressort'],
    fr: ['Les articles les plus lus', 'Dans l’actualité', 'À lire sur {site}', 'Nos autres articles'],
    es: ['Lo más visto', 'Ahora en portada', 'Más en {site}'],
    ar: ['الأكثر مشاهدة', 'موضوعات متعلقة', 'أخبار عاجلة'],
    pt: ['Últimas notícias', 'Mais em {site}'],
    cs: ['Nejnovější zprávy', 'Výběr redakce'],
    ja: ['注目の記事', '最新ニュース'],
    zh: ['编辑推荐', '最新资讯'],
  },
  readMore: {
    en: ['Read the full piece', 'Read full article', 'Read the rest of this story', 'Tap to read more →', 'Read article', 'Get the full story'],
    'sr-Latn': ['Više o tome', 'Ceo tekst pročitajte ovde', 'Pročitaj više'],
    'sr-Cyrl': ['Више о томе', 'Цео текст прочитајте овде', 'Прочитај више'],
    sq: ['Lexo më tej', 'Lexo të plotë', 'Lexo të gjithë lajmin'],
    ru: ['Читать полную версию', 'Узнать больше', 'Перейти к новости'],
    de: ['Mehr erfahren »', 'Zum vollständigen Artikel', 'Hier weiterlesen'],
    fr: ['Découvrir la suite', 'Voir plus', 'Lire l’article complet'],
    es: ['Lea la nota completa', 'Continuar leyendo', 'Ver la noticia completa'],
    ar: ['طالع المزيد', 'إقرأ التفاصيل', 'لمزيد من التفاصيل'],
    pt: ['Ler mais', 'Continuar lendo'],
    cs: ['Číst celý článek', 'Více zde'],
    ja: ['続きを見る', '全文を読む'],
    zh: ['展开全文', '阅读原文'],
  },
  comments: {
    en: [
      '{n} Replies|Join the discussion|Please log in or register to join the conversation',
      'Leave a Reply Cancel reply|Your email address will not be published. Required fields are marked with an asterisk|Write your comment here|Display name *|Email (never shown) *|Publish my reply',
      'Have your say|Comments are closed for this article.',
      '{n} Responses|Sort by: Most recent|What do you think? Add your comment',
      'Conversation|Start the conversation|Sign in to comment',
      'View comments ({n})|Show comments',
    ],
    'sr-Latn': ['Broj komentara: {n}|Napišite komentar|Ime i prezime|Objavi komentar', 'Ostavi komentar|Uslovi korišćenja komentara|Prikaži sve komentare'],
    'sr-Cyrl': ['Број коментара: {n}|Напишите коментар|Име и презиме|Објави коментар', 'Остави коментар|Услови коришћења коментара|Прикажи све коментаре'],
    sq: ['{n} komente|Shkruaj komentin tënd|Emri dhe mbiemri|Publiko komentin', 'Komentet e lexuesve|Shiko komentet'],
    ru: ['{n} комментариев|Ваш комментарий|Авторизуйтесь, чтобы оставить комментарий', 'Обсудить|Добавить комментарий к материалу|Опубликовать комментарий'],
    de: ['{n} Kommentare|Ihre Meinung zum Thema|Jetzt anmelden und mitdiskutieren', 'Diskussion|Kommentar verfassen|Kommentar veröffentlichen'],
    fr: ['{n} réactions|Réagir à cet article|Identifiez-vous pour réagir', '{n} commentaires|Écrire un commentaire|Publier mon commentaire'],
    es: ['{n} comentarios|Deja tu comentario|Regístrate para comentar', 'Comentar|Criterios de participación|Enviar comentario'],
    ar: ['{n} تعليقات|شاركنا رأيك|اسمك الكريم|انشر تعليقك', 'علّق|اكتب تعليقا|أرسل'],
    pt: ['{n} comentários|Deixe seu comentário|Publicar'],
    cs: ['{n} příspěvků v diskusi|Zapojte se do debaty pod článkem'],
    ja: ['コメント{n}件|コメントを投稿する'],
    zh: ['{n}条评论|我来说两句'],
  },
  tags: {
    en: ['Topics: {topic}, {topic}', 'Tags: {topic} | {topic} | {topic}', 'Filed under: {topic}', 'More on: {topic} {topic}', 'Explore more on these topics: {topic} · {topic}'],
    'sr-Latn': ['Tagovi: {topic}, {topic}', 'Oznake: {topic} {topic}'],
    'sr-Cyrl': ['Тагови: {topic}, {topic}', 'Ознаке: {topic}'],
    sq: ['Etiketa: {topic}, {topic}', 'Tags: {topic}'],
    ru: ['Теги: {topic}, {topic}', 'Темы: {topic} {topic}'],
    de: ['Schlagworte: {topic}, {topic}', 'Themen: {topic} · {topic}'],
    fr: ['Mots-clés : {topic}, {topic}', 'Sujets associés : {topic}'],
    es: ['Temas: {topic}, {topic}', 'Etiquetas: {topic} | {topic}'],
    ar: ['الوسوم: {topic}، {topic}', 'كلمات مفتاحية: {topic}'],
    pt: ['Tópicos: {topic}, {topic}'],
    cs: ['Témata: {topic}, {topic}'],
    ja: ['タグ：{topic}'],
    zh: ['标签：{topic}'],
  },
  copyright: {
    en: ['Copyright 2026 {site} Ltd. All rights reserved.', 'Copyright © {site} 2026', '© Copyright {agency} 2026', '© 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.', 'All content © {site} 2026 unless otherwise noted', '(c) {site} Ltd 2026'],
    'sr-Latn': ['Copyright © {site} 2026. Sva prava su zadržana.', 'Sadržaj sajta ne sme se preuzimati bez navođenja izvora.'],
    'sr-Cyrl': ['Copyright © {site} 2026. Сва права су задржана.', 'Садржај сајта не сме се преузимати без навођења извора.'],
    sq: ['Copyright © {site} 2026. Të gjitha të drejtat janë të rezervuara.', 'Lajmi nuk mund të riprodhohet pa cituar burimin.'],
    ru: ['© {site}, 2026. Все права защищены.', 'Перепечатка материалов без разрешения редакции запрещена.'],
    de: ['© {site} 2026 – Alle Rechte vorbehalten', '© dpa-infocom, dpa:{numDate}'],
    fr: ['© {site} 2026 - Tous droits réservés', 'Toute reproduction interdite sans l’accord de la rédaction.'],
    es: ['© {site} 2026. Todos los derechos reservados.', 'Prohibida su reproducción total o parcial.'],
    ar: ['حقوق النشر © 2026 {site} - يمنع النسخ', 'جميع الحقوق محفوظة لـ {site}'],
    pt: ['Copyright © 2026 {site}. Proibida a reprodução.'],
    cs: ['Copyright © 2026 {site}. Šíření obsahu bez souhlasu je zakázáno.'],
    ja: ['© 2026 {site} 無断転載禁止'],
    zh: ['版权所有 © 2026 {site}'],
  },
  nav: {
    en: ['Home > News > World', 'Home » Business » Personal Finance', 'NEWS | SPORT | BUSINESS | OPINION | LIFESTYLE', 'Skip to navigation', 'Menu Search Subscribe Log in', 'World Politics Business Tech Science Health', 'You are here: Home » Local News'],
    'sr-Latn': ['Naslovna / Vesti / Politika', 'Početna » Hronika', 'Vesti Sport Biznis Zabava'],
    'sr-Cyrl': ['Насловна / Вести / Друштво', 'Почетна » Хроника', 'Вести Спорт Економија Култура'],
    sq: ['Kreu / Lajme / Politikë', 'Kryefaqja » Sport'],
    ru: ['Главная › Новости › Общество', 'Главная › Экономика › Финансы', 'Новости Политика Экономика Спорт'],
    de: ['Startseite › Panorama › Unglücke', 'Home / Wirtschaft / Börse', 'Politik Wirtschaft Sport Kultur Regional'],
    fr: ['Accueil > International > Europe', 'Accueil / Société', 'Actualité Politique Économie Sport'],
    es: ['Inicio > Internacional', 'Portada / España / Política', 'Nacional Internacional Economía Deportes'],
    ar: ['الرئيسية > أخبار > عربي ودولي', 'الرئيسية / اقتصاد'],
    pt: ['Início › Mundo › Europa', 'Home / Política'],
    cs: ['Úvod > Zprávy > Domácí'],
    ja: ['ホーム > ニュース > 国際'],
    zh: ['首页 > 新闻 > 国际'],
  },
  caption: {
    en: [
      '{desc}. (AP Photo/{name}, File)',
      '{desc}. Photograph: {name}/The Irish Times',
      '{desc} | Photo Credit: {name}',
      '{desc}. Picture: {name}/{agency}',
      '{desc}. (Photo by {name}/AFP via Getty Images)',
      '{desc} CREDIT: {NAME}/{agency}',
      '{desc} Image: Supplied',
      '{desc}. (Photo: {name}/The Canadian Press)',
      'PHOTO: {desc} ({agency}/{name})',
      '{desc}. Credit: {name} / Sunday Times',
      '{desc} — File photo by {name}',
      'PHOTO: {desc} (Reuters: {name})',
      '{desc} (Image: {agency}/{name})',
      '{desc}. Pic: {name}',
    ],
    'sr-Latn': ['{desc} (Foto: {name}/{agency}) | Foto ilustracija', 'Foto: {agency} / {name} / arhiva', '{desc} FOTO: {name} / RAS Srbija', '{desc} | Foto: Printscreen'],
    'sr-Cyrl': ['{desc} (Фото: {agency}/{name}, архива)', 'ФОТО: {agency}', '{desc} Фото: {name} / РАС Србија', '{desc} Фото: Shutterstock'],
    sq: ['{desc} (Foto: {name}/{agency}, arkiv)', 'Foto: {name}', '{desc} | Foto nga arkivi'],
    ru: ['{desc}. Фото: {name} / {agency} / архив', 'Фото: {agency} / {name} (коллаж)', '{desc} © {agency}', '{desc} (Фото: пресс-служба)'],
    de: ['{desc}. Foto: {name}/dpa/Archivbild', '{desc} (Bild: {name}/{agency})', 'Foto: picture alliance / {agency}', '{desc} © {name}/{agency}'],
    fr: ['{desc}. (Photo {name}/AFP)', '{desc} © {name} / {agency}', 'Photo d’illustration : {desc}', '{desc} Crédit photo : {name}/{agency}'],
    es: ['{desc}. (Foto de archivo: {name}/{agency})', '{desc} | EFE/{name} | Archivo', 'Imagen de archivo: {desc}', '{desc} Foto: {name} / EFE'],
    ar: ['{desc} (صورة: {name}/{agency})', 'صورة أرشيفية: {desc}', '{desc} - تصوير: {name}/{agency}'],
    pt: ['{desc} (Foto: {name}/Folhapress)', '{desc} — Foto: {name}/{agency}/Arquivo'],
    cs: ['{desc} (Foto: ČTK)'],
    ja: ['{desc}＝{agency}'],
    zh: ['{desc}（{agency}记者 {name} 摄）'],
  },
  readingTime: {
    en: ['{k} minute reading time', 'Reading time: {k} mins', 'Reading time approx. {k} min', 'Estimated read time {k} minutes'],
    'sr-Latn': ['Vreme za čitanje: {k} min', 'Tekst se čita za {k} minuta'],
    'sr-Cyrl': ['Време за читање: {k} мин', 'Текст се чита за {k} минута'],
    sq: ['Koha e leximit: {k} min'],
    ru: ['Время прочтения: {k} минуты', '{k} минуты на чтение'],
    de: ['Lesedauer etwa {k} Minuten', 'ca. {k} Min. Lesezeit'],
    fr: ['Temps de lecture : {k} minutes', 'Ce texte se lit en {k} minutes'],
    es: ['Tiempo estimado de lectura: {k} minutos', 'Lectura: {k} minutos'],
    ar: ['القراءة تستغرق {k} دقائق', 'دقيقة قراءة {k}'],
    pt: ['Leitura: {k} min'],
  },
  listen: {
    en: ['Listen to this story (narrated)\n{k}:{nn}', 'Audio: listen to this story', 'Listen to article · {k} min', '▶ Listen to article'],
    'sr-Latn': ['Pritisnite play da poslušate tekst', 'Audio verzija teksta'],
    'sr-Cyrl': ['Притисните плеј да послушате текст', 'Аудио верзија текста'],
    sq: ['Dëgjoni versionin audio të lajmit'],
    ru: ['Слушать материал', 'Аудиоверсия статьи'],
    de: ['Diesen Artikel anhören (KI-Stimme)\n{k}:{nn} Min.', 'Vorlesen lassen'],
    fr: ['Écouter l’article ({k} min)', 'Écouter la version audio de l’article'],
    es: ['Escuchar artículo', 'Escucha esta noticia'],
    ar: ['استمع إلى نسخة صوتية من المقال', 'تشغيل الصوت'],
  },
  gallery: {
    en: ['Gallery: {n} pictures', '{k}/{n}', 'See all {n} photos', 'IN PICTURES: {desc}', 'Launch gallery\n{n} images'],
    'sr-Latn': ['Galerija fotografija ({n})', 'FOTO: {n} fotografija'],
    'sr-Cyrl': ['Галерија фотографија ({n})', 'ФОТО: {n} фотографија'],
    sq: ['Galeria me foto: {n}', 'FOTO LAJM'],
    ru: ['Фотогалерея: {n} снимков', 'Снимок {k} из {n}'],
    de: ['Bildergalerie: {n} Fotos', 'Bild {k} / {n}', 'Zur Bildergalerie'],
    fr: ['Diaporama : {n} photos', 'Image {k} sur {n}'],
    es: ['Galería: {n} imágenes', 'Fotografía {k} de {n}', 'Ver galería'],
    ar: ['معرض الصور: {n} صورة', '{k} / {n}'],
  },
  embed: {
    en: ['{post}\n— {name} (@{handle}) {apDate}', 'See this post on Instagram\nInstagram post by {name} (@{handle})', 'Twitter content\nThis content can’t be displayed in your browser', '{post} #breaking\n— {handle} (@{handle}) {apDate} via Bluesky'],
    'sr-Latn': ['{post}\n— {name} (@{handle}) {date}', 'Objava na Instagramu koju je podelio {name} (@{handle})'],
    'sr-Cyrl': ['{post}\n— {name} (@{handle}) {date}', 'Објава на Инстаграму коју је поделио {name} (@{handle})'],
    sq: ['{post}\n— {name} (@{handle}) {date}', 'Postim i ndarë nga {name} (@{handle})'],
    ru: ['{post}\n— {name} (@{handle}) {date}', 'Пост {name} (@{handle}) в соцсети'],
    de: ['{post}\n— {name} (@{handle}) {date}', 'Externer Inhalt von Instagram\nUm diesen Inhalt zu sehen, müssen Sie zustimmen.'],
    fr: ['{post}\n— {name} (@{handle}) {date}', 'Ce contenu n’est pas disponible\nAcceptez les cookies pour l’afficher.'],
    es: ['{post}\n— {name} (@{handle}) {date}', 'Una publicación compartida de {name} (@{handle})'],
    ar: ['{post}\n— {name} (@{handle}) {date}', 'شاهد هذا المنشور على إنستغرام'],
  },
  bio: {
    en: ['{name} is a senior reporter at {site} covering politics and the courts.', 'About the writer\n{name} writes about health and science for {site}. Follow {name} on X @{handle}.', '{name} is {site}’s {place} bureau chief.', 'Contact the author: {handle}@{domain}'],
    'sr-Latn': ['{name} je novinarka portala {site} i prati ekonomiju.', 'Autor teksta\n{name} prati politiku i pravosuđe.'],
    'sr-Cyrl': ['{name} је новинарка портала {site} и прати економију.', 'Аутор текста\n{name} прати политику и правосуђе.'],
    sq: ['{name} është gazetar i {site}.', 'Rreth autorit\n{name} mbulon politikën.'],
    ru: ['{name} — обозреватель «{site}».', 'Автор материала\n{name} пишет об экономике.'],
    de: ['{name} ist Redakteur im Ressort Politik von {site}.', 'Über den Autor\n{name} berichtet aus {place}.'],
    fr: ['{name} est journaliste au service Économie de {site}.', 'À propos de l’auteur\n{name} couvre l’actualité judiciaire.'],
    es: ['{name} es periodista de {site} especializado en economía.', 'Acerca del autor\n{name} cubre política internacional.'],
    ar: ['{name} صحفي في {site} يغطي الشؤون السياسية.', 'عن الكاتب\n{name} محرر الشؤون الاقتصادية.'],
  },
  price: {
    en: ['{price} at Amazon', 'Buy now: {price}, Currys', 'Was {price}, now {price}', '£{nn}.99 at John Lewis', 'We may earn a commission when you buy through links on our site.'],
    'sr-Latn': ['Cena: {nn}.990 dinara', 'Akcija: {nn}% popusta'],
    'sr-Cyrl': ['Цена: {nn}.990 динара', 'Акција: {nn}% попуста'],
    sq: ['Çmimi: {nn} euro', 'Oferta: -{nn}%'],
    ru: ['Цена: от {nn} 990 рублей', 'Скидка {nn}%'],
    de: ['Preis: {nn},99 Euro bei Amazon', 'Jetzt kaufen', '*Provisionslink'],
    fr: ['{nn},99 € sur Fnac.com', 'Découvrir l’offre'],
    es: ['{nn},99 € en Amazon', 'Comprar ahora'],
    ar: ['السعر: {nn} دولارا', 'اشتر الآن'],
  },
  newsletter: {
    en: ['Sign up for our free morning newsletter\nThe day’s top stories, in your inbox before 7am.\nType your email address here\nSign me up for the newsletter\nYou can unsubscribe at any time. See our privacy notice.', 'The Briefing\nGet the best of {site} delivered to your inbox\nEnter email\nGet the newsletter', 'Don’t miss a thing\nSign up to our daily briefing.\nYour email here\nSend me the briefing'],
    'sr-Latn': ['Prijavite se na naš newsletter\nNajvažnije vesti dana u vašem inboxu\nVaša email adresa\nPrijavljujem se'],
    'sr-Cyrl': ['Пријавите се на наш билтен\nНајважније вести дана у вашем инбоксу\nВаша адреса е-поште\nПријављујем се'],
    sq: ['Regjistrohu në buletinin tonë\nLajmet kryesore çdo mëngjes\nEmaili juaj\nRegjistrohuni tani'],
    ru: ['Подпишитесь на рассылку\nГлавные новости дня на вашу почту\nВведите ваш e-mail\nПолучать рассылку'],
    de: ['Newsletter abonnieren\nDas Wichtigste des Tages, jeden Morgen um 6 Uhr\nHier E-Mail-Adresse eingeben\nJetzt anmelden'],
    fr: ['Inscrivez-vous à notre newsletter\nL’essentiel de l’actualité chaque matin\nSaisissez votre adresse e-mail\nRecevoir la newsletter'],
    es: ['Recibe nuestro boletín\nLas noticias más importantes cada mañana\nEscribe tu correo electrónico\nSuscribirme'],
    ar: ['اشترك في نشرتنا البريدية\nأهم الأخبار يوميا في بريدك\nاكتب بريدك الإلكتروني هنا\nاشترك'],
  },
};

// ---------------------------------------------------------------------------
// What fills the slots

const NAMES: Record<FurnitureLang, readonly string[]> = {
  en: ['Aoife Brennan', 'Thabo Nkosi', 'Priya Raghavan', 'Callum McLeod', 'Shannon Whitfield', 'Marcus Delacroix', 'Nkechi Obi', 'Liam O’Sullivan'],
  'sr-Latn': ['Dragana Stojković', 'Nemanja Vukić', 'Jelena Radosavljević', 'Miloš Pantić'],
  'sr-Cyrl': ['Драгана Стојковић', 'Немања Вукић', 'Јелена Радосављевић', 'Милош Пантић'],
  sq: ['Arbër Gashi', 'Vjosa Kelmendi', 'Ilir Shehu', 'Blerta Hoxha'],
  ru: ['Екатерина Смирнова', 'Олег Кравцов', 'Дарья Белова', 'Игорь Панин'],
  de: ['Katharina Weiß', 'Jonas Brandt', 'Lea Hoffmann', 'Matthias Krüger'],
  fr: ['Camille Roussel', 'Thibault Garnier', 'Inès Benali', 'Julien Marchand'],
  es: ['Lucía Ferrer', 'Andrés Quintero', 'Marta Solís', 'Pablo Iglesias Ruiz'],
  ar: ['محمد الشريف', 'ليلى حداد', 'عمر النجار', 'سارة العلي'],
  pt: ['Beatriz Lacerda', 'Rodrigo Tavares'],
  cs: ['Tereza Horáková', 'Ondřej Kolář'],
  ja: ['佐藤美咲', '高橋健太'],
  zh: ['王晓雨', '陈志强'],
};

const AGENCIES: Record<FurnitureLang, readonly string[]> = {
  en: ['AFP', 'Reuters', 'AAP', 'PA', 'EPA-EFE', 'Bloomberg', 'Alamy'],
  'sr-Latn': ['Tanjug', 'Beta', 'FoNet', 'Shutterstock'],
  'sr-Cyrl': ['Танјуг', 'Бета', 'ФоНет'],
  sq: ['ATSH', 'KosovaPress', 'LSA'],
  ru: ['ТАСС', 'РИА Новости', 'Интерфакс', 'Коммерсантъ'],
  de: ['dpa', 'AFP', 'Reuters', 'imago images'],
  fr: ['AFP', 'Reuters', 'MAXPPP', 'Hans Lucas'],
  es: ['EFE', 'Europa Press', 'AFP'],
  ar: ['رويترز', 'أ ف ب', 'الأناضول'],
  pt: ['Agência Brasil', 'Lusa'],
  cs: ['ČTK', 'Profimedia'],
  ja: ['共同通信', '時事通信'],
  zh: ['新华社', '中新社'],
};

const PLACES: Record<FurnitureLang, readonly string[]> = {
  en: ['Johannesburg', 'Ottawa', 'Cork', 'Brisbane', 'Mumbai', 'Nairobi', 'Manchester', 'Chicago'],
  'sr-Latn': ['Kragujevac', 'Niš', 'Novi Sad', 'Čačak'],
  'sr-Cyrl': ['Крагујевац', 'Ниш', 'Нови Сад', 'Чачак'],
  sq: ['Shkodër', 'Prizren', 'Durrës', 'Tetovë'],
  ru: ['Казань', 'Екатеринбург', 'Новосибирск', 'Самара'],
  de: ['Leipzig', 'Hannover', 'Graz', 'Basel'],
  fr: ['Lyon', 'Marseille', 'Bruxelles', 'Genève'],
  es: ['Sevilla', 'Bilbao', 'Valencia', 'Montevideo'],
  ar: ['عمّان', 'الدار البيضاء', 'بيروت', 'الدوحة'],
  pt: ['Lisboa', 'Porto Alegre'],
  cs: ['Brno', 'Olomouc'],
  ja: ['大阪', '札幌'],
  zh: ['上海', '成都'],
};

const DESCRIPTIONS: Record<FurnitureLang, readonly string[]> = {
  en: ['Firefighters battle a blaze at a warehouse on the outskirts of the city on Tuesday', 'Commuters wait on a crowded platform during the rail strike', 'The minister speaks to reporters outside parliament', 'Volunteers fill sandbags as the river rises', 'Fans celebrate after the final whistle'],
  'sr-Latn': ['Građani na protestu ispred Skupštine', 'Radovi na novom mostu preko Save', 'Sednica Vlade Srbije'],
  'sr-Cyrl': ['Грађани на протесту испред Скупштине', 'Радови на новом мосту преко Саве', 'Седница Владе Србије'],
  sq: ['Protestuesit para Kuvendit', 'Punimet në rrugën e re', 'Kryeministri gjatë konferencës për shtyp'],
  ru: ['Участники совещания в Кремле', 'Уборка снега на улицах Москвы', 'Пассажиры в аэропорту Шереметьево'],
  de: ['Demonstranten vor dem Bundestag in Berlin', 'Einsatzkräfte am Unfallort auf der A7', 'Der Kanzler bei der Pressekonferenz'],
  fr: ['Des manifestants place de la République à Paris', 'Le Premier ministre à la sortie de Matignon', 'Des pompiers luttent contre les flammes dans le Var'],
  es: ['Manifestantes en la Puerta del Sol', 'El presidente del Gobierno durante la rueda de prensa', 'Bomberos trabajan en la extinción del incendio'],
  ar: ['متظاهرون في ساحة التحرير', 'جانب من الاجتماع الوزاري', 'رجال الإطفاء يخمدون الحريق'],
  pt: ['Manifestantes na Avenida Paulista', 'O presidente durante a cerimônia'],
  cs: ['Demonstranti na Václavském náměstí'],
  ja: ['記者会見する首相'],
  zh: ['市民在街头排队'],
};

const HEADLINES: Record<FurnitureLang, readonly string[]> = {
  en: ['Council approves £40m plan to rebuild flood-hit high street', 'Why are petrol prices still rising?', 'Teenager charged after late-night crash on M62', 'Watch: Moment whale surfaces beside fishing boat', 'Rand slides as markets weigh rate decision', 'Parents fear school closure as enrolments fall (VIDEO)', 'Ottawa to unveil new housing rules next week', '‘We had nowhere to go’: families recount night of the storm'],
  'sr-Latn': ['Nova pravila za polaganje vozačkog ispita od marta', 'Da li će struja poskupeti od januara?', 'Uhapšen osumnjičeni za pljačku menjačnice u Nišu', 'VIDEO: Snežna oluja paralisala saobraćaj'],
  'sr-Cyrl': ['Нова правила за полагање возачког испита од марта', 'Да ли ће струја поскупети од јануара?', 'Ухапшен осумњичени за пљачку мењачнице у Нишу', 'ВИДЕО: Снежна олуја паралисала саобраћај'],
  sq: ['Rriten çmimet e karburanteve në Shqipëri', 'Çfarë ndodh me pagat e mësuesve?', 'Aksident i rëndë në autostradën Tiranë-Durrës', 'VIDEO: Stuhia shkakton dëme në veri'],
  ru: ['В Казани открыли новую станцию метро', 'Что изменится для пенсионеров с 1 января?', 'Суд арестовал бывшего замглавы района', 'ВИДЕО: Снегопад парализовал движение в Самаре'],
  de: ['Bahn streicht weitere Verbindungen im Fernverkehr', 'Was ändert sich beim Bürgergeld?', 'Polizei sucht Zeugen nach Überfall in Leipzig', 'Mietpreise steigen in Großstädten weiter (Grafik)'],
  fr: ['Grève SNCF : les prévisions de trafic pour jeudi', 'Pourquoi le prix du beurre flambe-t-il ?', 'Un adolescent mis en examen après l’incendie d’une école', 'Municipales : la gauche unie à Lyon'],
  es: ['El Gobierno aprueba la subida del salario mínimo', '¿Por qué sube el precio del aceite?', 'Detenido un hombre tras el atraco a una joyería en Sevilla', '¡Histórico! El Betis gana la Copa'],
  ar: ['الحكومة تعلن عن حزمة دعم جديدة للأسر', 'لماذا ترتفع أسعار الذهب؟', 'القبض على متهم في قضية احتيال إلكتروني', 'فيديو: أمطار غزيرة تغمر شوارع المدينة'],
  pt: ['Governo anuncia novo pacote para a habitação', 'Por que o preço do café subiu?'],
  cs: ['Vláda schválila zvýšení platů učitelů', 'Proč zdražuje elektřina?'],
  ja: ['大阪で記録的な大雨　交通に乱れ', '新年度予算案が衆院を通過'],
  zh: ['上海地铁新线路今日开通', '多地迎来强降温天气'],
};

const TEASER_BODIES: Record<FurnitureLang, readonly string[]> = {
  en: ['Residents say they were given less than an hour to leave their homes as the water', 'The figures, released on Wednesday, show the sharpest rise since', 'Police were called to the scene shortly after 2am following reports of'],
  'sr-Latn': ['Prema rečima očevidaca, incident se dogodio oko ponoći kada je', 'Novi propisi predviđaju da kandidati'],
  'sr-Cyrl': ['Према речима очевидаца, инцидент се догодио око поноћи када је', 'Нови прописи предвиђају да кандидати'],
  sq: ['Sipas burimeve të policisë, ngjarja ka ndodhur rreth orës', 'Ministria e Arsimit njoftoi se'],
  ru: ['По словам очевидцев, происшествие случилось около полуночи, когда', 'Новые правила предусматривают, что'],
  de: ['Nach Angaben der Polizei ereignete sich der Vorfall gegen Mitternacht, als', 'Die neuen Regeln sehen vor, dass'],
  fr: ['Selon les premiers éléments de l’enquête, le drame s’est produit vers minuit alors que', 'Le texte prévoit notamment que'],
  es: ['Según fuentes policiales, los hechos ocurrieron sobre la medianoche cuando', 'La nueva norma establece que'],
  ar: ['وبحسب مصادر أمنية، وقع الحادث قرابة منتصف الليل عندما', 'وتنص القواعد الجديدة على أن'],
  pt: ['Segundo a polícia, o caso ocorreu por volta da meia-noite quando'],
  cs: ['Podle policie se incident stal kolem půlnoci, když'],
  ja: ['警察によると、事故は午前2時ごろ発生し'],
  zh: ['据警方介绍，事故发生在凌晨两点左右，'],
};

const POSTS: Record<FurnitureLang, readonly string[]> = {
  en: ['Huge queues at the terminal this morning, allow extra time if you’re flying today', 'Road closed both ways between junctions 4 and 5 after a collision. Avoid the area.'],
  'sr-Latn': ['Velika gužva na graničnom prelazu Horgoš, čeka se više od dva sata'],
  'sr-Cyrl': ['Велика гужва на граничном прелазу Хоргош, чека се више од два сата'],
  sq: ['Radhë të gjata në pikën kufitare të Morinës sot në mëngjes'],
  ru: ['Огромные пробки на въезде в город, закладывайте лишнее время'],
  de: ['Lange Staus auf der A9 Richtung München, bitte weiträumig umfahren'],
  fr: ['Énormes bouchons sur le périphérique ce matin, prévoyez du temps'],
  es: ['Atascos kilométricos en la A-4 esta mañana, paciencia'],
  ar: ['ازدحام كبير على الطريق الدولي صباح اليوم'],
  pt: ['Trânsito intenso na Marginal esta manhã'],
  cs: ['Dlouhé kolony na D1 u Brna'],
  ja: ['駅周辺は大混雑しています'],
  zh: ['地铁站人流量很大，请合理安排出行'],
};

const TOPICS: Record<FurnitureLang, readonly string[]> = {
  en: ['Politics', 'Courts', 'Weather', 'Transport', 'Economy', 'Local government'],
  'sr-Latn': ['Politika', 'Hronika', 'Saobraćaj', 'Ekonomija'],
  'sr-Cyrl': ['Политика', 'Хроника', 'Саобраћај', 'Економија'],
  sq: ['Politikë', 'Kronikë', 'Ekonomi'],
  ru: ['Политика', 'Происшествия', 'Экономика'],
  de: ['Politik', 'Verkehr', 'Wirtschaft'],
  fr: ['Politique', 'Faits divers', 'Économie'],
  es: ['Política', 'Sucesos', 'Economía'],
  ar: ['سياسة', 'حوادث', 'اقتصاد'],
  pt: ['Política', 'Economia'],
  cs: ['Politika', 'Ekonomika'],
  ja: ['政治', '経済'],
  zh: ['政治', '经济'],
};

const HANDLES = ['metdesk_live', 'ghorvat_news', 'ottawa_beat', 'lajmet_sot', 'trafik_srb', 'citydesk_za'];

/** The unseen split's own site names; a day's three sources are drawn from them. */
export const UNSEEN_SITES = ['Highveld Star', 'The Lakeshore Ledger', 'Večernji Pregled', 'Munster Examiner', 'Zëri i Ditës', 'Coastal Mail'];

// ---------------------------------------------------------------------------
// Dates, as each language's sites print them

const two = (n: number) => String(n).padStart(2, '0');
const LOCALES: Record<string, readonly string[]> = {
  en: ['en-GB', 'en-US', 'en-IE', 'en-ZA', 'en-CA', 'en-AU'],
  'sr-Latn': ['sr-Latn-RS'],
  'sr-Cyrl': ['sr-Cyrl-RS'],
  ar: ['ar-EG', 'ar-u-nu-latn', 'ar-AE'],
};

function when(lang: FurnitureLang, rng: Rng, slot: string): string {
  const at = new Date(Date.UTC(2026, rng.int(0, 11), rng.int(1, 28), rng.int(0, 23), rng.int(0, 59)));
  const locale = rng.pick(LOCALES[lang] ?? [lang]);
  const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(at);
  const [d, m, y, h, min] = [two(at.getUTCDate()), two(at.getUTCMonth() + 1), at.getUTCFullYear(), at.getUTCHours(), two(at.getUTCMinutes())];
  switch (slot) {
    case 'apDate':
      return `${format({ month: 'short' }).replace(/^(Jan|Feb|Aug|Oct|Nov|Dec)$/u, '$1.').replace(/^Sep$/u, 'Sept.')} ${at.getUTCDate()}, ${y}`;
    case 'shortDate':
      return format({ day: 'numeric', month: 'short', year: 'numeric' });
    case 'numDate':
      if (lang === 'sr-Latn' || lang === 'sr-Cyrl') return `${d}. ${m}. ${y}.`;
      if (lang === 'ja' || lang === 'zh') return `${y}年${Number(m)}月${Number(d)}日`;
      if (lang === 'en') return rng.pick([`${d}/${m}/${y}`, `${m}/${d}/${y}`, `${y}-${m}-${d}`]);
      return rng.pick([`${d}.${m}.${y}`, `${d}/${m}/${y}`]);
    case 'weekday':
      return format({ weekday: 'long' });
    case 'wd':
      return format({ weekday: 'short' });
    case 'time':
      return `${two(h)}:${min}`;
    case 'timeDot':
      return `${two(h)}.${min}`;
    case 'time12':
      return rng.pick([`${h % 12 || 12}:${min} ${h >= 12 ? 'PM' : 'AM'}`, `${h % 12 || 12}.${min}${h >= 12 ? 'pm' : 'am'}`, `${h % 12 || 12}:${min} ${h >= 12 ? 'p.m.' : 'a.m.'}`]);
    default:
      return format({ day: 'numeric', month: 'long', year: 'numeric' });
  }
}

// ---------------------------------------------------------------------------
// The split's interface, as bench/txt.ts uses it

/** Every phrase of a kind. */
export function unseenVocabulary(kind: string): Vocabulary {
  return UNSEEN[kind] ?? {};
}

export const UNSEEN_KINDS = Object.keys(UNSEEN);

/** Picks a phrase of a kind in a language (falling back to English) and fills its slots. */
export function unseenFurniture(kind: string, lang: FurnitureLang, rng: Rng, site: string): string {
  const phrases = unseenVocabulary(kind);
  return fillSlots(rng.pick(phrases[lang] ?? phrases.en ?? []), lang, rng, site);
}

function fillSlots(template: string, lang: FurnitureLang, rng: Rng, site: string): string {
  const domain = `${site.normalize('NFKD').replace(/[^\w]+/gu, '').toLowerCase()}.co.za`;
  // One person, one currency and no repeated topic within a line, as a page prints them.
  const name = rng.pick(NAMES[lang]);
  const currency = rng.pick(['£', '$', '€', 'R', 'A$']);
  const topics = [...TOPICS[lang]].sort(() => rng.next() - 0.5);
  return template.replace(/\{(\w+)\}/gu, (slot, key: string) => {
    switch (key) {
      case 'name':
        return name;
      case 'NAME':
        return name.toUpperCase();
      case 'name2':
        return rng.pick(NAMES[lang].filter((other) => other !== name));
      case 'agency':
        return rng.pick(AGENCIES[lang]);
      case 'place':
        return rng.pick(PLACES[lang]);
      case 'desc':
        return rng.pick(DESCRIPTIONS[lang]);
      case 'headline':
        return rng.pick(HEADLINES[lang]);
      case 'post':
        return rng.pick(POSTS[lang]);
      case 'topic':
        return topics.shift() ?? rng.pick(TOPICS[lang]);
      case 'handle':
        return rng.pick(HANDLES);
      case 'code':
        return rng.pick(['xK3vQ9mZpa', 'R2dLw8YnTc']);
      case 'domain':
        return domain;
      case 'site':
        return site;
      case 'zone':
        return rng.pick(['GMT', 'BST', 'EST', 'EDT', 'AEDT', 'SAST', 'ET']);
      case 'price':
        return `${currency}${rng.pick(['1', '2.99', '4.99', '49', '12.99', '5'])}`;
      case 'n':
        return String(rng.int(2, 48));
      case 'k':
        return String(rng.int(1, 9));
      case 'nn':
        return String(rng.int(10, 59));
      case 'date':
      case 'apDate':
      case 'shortDate':
      case 'numDate':
      case 'weekday':
      case 'wd':
      case 'time':
      case 'timeDot':
      case 'time12':
        return when(lang, rng, key);
      default:
        throw new Error(`unseen furniture: unknown slot ${slot} in ${JSON.stringify(template)}`);
    }
  });
}

/** How teasers are cut. */
const CUTS = ['…', '...', ' …', ' [...]', ' […]', '…', '..'];

export function unseenTeaser(lang: FurnitureLang, rng: Rng): { headline: string; body: string } {
  return { headline: rng.pick(HEADLINES[lang]), body: `${rng.pick(TEASER_BODIES[lang])}${rng.pick(CUTS)}` };
}

/** A dateline as the language's wires and papers open a story with it; it belongs to the story. */
export function unseenDateline(lang: FurnitureLang, rng: Rng): string {
  const place = rng.pick(PLACES[lang]);
  const agency = rng.pick(AGENCIES[lang]);
  const date = when(lang, rng, 'date');
  switch (lang) {
    case 'en':
      return rng.pick([
        `${place.toUpperCase()} (Reuters) - `,
        `${place.toUpperCase()} — `,
        `${place.toUpperCase()}, ${when(lang, rng, 'apDate').replace(/, \d{4}$/u, '')} (AP) — `,
        `${place}: `,
        `${place.toUpperCase()}, ${date.replace(/,?\s*\d{4}$/u, '')} (PTI) `,
        `${place}, ${rng.pick(['South Africa', 'Canada', 'Ireland', 'Australia'])} (AFP) — `,
        `${place.toUpperCase()} (CP) — `,
        `${place} (Bloomberg) -- `,
      ]);
    case 'sr-Latn':
      return rng.pick([`${place.toUpperCase()} - `, `${place} – `, `${place}, ${date} (${agency}) – `]);
    case 'sr-Cyrl':
      return rng.pick([`${place.toUpperCase()} – `, `${place} – `, `${place}, ${date} (${agency}) – `]);
    case 'sq':
      return rng.pick([`${place}, ${date} /${agency}/ – `, `${place.toUpperCase()} – `, `${place} - `]);
    case 'ru':
      return rng.pick([`${place.toUpperCase()}, ${date.replace(/\s*\d{4}.*$/u, '')} – ${agency}. `, `${place}, ${date.replace(/\s*\d{4}.*$/u, '')}. /${agency}/. `, `${place.toUpperCase()}, ${date.replace(/\s*\d{4}.*$/u, '')} — `]);
    case 'de':
      return rng.pick([`${place} (${agency}) - `, `${place}. `, `${place.toUpperCase()} – `]);
    case 'fr':
      return rng.pick([`${place} (${agency}) - `, `${place.toUpperCase()}, ${date.replace(/\s*\d{4}$/u, '')} (${agency}) – `, `(${agency}) - `]);
    case 'es':
      return rng.pick([`${place.toUpperCase()}, ${date.replace(/ de \d{4}$/u, '')} (${agency}) - `, `${place}, ${date.replace(/ de \d{4}$/u, '')} (${agency}).- `, `${place} (${agency}). – `]);
    case 'ar':
      return rng.pick([`${place} - (${agency}) - `, `${place} - `, `${place}، ${date} (${agency}) – `]);
    case 'ja':
      return `【${place}${agency.replace(/通信$/u, '')}】`;
    case 'zh':
      return `${agency}${place}${when(lang, rng, 'numDate').replace(/^\d{4}年/u, '')}电 `;
    default:
      return `${place} (${agency}) – `;
  }
}

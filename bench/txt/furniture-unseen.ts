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
 * `{numDate}`, `{weekday}`, `{time}` (24-hour), `{timeDot}`, `{time12}`, `{zone}`, `{n}` (2–48), `{k}` (1–9), `{nn}` (10–59), `{price}`.
 */
const UNSEEN: Record<string, Vocabulary> = {
  byline: {
    en: [
      'By {NAME}, Reuters',
      'By {name} in {place}',
      '{NAME} | Staff Writer',
      'Reporting by {name}; Editing by {name2}',
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
      'Posted by {name}',
      'Author: {name}',
    ],
    'sr-Latn': ['Autor: {name}', 'Piše: {name}', '{name} | {site}', 'Tekst: {name}, foto: {name2}', 'Izvor: Tanjug / {name}'],
    'sr-Cyrl': ['Аутор: {name}', 'Пише: {name}', '{name}, дописник из {place}', 'Текст и фото: {name}'],
    sq: ['Nga {name}', 'Shkruan: {name}', 'Autor: {name} | {site}', '{name}, gazetar'],
    ru: ['Автор: {name}', 'Текст: {name}', '{name}, корреспондент «{site}»', 'Беседовал {name}', 'Подготовил {name}'],
    de: ['Von {name}', 'Ein Beitrag von {name}', 'Von {name}, {place}', 'Autor: {name} | {site}', 'Text: {name}'],
    fr: ['Par {name}', 'Par {name}, envoyé spécial à {place}', '{name} avec {agency}', 'Propos recueillis par {name}', 'Rédigé par {name}'],
    es: ['Por {name}', 'Escrito por {name}', '{name} | Corresponsal en {place}', 'Por {NAME} / {site}', 'Redacción {site}'],
    ar: ['كتب: {name}', 'بقلم {name}', '{place} - {name}', 'تقرير: {name}'],
    pt: ['Por {name}', '{name}, de {place}'],
    cs: ['Autor: {name}', '{name}, redaktorka'],
    ja: ['記者：{name}', '文・{name}'],
    zh: ['记者 {name}', '作者：{name}'],
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
      'Updated: {shortDate}, {time} IST',
      'Published: {time12} {date}',
      'Thu {nn} Oct 2026 {timeDot} BST',
      'Last updated {k} hours ago',
      '{apDate}, Updated {k} minutes ago',
    ],
    'sr-Latn': ['Objavljeno: {numDate} u {time}', '{numDate} {time}', 'Ažurirano: {date}, {time}', '{weekday}, {date}'],
    'sr-Cyrl': ['Објављено: {numDate} у {time}', '{date} | {time}', 'Ажурирано: {numDate}', '{weekday}, {date}'],
    sq: ['Publikuar: {date}, {time}', '{numDate} | {time}', 'Përditësuar më {date}', 'Më {date}, ora {time}'],
    ru: ['Опубликовано: {date}, {time}', '{date}, {time} МСК', 'Обновлено {numDate} в {time}', '{time}, {date}', 'Сегодня в {time}'],
    de: ['Veröffentlicht am {date} um {time} Uhr', 'Stand: {numDate}, {time} Uhr', 'Aktualisiert am {weekday}, {date}', '{date}, {time} Uhr', 'Erschienen am {numDate}'],
    fr: ['Publié le {date} à {time}', 'Mis à jour le {numDate} à {time}', 'Publié le {weekday} {date}', 'Le {date} à {time}', 'Modifié le {date}'],
    es: ['Publicado el {date}', 'Actualizado: {numDate} - {time} h', '{weekday}, {date}, {time}', 'Madrid, {date}', '{date} - {time} CET'],
    ar: ['نشر في {date}', 'آخر تحديث: {date} - {time}', '{weekday} {date}', 'تاريخ النشر: {numDate}'],
    pt: ['Publicado em {date}, às {time}', 'Atualizado em {numDate}'],
    cs: ['Publikováno {numDate} {time}', 'Aktualizováno: {date}'],
    ja: ['公開日：{numDate}', '更新：{numDate} {time}'],
    zh: ['发布时间：{numDate} {time}', '更新于 {numDate}'],
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
    ar: ['يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. موافق', 'باستمرارك في تصفح الموقع فإنك توافق على سياسة الخصوصية.'],
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
      'SHARE THIS ARTICLE',
      'Tweet Share Pin it',
      'Click to share on WhatsApp (Opens in new window)',
      'Share full article',
      'WhatsApp | Telegram | Email',
    ],
    'sr-Latn': ['Podeli na Facebooku', 'Podelite: Facebook Twitter Viber', 'Podeli vest'],
    'sr-Cyrl': ['Подели на Фејсбуку', 'Подели: Facebook Twitter Viber', 'Подели вест'],
    sq: ['Shpërndaje në Facebook', 'Ndaje: Facebook Twitter WhatsApp'],
    ru: ['Поделиться в ВКонтакте', 'Поделиться: ВКонтакте Одноклассники Telegram', 'Отправить другу'],
    de: ['Artikel teilen per: Facebook X WhatsApp E-Mail', 'Link kopieren', 'Auf Facebook teilen'],
    fr: ['Partager sur Facebook Partager sur X', 'Partager l’article', 'Copier le lien'],
    es: ['Compartir en Facebook Compartir en X', 'Compartir en WhatsApp', 'Enviar por correo'],
    ar: ['شارك على فيسبوك', 'شارك الخبر: فيسبوك تويتر واتساب', 'انسخ الرابط'],
    pt: ['Compartilhe no WhatsApp'],
    cs: ['Sdílet na Facebooku'],
    ja: ['シェアする', 'この記事をシェア'],
    zh: ['分享到微信', '分享到微博'],
  },
  subscribe: {
    en: [
      'Subscribe now for unlimited access.',
      'Support independent journalism. Subscribe today for just {price} a week.',
      'This article is for subscribers only. Already a subscriber? Log in',
      'Become a member to keep reading',
      'Get unlimited digital access from {price}',
      'Follow us on Google News',
      'Join our WhatsApp channel for the latest updates',
      'Get the app: download {site} on iOS and Android',
      'Download the {site} app for breaking news alerts',
      'Catch all the latest news on our Telegram channel',
      'Like this story? Support our journalism from just {price}.',
    ],
    'sr-Latn': ['Pratite nas na Instagramu i TikToku', 'Preuzmite aplikaciju {site}', 'Budite prvi koji saznaju: pratite nas na Viberu'],
    'sr-Cyrl': ['Пратите нас на Телеграму', 'Преузмите апликацију {site}', 'Придружите се нашој Вајбер заједници'],
    sq: ['Na ndiqni në Instagram', 'Shkarkoni aplikacionin e {site}', 'Bëhuni pjesë e kanalit tonë në Viber'],
    ru: ['Подписывайтесь на наш канал в Telegram', 'Читайте нас в Дзене', 'Оформите подписку, чтобы читать дальше'],
    de: ['Jetzt weiterlesen mit {site}plus', 'Folgen Sie uns auf WhatsApp', 'Testen Sie jetzt 4 Wochen für 1 €', 'Bereits Abonnent? Hier anmelden'],
    fr: ['Abonnez-vous pour lire la suite', 'Suivez-nous sur WhatsApp', 'Déjà abonné ? Connectez-vous', 'Cet article est réservé aux abonnés.'],
    es: ['Suscríbete para seguir leyendo', 'Síguenos en WhatsApp', '¿Ya eres suscriptor? Inicia sesión', 'Únete a nuestro canal de Telegram'],
    ar: ['تابعونا على تيليغرام', 'اشترك في قناتنا على واتساب', 'حمّل تطبيق {site}'],
    pt: ['Assine para continuar lendo'],
    cs: ['Sledujte nás na Facebooku'],
    ja: ['会員登録で続きを読む'],
    zh: ['关注我们的公众号'],
  },
  ad: {
    en: ['ADVERTISEMENT - SCROLL TO CONTINUE', 'Story continues below advertisement', 'Article continues after this ad', 'Sponsored Content', 'Promoted', 'Continue reading the main story', 'Ad Feedback', 'Paid Partner Content', 'SPONSORED'],
    'sr-Latn': ['Reklama', 'Sponzorisani sadržaj', 'Tekst se nastavlja ispod oglasa'],
    'sr-Cyrl': ['Реклама', 'Спонзорисани садржај', 'Текст се наставља испод огласа'],
    sq: ['Reklama', 'Përmbajtje e sponsorizuar'],
    ru: ['Реклама', 'Партнерский материал', 'Продолжение ниже'],
    de: ['Anzeige', 'Werbung', 'Artikel wird unter der Werbung fortgesetzt'],
    fr: ['Publicité', 'Contenu sponsorisé', 'La suite après cette publicité'],
    es: ['Publicidad', 'Contenido patrocinado', 'Sigue leyendo después del anuncio'],
    ar: ['إعلان', 'محتوى برعاية', 'تابع القراءة بعد الإعلان'],
    pt: ['Publicidade', 'Continua após a publicidade'],
    cs: ['Reklama', 'Pokračování článku pod reklamou'],
    ja: ['広告', 'スポンサーリンク'],
    zh: ['广告', '推广'],
  },
  readAlso: {
    en: ['READ MORE: {headline}', 'Also read | {headline}', 'Related: {headline}', 'ALSO READ: {headline}', 'Read next: {headline}', 'RELATED STORY: {headline}', 'Recommended: {headline}', 'More on this story: {headline}', 'Don’t miss: {headline}'],
    'sr-Latn': ['Pročitajte i: {headline}', 'Vezane vesti: {headline}', 'PROČITAJTE JOŠ: {headline}'],
    'sr-Cyrl': ['Прочитајте и: {headline}', 'ПРОЧИТАЈТЕ ЈОШ: {headline}', 'Повезане вести: {headline}'],
    sq: ['Lexo edhe: {headline}', 'LEXO MË SHUMË: {headline}', 'Të ngjashme: {headline}'],
    ru: ['Читайте также: {headline}', 'По теме: {headline}', 'ЧИТАЙТЕ ТАКЖЕ: {headline}', 'Ранее: {headline}'],
    de: ['Lesen Sie auch: {headline}', 'Mehr zum Thema: {headline}', 'Auch interessant: {headline}'],
    fr: ['Lire aussi : {headline}', 'À lire aussi : {headline}', 'LIRE AUSSI >> {headline}', 'Notre article : {headline}'],
    es: ['Lea también: {headline}', 'Te puede interesar: {headline}', 'Noticia relacionada: {headline}', 'MÁS INFORMACIÓN: {headline}'],
    ar: ['اقرأ أيضًا: {headline}', 'اقرأ أيضا | {headline}', 'مواضيع ذات صلة: {headline}'],
    pt: ['Leia também: {headline}', 'Veja também: {headline}'],
    cs: ['Čtěte také: {headline}', 'Související: {headline}'],
    ja: ['関連記事：{headline}'],
    zh: ['相关阅读：{headline}'],
  },
  relatedHeading: {
    en: ['More from {site}', 'Most read', 'You may also like', 'Recommended for you', 'More stories', 'Trending now', 'Editor’s picks', 'Top Stories', 'In other news'],
    'sr-Latn': ['Najčitanije', 'Izdvajamo', 'Još iz rubrike'],
    'sr-Cyrl': ['Најчитаније', 'Издвајамо', 'Још из рубрике'],
    sq: ['Më të lexuarat', 'Lajme të tjera', 'Nga rubrika'],
    ru: ['Самое читаемое', 'Главное за день', 'Другие новости', 'Еще по теме'],
    de: ['Meistgelesen', 'Das könnte Sie auch interessieren', 'Weitere Artikel'],
    fr: ['Les plus lus', 'Sur le même sujet', 'À découvrir', 'Nos autres articles'],
    es: ['Lo más leído', 'Más noticias', 'También te puede interesar'],
    ar: ['الأكثر قراءة', 'أخبار ذات صلة', 'المزيد من الأخبار'],
    pt: ['Mais lidas', 'Veja também'],
    cs: ['Nejčtenější', 'Další zprávy'],
    ja: ['アクセスランキング', 'おすすめ記事'],
    zh: ['热门文章', '推荐阅读'],
  },
  readMore: {
    en: ['Continue reading', 'Read the full story', 'Full story »', 'Keep reading', 'Read article', 'See more'],
    'sr-Latn': ['Opširnije', 'Detaljnije', 'Pročitaj više'],
    'sr-Cyrl': ['Опширније', 'Детаљније', 'Прочитај више'],
    sq: ['Lexo më tej', 'Më shumë', 'Lexo lajmin'],
    ru: ['Подробнее', 'Читать полностью', 'Далее'],
    de: ['Weiterlesen', 'Zum Artikel', 'Mehr lesen'],
    fr: ['Lire la suite', 'Voir plus', 'Lire l’article'],
    es: ['Leer más', 'Seguir leyendo', 'Ver noticia'],
    ar: ['اقرأ المزيد', 'التفاصيل', 'تابع القراءة'],
    pt: ['Leia mais', 'Continue lendo'],
    cs: ['Číst dál', 'Celý článek'],
    ja: ['記事を読む', 'もっと見る'],
    zh: ['阅读全文', '查看更多'],
  },
  comments: {
    en: [
      'Comments ({n})|Join the conversation|Log in to comment',
      'Leave a Reply|Your email address will not be published. Required fields are marked *|Comment *|Name *|Email *|Post Comment',
      'Have your say|Comments are closed for this article.',
      '{n} comments|Sort by: Newest|Add a comment...',
      'Conversation|Start the conversation|Sign in to comment',
      'Comments|Show comments',
    ],
    'sr-Latn': ['Komentari ({n})|Ostavite komentar|Vaše ime|Pošalji', 'Komentari|Pravila komentarisanja|Prikaži sve komentare'],
    'sr-Cyrl': ['Коментари ({n})|Оставите коментар|Ваше име|Пошаљи', 'Коментари|Правила коментарисања|Прикажи све коментаре'],
    sq: ['Komente ({n})|Lini një koment|Emri|Dërgo', 'Komentet|Shiko komentet'],
    ru: ['Комментарии ({n})|Оставить комментарий|Войдите, чтобы комментировать', 'Обсуждение|Написать комментарий|Отправить'],
    de: ['Kommentare ({n})|Kommentar schreiben|Jetzt anmelden und mitdiskutieren', 'Diskutieren Sie mit|Kommentar verfassen|Absenden'],
    fr: ['Réagir ({n})|Laisser un commentaire|Connectez-vous pour commenter', 'Commentaires|Votre commentaire|Envoyer'],
    es: ['Comentarios ({n})|Deja tu comentario|Inicia sesión para comentar', 'Comentarios|Normas de participación|Enviar'],
    ar: ['التعليقات ({n})|أضف تعليقك|الاسم|إرسال', 'التعليقات|اكتب تعليقا'],
    pt: ['Comentários ({n})|Deixe seu comentário|Enviar'],
    cs: ['Diskuse ({n})|Přidat komentář'],
    ja: ['コメント（{n}）|コメントを書く'],
    zh: ['评论（{n}）|发表评论'],
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
    en: ['© 2026 {site}. All rights reserved.', 'Copyright © {site} 2026', '© Copyright {agency} 2026', '© 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.', 'All content © {site} 2026 unless otherwise noted', '(c) {site} Ltd 2026'],
    'sr-Latn': ['© 2026 {site}. Sva prava zadržana.', 'Zabranjeno preuzimanje sadržaja bez dozvole redakcije.'],
    'sr-Cyrl': ['© 2026 {site}. Сва права задржана.', 'Забрањено преузимање садржаја без дозволе редакције.'],
    sq: ['© 2026 {site}. Të gjitha të drejtat e rezervuara.', 'Ndalohet riprodhimi pa lejen e redaksisë.'],
    ru: ['© 2026 {site}. Все права защищены.', 'При цитировании ссылка на {site} обязательна.'],
    de: ['© {site} 2026 – Alle Rechte vorbehalten', '© dpa-infocom, dpa:{numDate}'],
    fr: ['© {site} 2026 - Tous droits réservés', 'Reproduction interdite sans autorisation.'],
    es: ['© {site} 2026. Todos los derechos reservados.', 'Prohibida su reproducción total o parcial.'],
    ar: ['© 2026 {site}. جميع الحقوق محفوظة.', 'جميع الحقوق محفوظة لـ {site}'],
    pt: ['© 2026 {site}. Todos os direitos reservados.'],
    cs: ['© 2026 {site}. Všechna práva vyhrazena.'],
    ja: ['© 2026 {site} 無断転載禁止'],
    zh: ['版权所有 © 2026 {site}'],
  },
  nav: {
    en: ['Home > News > World', 'Home / Business / Markets', 'NEWS | SPORT | BUSINESS | OPINION | LIFESTYLE', 'Skip to main content', 'Menu Search Sign in', 'World Politics Business Tech Science Health', 'You are here: Home » Local News'],
    'sr-Latn': ['Naslovna / Vesti / Politika', 'Početna » Hronika', 'Vesti Sport Biznis Zabava'],
    'sr-Cyrl': ['Насловна / Вести / Друштво', 'Почетна » Хроника', 'Вести Спорт Економија Култура'],
    sq: ['Ballina / Lajme / Politikë', 'Kryefaqja » Sport'],
    ru: ['Главная / Новости / Политика', 'Главная → Экономика', 'Новости Политика Экономика Спорт'],
    de: ['Startseite > Politik > Ausland', 'Home / Wirtschaft / Börse', 'Politik Wirtschaft Sport Kultur Panorama'],
    fr: ['Accueil > International > Europe', 'Accueil / Société', 'Actualité Politique Économie Sport'],
    es: ['Inicio > Internacional', 'Portada / España / Política', 'Nacional Internacional Economía Deportes'],
    ar: ['الرئيسية > أخبار > عربي ودولي', 'الرئيسية / اقتصاد'],
    pt: ['Início > Mundo', 'Home / Política'],
    cs: ['Úvod > Zprávy > Domácí'],
    ja: ['ホーム > ニュース > 国際'],
    zh: ['首页 > 新闻 > 国际'],
  },
  caption: {
    en: [
      '{desc} (AP Photo/{name})',
      '{desc}. Photograph: {name}/{agency}',
      '{desc} | Photo Credit: {name}',
      '{desc}. Picture: {name}',
      '{desc} (Photo by {name}/Getty Images)',
      '{desc} CREDIT: {NAME}/{agency}',
      '{desc} Image: Supplied',
      '{desc}. (Photo: {name}/The Canadian Press)',
      'Photo: {desc} ({agency})',
      '{desc}. Credit: {name}',
      '{desc} — File photo',
      'PHOTO: {desc} (Reuters: {name})',
      '{desc} (Image: {agency})',
      '{desc}. Pic: {name}',
    ],
    'sr-Latn': ['{desc} (Foto: {name})', 'Foto: {agency} / {desc}', '{desc} FOTO: {agency}', '{desc} | Foto: Printscreen'],
    'sr-Cyrl': ['{desc} (Фото: {name})', 'ФОТО: {agency}', '{desc} / Фото: {agency}', '{desc} Фото: Shutterstock'],
    sq: ['{desc} (Foto: {agency})', 'Foto: {name}', '{desc} / Foto ilustruese'],
    ru: ['{desc}. Фото: {agency}', 'Фото: {name} / {agency}', '{desc} © {agency}', '{desc} (Фото: пресс-служба)'],
    de: ['{desc}. Foto: {name}/dpa', '{desc} (Bild: {agency})', 'Foto: picture alliance / {agency}', '{desc} © {name}/{agency}'],
    fr: ['{desc}. (Photo {name}/AFP)', '{desc} © {name} / {agency}', 'Photo d’illustration : {desc}', '{desc} Crédit photo : {agency}'],
    es: ['{desc}. (Foto: {agency})', '{desc} | EFE/{name}', 'Imagen de archivo: {desc}', '{desc} Foto: {name} / EFE'],
    ar: ['{desc} (صورة: {agency})', 'صورة أرشيفية: {desc}', '{desc} - تصوير: {name}'],
    pt: ['{desc} (Foto: {name}/Folhapress)', '{desc} — Foto: {agency}'],
    cs: ['{desc} (Foto: ČTK)'],
    ja: ['{desc}（写真：{agency}）'],
    zh: ['{desc}（图片来源：{agency}）'],
  },
  readingTime: {
    en: ['{k} min read', 'Reading time: {k} minutes', '⏱ {k} min', 'Estimated read time {k} minutes'],
    'sr-Latn': ['Vreme čitanja: {k} min', 'Čitanje: {k} min.'],
    'sr-Cyrl': ['Време читања: {k} мин', 'Читање: {k} мин.'],
    sq: ['Koha e leximit: {k} min'],
    ru: ['Время чтения: {k} мин.', '{k} минуты на чтение'],
    de: ['Lesezeit: {k} Min.', '{k} Minuten Lesezeit'],
    fr: ['Temps de lecture : {k} min', 'Lecture {k} min.'],
    es: ['Tiempo de lectura: {k} min', 'Lectura: {k} minutos'],
    ar: ['وقت القراءة: {k} دقائق', 'دقيقة قراءة {k}'],
    pt: ['Tempo de leitura: {k} min'],
  },
  listen: {
    en: ['Listen to this article\n{k}:{nn}', 'Audio: listen to this story', 'Listen · {k} min', '▶ Listen to article'],
    'sr-Latn': ['Poslušajte vest', 'Slušaj tekst'],
    'sr-Cyrl': ['Послушајте вест', 'Слушај текст'],
    sq: ['Dëgjo lajmin'],
    ru: ['Слушать статью', 'Прослушать новость'],
    de: ['Artikel anhören\n{k}:{nn} Min.', 'Vorlesen lassen'],
    fr: ['Écouter cet article', 'Écouter l’article ({k} min)'],
    es: ['Escuchar noticia', 'Escucha este artículo'],
    ar: ['استمع إلى المقال', 'استمع للخبر'],
  },
  gallery: {
    en: ['Gallery: {n} photos', '{k} of {n}', 'View all {n} images', 'PHOTOS: {desc}', 'Open gallery\n{n} images'],
    'sr-Latn': ['Galerija ({n} fotografija)', 'FOTO GALERIJA'],
    'sr-Cyrl': ['Галерија ({n} фотографија)', 'ФОТО ГАЛЕРИЈА'],
    sq: ['Galeria: {n} foto', 'FOTOGALERI'],
    ru: ['Фотогалерея: {n} фото', '{k} из {n}'],
    de: ['Bildergalerie: {n} Bilder', 'Bild {k} von {n}', 'Zur Bildergalerie'],
    fr: ['Diaporama : {n} photos', 'Photo {k} sur {n}'],
    es: ['Galería: {n} fotos', 'Foto {k} de {n}', 'Ver galería'],
    ar: ['معرض الصور: {n} صورة', 'صورة {k} من {n}'],
  },
  embed: {
    en: ['{post}\n— {name} (@{handle}) {apDate}', 'View this post on Instagram\nA post shared by {name} (@{handle})', 'Twitter content\nThis content can’t be displayed in your browser', '{post} pic.twitter.com/{code}\n— {handle} {apDate}'],
    'sr-Latn': ['{post}\n— {name} (@{handle}) {date}', 'Pogledajte ovu objavu na Instagramu'],
    'sr-Cyrl': ['{post}\n— {name} (@{handle}) {date}', 'Погледајте ову објаву на Инстаграму'],
    sq: ['{post}\n— {name} (@{handle}) {date}', 'Shikoni këtë postim në Instagram'],
    ru: ['{post}\n— {name} (@{handle}) {date}', 'Посмотреть эту публикацию в Instagram'],
    de: ['{post}\n— {name} (@{handle}) {date}', 'Externer Inhalt\nUm diesen Inhalt zu sehen, müssen Sie zustimmen.'],
    fr: ['{post}\n— {name} (@{handle}) {date}', 'Contenu externe\nCe contenu n’est pas disponible.'],
    es: ['{post}\n— {name} (@{handle}) {date}', 'Ver esta publicación en Instagram'],
    ar: ['{post}\n— {name} (@{handle}) {date}', 'شاهد هذا المنشور على إنستغرام'],
  },
  bio: {
    en: ['{name} is a senior reporter at {site} covering politics and the courts.', 'About the author\n{name} writes about health and science for {site}. Follow {name} on X @{handle}.', '{name} is {site}’s {place} bureau chief.', 'Contact the author: {handle}@{domain}'],
    'sr-Latn': ['{name} je novinar portala {site} i piše o ekonomiji.', 'O autoru\n{name} prati politiku i pravosuđe.'],
    'sr-Cyrl': ['{name} је новинар портала {site} и пише о економији.', 'О аутору\n{name} прати политику и правосуђе.'],
    sq: ['{name} është gazetar i {site}.', 'Rreth autorit\n{name} mbulon politikën.'],
    ru: ['{name} — обозреватель «{site}».', 'Об авторе\n{name} пишет об экономике.'],
    de: ['{name} ist Redakteur im Ressort Politik von {site}.', 'Über den Autor\n{name} berichtet aus {place}.'],
    fr: ['{name} est journaliste au service Politique de {site}.', 'À propos de l’auteur\n{name} couvre l’actualité judiciaire.'],
    es: ['{name} es periodista de {site} especializado en economía.', 'Sobre el autor\n{name} cubre política internacional.'],
    ar: ['{name} صحفي في {site} يغطي الشؤون السياسية.', 'عن الكاتب\n{name} محرر الشؤون الاقتصادية.'],
  },
  price: {
    en: ['{price} at Amazon', 'Buy now: {price}, Currys', 'Was {price}, now {price}', '£{nn}.99 at John Lewis', 'We may earn a commission when you buy through links on our site.'],
    'sr-Latn': ['Cena: {nn}.990 dinara', 'Akcija: {nn}% popusta'],
    'sr-Cyrl': ['Цена: {nn}.990 динара', 'Акција: {nn}% попуста'],
    sq: ['Çmimi: {nn} euro', 'Oferta: -{nn}%'],
    ru: ['Цена: {nn} 990 ₽', 'Скидка {nn}%'],
    de: ['Preis: {nn},99 Euro bei Amazon', 'Jetzt kaufen', '*Affiliate-Link'],
    fr: ['{nn},99 € chez Fnac', 'Voir l’offre'],
    es: ['{nn},99 € en Amazon', 'Ver oferta'],
    ar: ['السعر: {nn} دولارا', 'اشتر الآن'],
  },
  newsletter: {
    en: ['Sign up for our free morning newsletter\nThe day’s top stories, in your inbox before 7am.\nEnter your email address\nSign up\nBy signing up you agree to our Terms of Use and Privacy Policy', 'Newsletter\nGet the best of {site} delivered to your inbox\nEmail address\nSubscribe', 'Don’t miss a thing\nSign up to our daily briefing.\nYour email\nSubmit'],
    'sr-Latn': ['Prijavite se na naš newsletter\nNajvažnije vesti dana u vašem inboxu\nVaša email adresa\nPrijavi se'],
    'sr-Cyrl': ['Пријавите се на наш билтен\nНајважније вести дана у вашем инбоксу\nВаша имејл адреса\nПријави се'],
    sq: ['Regjistrohu në buletinin tonë\nLajmet kryesore çdo mëngjes\nEmaili juaj\nRegjistrohu'],
    ru: ['Подпишитесь на рассылку\nГлавные новости дня на вашу почту\nВаш e-mail\nПодписаться'],
    de: ['Newsletter abonnieren\nDie wichtigsten Nachrichten jeden Morgen in Ihrem Postfach\nIhre E-Mail-Adresse\nJetzt anmelden'],
    fr: ['Inscrivez-vous à notre newsletter\nL’essentiel de l’actualité chaque matin\nVotre adresse e-mail\nJe m’inscris'],
    es: ['Suscríbete a nuestro boletín\nLas noticias más importantes cada mañana\nTu correo electrónico\nSuscribirme'],
    ar: ['اشترك في نشرتنا البريدية\nأهم الأخبار يوميا في بريدك\nبريدك الإلكتروني\nاشترك'],
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

/** Whether the vocabulary has a kind in the language or in English. */
export function unseenHasKind(kind: string, lang: FurnitureLang): boolean {
  const phrases = unseenVocabulary(kind);
  return (phrases[lang] ?? phrases.en ?? []).length > 0;
}

/** Picks a phrase of a kind in a language (falling back to English) and fills its slots. */
export function unseenFurniture(kind: string, lang: FurnitureLang, rng: Rng, site: string): string {
  const phrases = unseenVocabulary(kind);
  return fillSlots(rng.pick(phrases[lang] ?? phrases.en ?? []), lang, rng, site);
}

function fillSlots(template: string, lang: FurnitureLang, rng: Rng, site: string): string {
  const domain = `${site.normalize('NFKD').replace(/[^\w]+/gu, '').toLowerCase()}.co.za`;
  return template.replace(/\{(\w+)\}/gu, (slot, key: string) => {
    switch (key) {
      case 'name':
      case 'name2':
        return rng.pick(NAMES[lang]);
      case 'NAME':
        return rng.pick(NAMES[lang]).toUpperCase();
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
        return rng.pick(TOPICS[lang]);
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
        return rng.pick(['£1', '$2.99', '€4.99', 'R49', '£12.99', 'A$5']);
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
        `${place.toUpperCase()}, ${date.replace(/\s*\d{4}$/u, '')} (PTI) `,
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
    default:
      return `${place} (${agency}) – `;
  }
}

/**
 * The fresh furniture vocabulary of `bench:txt`: the third split, `fresh`.
 *
 * Written from how real sites word their page furniture in the 2020s (wire
 * services; UK, US, Australian and Indian papers; Balkan portals in Serbian
 * Latin and Cyrillic and in Albanian; Russian, German, French, Spanish and
 * Arabic sites), by someone who had not read the cleaner, its phrase lists or
 * the other two vocabularies' held-out and retired halves. Its names, places,
 * agencies, photo descriptions, headlines, teaser bodies, dates and datelines
 * are its own too.
 *
 * It is never studied: no one tunes the cleaner on its failures, and `--show`
 * on it is for the person who reports the figures, not for the cleaner's
 * authors. Once someone has tuned against it, it stops being fresh and a new
 * one has to be written by someone else. `bench/txt.ts` checks at start-up that
 * no line of it is a line of the other vocabularies (case, punctuation and
 * slot names ignored) and that no "Label: {headline}" label is shared.
 */
import type { FurnitureLang, Rng } from './furniture.js';

export type Vocabulary = Partial<Record<FurnitureLang, readonly string[]>>;

/**
 * Slots: `{name}` `{NAME}` `{name2}` `{NAME2}` (people), `{agency}`, `{place}`,
 * `{desc}` (what a photo shows), `{headline}`, `{site}`, `{handle}`, `{email}`,
 * `{post}` (an embedded post's text), `{date}` (the language's long date),
 * `{apDate}` (AP style), `{shortDate}`, `{numDate}`, `{weekday}`, `{wd}`,
 * `{time}` (24-hour), `{timeDot}` (14.05), `{time12}`, `{n}` (2–48), `{k}` (1–9), `{nn}` (10–59).
 */
const FRESH: Record<string, Vocabulary> = {
  byline: {
    en: [
      'By {NAME} and {NAME2} Associated Press',
      'By {NAME} FOR MAILONLINE',
      '{name}, {place} correspondent',
      '{name}, Home Affairs Editor',
      'Written by {name} | Edited by {name2}',
      '{name} | TNN',
      'Express News Service',
      'By {name}, USA TODAY',
      'Article by {name} | {site} correspondent',
      '{name} and {name2}, CNN',
      'By {name} · {site} Staff',
      '{name}, ABC News',
      'Press Trust of India',
      'From {name} in {place} for {site}',
      'Analysis by {name}, CNN',
      'Perspective by {name}',
    ],
    'sr-Latn': ['Autor: {name} | {site}', '{name} | N1 Beograd', 'Izvor: {agency}', 'Priredio: {name} | {site}', 'Piše: {name} | foto: {name2}', '{name}, novinarka {site}'],
    'sr-Cyrl': ['Аутор: {name} | {site}', 'Извор: {agency}', 'Приредио: {name} | {site}', '{name}, дописница {site}', '{name}, новинар'],
    sq: ['{name} | {site}', 'Burimi: {agency}', 'Shkruar nga {name}', 'Nga: {name}, gazetare', 'Raportoi: {name}'],
    ru: ['{name}, обозреватель отдела политики', 'Текст: {name} Фото: {name2}', 'Редактор: {name}', 'Подготовила {name}', '{name}, специальный корреспондент', 'Автор материала: {name}'],
    de: ['Ein Artikel von {name}', '{name} (dpa)', 'Von {name}, {place}', 'Eine Reportage von {name}, {place}', '{name} | Redakteur', '{name} und {name2}, {place}'],
    fr: ['Par {name} (avec AFP)', '{name} (correspondante à {place})', 'Rédigé par {name}', 'Le {site} avec AFP', 'Propos recueillis par {name} et {name2}', 'Par notre correspondante à {place}, {name}'],
    es: ['{name} | {place}', '{site} / Agencias', '{name} (EFE)', 'Por {name} | {site}', '{name}, corresponsal en {place}', 'Texto: {name} Fotos: {name2}'],
    ar: ['{site} - {name}', 'متابعات - {site}', '{name} - {site}', 'كتبت: {name}', '{place} - {agency}'],
    pt: ['Por {name}, de {place}', 'Redação {site}'],
    cs: ['{name}, redaktorka', 'Autor: {name}, {agency}'],
    ja: ['{name}記者', '（{name}）'],
    zh: ['本报记者 {name}', '来源：{agency}'],
  },
  timestamp: {
    en: [
      'Updated {time12} EST, {wd} {date}',
      'Published {time12} ET {apDate}',
      '{wd} {shortDate} {timeDot} GMT',
      'Last updated at {time} {date}',
      'Updated: {shortDate}, {time} IST',
      'Posted {wd} {shortDate} at {time12}',
      'Updated {apDate} {time12} ET',
      'Published {date} at {time12} AEDT',
      'Updated {n} mins ago',
      'Published: {time} BST, {date} | Updated: {time} BST, {date}',
      'Last Updated: {date}',
      'UPDATED: {shortDate}',
    ],
    'sr-Latn': ['{numDate} u {time}', '{weekday}, {date} {time}', 'Izmenjeno: {numDate} {time}', '{time} > {numDate}', 'Datum: {numDate} | Vreme: {time}'],
    'sr-Cyrl': ['{numDate} у {time}', '{weekday}, {date} {time}', 'Измењено: {numDate} {time}', '{time} > {numDate}', 'Датум: {numDate} | Време: {time}'],
    sq: ['{numDate} - {time}', 'Publikuar më: {date}, {time}', 'Përditësimi i fundit: {numDate}', 'Sot, {time}', '{weekday}, {date}'],
    ru: ['сегодня в {time}', 'вчера, {time}', '{date}, {time} (мск)', 'Обновлено {numDate} в {time}', '{time}, {date}', 'Обновлено сегодня в {time}'],
    de: ['Stand: {numDate} {time} Uhr', 'Aktualisiert am {date} um {time} Uhr', '{wd}, {numDate}', 'Erschienen am {date}', 'veröffentlicht: {numDate}, {time} Uhr', 'Letzte Aktualisierung: {date}, {time} Uhr'],
    fr: ['Publié le {numDate} à {time}', 'Modifié le {numDate} à {time}', 'Mis à jour le {numDate}', 'Publié aujourd’hui à {time}', 'le {date} à {time}', '{weekday} {date} à {time}'],
    es: ['Actualizado a las {time} h', 'Actualizado {date} - {time} CET', 'Madrid - {date}', '{numDate} {time} h', 'Publicado: {date}', '{weekday}, {date}, {time}'],
    ar: ['{date} | {time}', 'نشر بتاريخ: {date} - {time}', 'آخر تحديث: {numDate} - {time}', 'الأحد، {date}', 'منذ {k} دقائق'],
    pt: ['{numDate} às {time}', 'Atualizado há {n} minutos'],
    cs: ['{date} {time}', 'Aktualizováno {date} v {time}'],
    ja: ['{date} {time}配信', '最終更新：{numDate}'],
    zh: ['发布时间：{numDate} {time}', '{numDate} 来源：{site}'],
  },
  cookie: {
    en: [
      'We care about your privacy. We and our 842 partners use cookies and similar technologies to personalise content and ads and measure audiences. Accept all Reject all Show purposes',
      'Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use. To find out more, including how to control cookies, see here: Cookie Policy',
      'Let us know you agree to cookies. We use cookies to give you the best online experience. Yes, I agree No, take me to settings',
      'We use cookies and data to deliver and maintain services, measure audience engagement and show personalised ads. Accept all Reject all More options',
      'By using this site, you agree to the Privacy Policy and Terms of Use.',
      'Do Not Sell or Share My Personal Information',
      'This website stores data such as cookies to enable essential site functionality, as well as marketing, personalization, and analytics. Data Storage Policy',
      'Manage Cookie Consent',
    ],
    'sr-Latn': [
      'Ovaj veb-sajt koristi kolačiće (cookies) kako bi vam pružio bolje korisničko iskustvo. Slažem se',
      'Korišćenjem ovog sajta pristajete na upotrebu kolačića u skladu sa našom Politikom privatnosti. U redu',
      'Ovaj sajt koristi kolačiće radi analitike i prikaza personalizovanih reklama. Prihvatam Odbijam',
    ],
    'sr-Cyrl': [
      'Овај веб-сајт користи колачиће (cookies) како би вам пружио боље корисничко искуство. Слажем се',
      'Коришћењем овог сајта пристајете на употребу колачића у складу са нашом Политиком приватности. У реду',
    ],
    sq: [
      'Kjo uebfaqe përdor "cookies" për t’ju ofruar përvojën më të mirë të mundshme. Pranoj',
      'Duke përdorur këtë faqe, ju pajtoheni me Politikën e Privatësisë dhe Kushtet e Përdorimit. Në rregull',
    ],
    ru: [
      'Продолжая использовать наш сайт, вы даете согласие на обработку файлов cookie и пользовательских данных в соответствии с Политикой конфиденциальности. Хорошо',
      'Мы используем куки для аналитики и показа рекламы. Понятно',
      'Этот сайт использует cookies и сервис Яндекс Метрика. Принять',
    ],
    de: [
      'Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren. Alle akzeptieren Einstellungen',
      'Werbefrei lesen mit PUR-Abo oder mit Werbung und Tracking weiterlesen. Zustimmen',
      'Datenschutzeinstellungen: Wir benötigen Ihre Einwilligung, bevor Sie unsere Website weiter besuchen können. Akzeptieren',
      'Mit Klick auf „Alle akzeptieren“ stimmen Sie der Verarbeitung Ihrer Daten durch uns und unsere Partner zu.',
    ],
    fr: [
      'Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles. Accepter et fermer Continuer sans accepter',
      'Vos choix concernant les cookies : Tout accepter Tout refuser Personnaliser',
      'En cliquant sur « Accepter », vous consentez à l’utilisation de traceurs par nos partenaires.',
    ],
    es: [
      'Este sitio web utiliza cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias. Aceptar Rechazar Configurar',
      'Aviso de cookies: al continuar navegando consideramos que acepta nuestra política. Más información',
      'Gestionar consentimiento',
    ],
    ar: ['يستخدم موقعنا ملفات الكوكيز لضمان حصولك على أفضل تجربة. موافق', 'باستخدامك لهذا الموقع، فإنك توافق على سياسة الخصوصية وشروط الاستخدام.', 'نحن نستخدم الكوكيز. قبول رفض'],
    pt: ['Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa Política de Privacidade. Prosseguir'],
    cs: ['Souhlasím s použitím cookies pro personalizaci obsahu a reklam. Přijmout vše'],
    ja: ['本サイトは利便性向上のためCookieを利用しています。同意する'],
    zh: ['我们使用Cookie来提升您的浏览体验。继续浏览即表示您同意。接受'],
  },
  share: {
    en: [
      'Share this story',
      'Share via',
      'Tweet Share Email',
      'Facebook Twitter Flipboard Email',
      'Share on X',
      'Share this with Email Facebook Messenger Twitter Pinterest WhatsApp LinkedIn',
      'Send by email',
      'Print article',
      'Share full article',
      'Save Share',
      'SHARE',
      'Share to WhatsApp',
      'Gift Article',
    ],
    'sr-Latn': ['Podelite vest', 'Podeli na: Facebook Twitter Viber WhatsApp', 'Pošalji na Viber', 'Štampaj vest'],
    'sr-Cyrl': ['Подели вест', 'Подели на: Фејсбук Твитер Вајбер', 'Пошаљи на Вајбер', 'Штампај вест'],
    sq: ['Shpërnda këtë lajm', 'Ndaje: Facebook Twitter Viber', 'Printo artikullin'],
    ru: ['Поделиться в соцсетях', 'Отправить в Telegram', 'ВК ОК Telegram Скопировать ссылку', 'Версия для печати', 'Поделиться новостью'],
    de: ['Teilen Sie diesen Artikel', 'Auf X teilen', 'Per WhatsApp teilen', 'Merken Teilen Drucken', 'Artikel als Geschenk versenden'],
    fr: ['Partager sur X', 'Partager via WhatsApp', 'Facebook X E-mail Copier le lien', 'Imprimer l’article', 'Partager l’article'],
    es: ['Compartir en X', 'Compartir por WhatsApp', 'Guardar Compartir', 'Copiar enlace Facebook X WhatsApp', 'Compartir la noticia'],
    ar: ['شارك هذا الخبر', 'مشاركة عبر واتساب', 'فيسبوك تويتر واتساب تلغرام', 'طباعة الخبر'],
    pt: ['Compartilhe esta notícia', 'Compartilhar no WhatsApp'],
    cs: ['Sdílet článek', 'Sdílet na X'],
    ja: ['この記事をシェア', 'Xでポスト'],
    zh: ['分享到朋友圈', '分享到：'],
  },
  subscribe: {
    en: [
      'Get our free daily newsletter',
      'Sign up to our free Morning Briefing email',
      'Subscribe to continue reading',
      'Already have an account? Sign in here',
      'Get unlimited digital access',
      'Follow us on Google News',
      'Join our WhatsApp channel for the latest updates',
      'Catch all the latest news on our Telegram channel',
      'Download The {site} app',
      'Never miss a story: follow {site} on Google News',
      'Unlock unlimited access for $1/week',
      'Get the latest news straight to your inbox',
      'Want to read more? Subscribe today',
      'Follow {site} on Instagram, Facebook and X',
    ],
    'sr-Latn': ['Pratite nas i na Telegramu', 'Preuzmite našu Android i iOS aplikaciju', 'Prijavite se za naš bilten', 'Budite prvi koji će saznati najnovije vesti: pratite nas na X-u'],
    'sr-Cyrl': ['Придружите се нашем Телеграм каналу', 'Пријавите се за наш дневни билтен', 'Инсталирајте нашу апликацију', 'Пратите нас и на Фејсбуку'],
    sq: ['Bashkohuni në kanalin tonë në Telegram', 'Regjistrohu për buletinin ditor', 'Shkarkoni aplikacionin për Android dhe iOS', 'Abonohu në kanalin tonë në YouTube'],
    ru: ['Читайте нас в Дзене и Telegram', 'Больше новостей в нашем Telegram-канале', 'Подпишитесь, чтобы читать дальше', 'Следите за новостями в нашем канале на Max'],
    de: ['Folgen Sie uns auf WhatsApp', 'Jetzt kostenlos registrieren', 'Jetzt weiterlesen mit Abo', 'Mehr Nachrichten in unserer App', 'Folgen Sie {site} auch auf Instagram'],
    fr: ['Suivez-nous sur WhatsApp', 'Abonnez-vous pour lire la suite', 'Recevez chaque matin notre newsletter', 'Téléchargez l’application {site}', 'Suivez {site} sur Google Actualités'],
    es: ['Síguenos en WhatsApp', 'Suscríbete para seguir leyendo', 'Recibe nuestra newsletter diaria', 'Descárgate la app de {site}', 'Sigue a {site} en Google Noticias'],
    ar: ['تابعونا على تلغرام', 'اشترك في قناتنا على واتساب', 'سجل في النشرة البريدية', 'تابعوا آخر الأخبار عبر تطبيقنا', 'تابعوا {site} على جوجل نيوز'],
    pt: ['Siga o {site} no WhatsApp', 'Assine para continuar lendo'],
    cs: ['Sledujte nás na Instagramu', 'Předplaťte si neomezený přístup'],
    ja: ['LINEで友だち追加', '有料会員になると続きをお読みいただけます'],
    zh: ['关注我们的微信公众号', '下载客户端，阅读更多'],
  },
  ad: {
    en: [
      'ADVERTISEMENT - SCROLL TO CONTINUE',
      'SKIP ADVERTISEMENT',
      'Ad Feedback',
      'Sponsored',
      'Partner content',
      'Article continues below',
      'Promoted Content',
      'This content is paid for by an advertiser',
      'You May Like Sponsored Links by Taboola',
      'Recommended by Outbrain',
      'Ad',
    ],
    'sr-Latn': ['Marketing', 'Promotivni sadržaj', 'Sponzorisano', 'Nastavak teksta ispod reklame'],
    'sr-Cyrl': ['Маркетинг', 'Промотивни садржај', 'Спонзорисано', 'Наставак текста испод рекламе'],
    sq: ['Hapësirë reklamuese', 'Sponsorizuar', 'Artikulli vazhdon më poshtë'],
    ru: ['Реклама 18+', 'Реклама. ООО «Медиаплюс», ИНН 7701234567, erid: 2Vtzqx9LmKd', 'Спецпроект', 'Читайте продолжение ниже'],
    de: ['Weiter nach der Anzeige', 'Sponsored Post', 'Promotion', 'Anzeige | Werbung'],
    fr: ['Contenu partenaire', 'Annonce', 'Publi-rédactionnel', 'Article sponsorisé'],
    es: ['Anuncio', 'Patrocinado', 'Ofrecido por', 'Continúa después de la publicidad'],
    ar: ['إعلانات', 'محتوى برعاية', 'تابع القراءة بعد الإعلان'],
    pt: ['Anúncio', 'Conteúdo de marca'],
    cs: ['Inzerce', 'Pokračování článku pod reklamou'],
    ja: ['プロモーション', '記事の続きは広告の後で'],
    zh: ['赞助内容', '广告 继续阅读'],
  },
  readAlso: {
    en: [
      'ALSO READ | {headline}',
      'Watch the video: {headline}',
      'Read next: {headline}',
      'LIVE BLOG | {headline}',
      'Explained: {headline}',
      'NEWS ANALYSIS: {headline}',
      'SEE IT: {headline}',
      'PHOTOS: {headline}',
      'In case you missed it: {headline}',
      '► {headline}',
      '>> {headline}',
    ],
    'sr-Latn': ['Možda vas zanima: {headline}', 'Vezane vesti: {headline}', 'Pročitajte takođe: {headline}', 'Pogledajte još: {headline}', 'FOTO I VIDEO: {headline}'],
    'sr-Cyrl': ['Можда вас занима: {headline}', 'Везане вести: {headline}', 'Прочитајте такође: {headline}', 'Погледајте још: {headline}'],
    sq: ['Lexoni gjithashtu: {headline}', 'LEXO: {headline}', 'Mos humbisni: {headline}', 'Shiko: {headline}'],
    ru: ['Ранее: {headline}', 'Читайте по теме: {headline}', 'Еще по теме: {headline}', 'Главное за день: {headline}'],
    de: ['Lesen Sie hierzu auch: {headline}', 'Auch lesenswert: {headline}', 'Passend zum Thema: {headline}', 'Lesetipp: {headline}'],
    fr: ['À lire également : {headline}', 'Le contexte : {headline}', 'Voir aussi : {headline}', 'Notre analyse : {headline}'],
    es: ['Lea también: {headline}', 'Más información: {headline}', 'Le puede interesar: {headline}', 'Te recomendamos: {headline}'],
    ar: ['طالع أيضا: {headline}', 'تابع أيضا: {headline}', 'للمزيد: {headline}', 'أخبار ذات صلة: {headline}'],
    pt: ['Leia mais: {headline}', 'Saiba mais: {headline}'],
    cs: ['Přečtěte si také: {headline}', 'Mohlo by vás zajímat: {headline}'],
    ja: ['あわせて読む：{headline}'],
    zh: ['推荐阅读：{headline}'],
  },
  relatedHeading: {
    en: ['More stories', 'Recommended for you', 'Read next', 'Top Headlines', 'Explore more', 'RELATED COVERAGE', 'Most read', 'Popular Now', 'Up next', 'In other news'],
    'sr-Latn': ['Urednici preporučuju', 'Iz drugih rubrika', 'Još vesti iz rubrike'],
    'sr-Cyrl': ['Уредници препоручују', 'Из других рубрика', 'Још вести из рубрике'],
    sq: ['Të rekomanduara', 'Më shumë nga rubrika', 'Lajme të tjera'],
    ru: ['Самое интересное за неделю', 'Новости партнеров', 'Другие материалы рубрики', 'Главное за сутки'],
    de: ['Unsere Empfehlungen', 'Weitere Nachrichten aus der Region', 'Aktuelle Themen', 'Ebenfalls lesenswert'],
    fr: ['À découvrir', 'Nos dernières actualités', 'À lire sur le même thème', 'Les plus partagés'],
    es: ['Más noticias', 'Contenido recomendado', 'Noticias destacadas', 'Lo último'],
    ar: ['أخبار متعلقة', 'المزيد من الأخبار', 'اخترنا لك'],
    pt: ['Veja também', 'Mais notícias'],
    cs: ['Další články z rubriky', 'Vybrali jsme pro vás'],
    ja: ['おすすめ記事', 'この記事を読んだ人におすすめ'],
    zh: ['为你推荐', '热点推荐'],
  },
  readMore: {
    en: ['Read full story', 'Read the full article', 'Open the article', 'See full story', 'Continue to article »', 'Read on', 'Find out more', 'Click here to read more'],
    'sr-Latn': ['Saznajte više', 'Pogledaj više', 'Cela vest'],
    'sr-Cyrl': ['Сазнајте више', 'Погледај више', 'Цела вест'],
    sq: ['Lexo më tepër', 'Lexo lajmin', 'Vazhdo leximin'],
    ru: ['Читать материал полностью', 'Читать дальше', 'Далее'],
    de: ['Mehr lesen', 'Artikel lesen', 'mehr ›'],
    fr: ['Lire la suite de l’article', 'Découvrir l’article', 'Lire plus'],
    es: ['Seguir leyendo', 'Ver noticia completa', 'Leer la noticia completa'],
    ar: ['قراءة المزيد', 'أكمل القراءة', 'اضغط هنا لقراءة الخبر كاملا'],
    pt: ['Leia a notícia completa', 'Leia a matéria completa'],
    cs: ['Celý text', 'Pokračovat ve čtení'],
    ja: ['もっと見る', '全文を表示'],
    zh: ['查看更多', '点击阅读'],
  },
  comments: {
    en: [
      'Disqus Comments|{n} comments so far|Sort by Best|Start the discussion…|LOG IN WITH|OR SIGN UP WITH DISQUS|Be the first to comment.',
      'Join the conversation|You must be logged in to post a comment.|Log in|Register',
      'Reader comments|Comments are moderated and may take a few minutes to appear.|Submit',
      'Add a Comment|Cancel reply|Logged in as {name}. Log out?',
      'Comments ({n})|Add your comment|Please read our Community Guidelines before posting.',
      'Write a comment|Your name|Your email (not published)|Your comment|Submit comment',
      'Commenting is closed for this article.',
    ],
    'sr-Latn': [
      'Komentari|Napiši komentar|Ime|Email adresa neće biti objavljena|Pošalji',
      'Komentari (0)|Budite prvi koji će komentarisati vest|Vaš komentar|Vaše ime|Pravila komentarisanja',
    ],
    'sr-Cyrl': [
      'Коментари|Напиши коментар|Име|Имејл адреса неће бити објављена|Пошаљи',
      'Коментари (0)|Будите први који ће коментарисати вест|Ваш коментар|Ваше име|Правила коментарисања',
    ],
    sq: ['Komento lajmin|Emri juaj|Komenti juaj|Posto komentin', 'Shto koment|Komentet janë të moderuara dhe publikohen pas miratimit.|Publiko'],
    ru: ['Комментарии|Чтобы оставить комментарий, зарегистрируйтесь или войдите|Сначала новые', 'Обсуждение|Написать комментарий|Правила комментирования'],
    de: ['Kommentare|Zum Kommentieren bitte anmelden|Neueste zuerst', 'Diskutieren Sie mit|Ihr Kommentar|Ihr Name|Absenden'],
    fr: ['Réagissez|Votre commentaire|Pseudo|Publier', 'Les commentaires sont réservés aux abonnés.|Se connecter'],
    es: ['Comentarios|Normas de participación|Escribe tu comentario|Enviar', 'Únete a la conversación|Para comentar debes iniciar sesión'],
    ar: ['التعليقات|أضف تعليقك|الاسم|البريد الإلكتروني|نشر', 'شارك برأيك|التعليقات لا تعبر عن رأي الموقع'],
    pt: ['Comentários|Faça login para comentar'],
    cs: ['Diskuse k článku|Vstoupit do diskuse'],
    ja: ['コメントを書く|ニックネーム|送信'],
    zh: ['网友评论|我要评论|提交'],
  },
  tags: {
    en: [
      'Topics: Transport, Strikes, Unions',
      'Explore more on these topics: UK news · Rail industry · Trade unions',
      'Related Topics',
      'More about: Wildfires',
      'Categories: News, Local',
      'Posted in: National',
      'Keywords: monsoon, IMD, rainfall',
      'Tagged: Budget 2026 Economy',
    ],
    'sr-Latn': ['Ključne reči: Vlada, izbori, opozicija', 'Oznake: saobraćaj, štrajk'],
    'sr-Cyrl': ['Кључне речи: Влада, избори, опозиција', 'Ознаке: саобраћај, штрајк'],
    sq: ['Fjalë kyçe: qeveria, zgjedhjet', 'Tags: Kosova, Ekonomi'],
    ru: ['Ключевые слова: транспорт, забастовка', 'Сюжет: Паводки'],
    de: ['Stichworte: Bahn, Streik, Gewerkschaft', 'Mehr zu: Waldbrände'],
    fr: ['Sujets associés : Transports, Grève', 'Thématiques : Environnement'],
    es: ['Archivado en: Huelgas · Transporte · Sindicatos', 'Temas relacionados: Incendios forestales'],
    ar: ['كلمات مفتاحية: النقل، الإضراب', 'موضوعات: اقتصاد'],
    pt: ['Assuntos: Greve, Transportes'],
    cs: ['Klíčová slova: stávka, doprava'],
    ja: ['キーワード：ストライキ'],
    zh: ['关键词：交通 罢工'],
  },
  copyright: {
    en: [
      'Copyright © 2026 {site} Media Group. All Rights Reserved',
      '© Copyright 2026, {site}',
      '© {site} 2026 | Privacy | Terms | Contact',
      'This article was originally published on The Conversation. Read the original article.',
      'Distributed by Tribune Content Agency, LLC.',
      '© 2026 Guardian News & Media Limited or its affiliated companies.',
      'Our Standards: The Thomson Reuters Trust Principles.',
      '(This story has not been edited by {site} staff and is auto-generated from a syndicated feed.)',
    ],
    'sr-Latn': ['Nijedan deo ovog sadržaja ne sme biti reprodukovan bez pisane dozvole izdavača.', '© {site} 2026 | Impresum | Marketing | Kontakt'],
    'sr-Cyrl': ['Ниједан део овог садржаја не сме бити репродукован без писане дозволе издавача.', '© {site} 2026 | Импресум | Маркетинг | Контакт'],
    sq: ['Materialet e publikuara nuk mund të ripublikohen pa lejen e redaksisë.', '© {site} 2026 | Rreth nesh | Kontakti'],
    ru: ['© 2026 {site}. Использование материалов допускается при наличии гиперссылки.', 'Сетевое издание зарегистрировано в Роскомнадзоре, свидетельство Эл № ФС77-81234'],
    de: ['© dpa-infocom, dpa:261103-930-123456/2', 'Vervielfältigung nur mit Genehmigung der {site} GmbH'],
    fr: ['© Le {site} – Reproduction interdite', 'Tous droits de reproduction et de représentation réservés.'],
    es: ['Queda prohibida la reproducción total o parcial de este contenido sin autorización.', '© Ediciones {site} S.L.'],
    ar: ['يمنع نسخ أو إعادة نشر المحتوى دون إذن مسبق.', 'حقوق النشر © 2026 {site}'],
    pt: ['É proibida a reprodução deste conteúdo sem autorização.'],
    cs: ['Publikování nebo další šíření obsahu je bez písemného souhlasu zakázáno.'],
    ja: ['無断転載を禁じます。'],
    zh: ['未经授权不得转载'],
  },
  nav: {
    en: [
      'Skip to content',
      'Menu Sections Search',
      'News | Sport | Business | Opinion | Culture',
      'Home › News › UK',
      'You are here: Home / News / Local',
      'Trending: Election 2026 · Weather · Traffic',
      'Sign In Subscribe',
      'Edition: International',
      'Home » India » Kerala',
    ],
    'sr-Latn': ['Naslovna / Vesti / Srbija', 'Naslovna » Politika', 'Vesti Sport Biznis Zabava Lifestyle'],
    'sr-Cyrl': ['Насловна » Политика » Србија', 'Почетна | Вести | Спорт | Економија'],
    sq: ['Kreu / Lajme / Kosovë', 'Lajme | Sport | Ekonomi | Kulturë'],
    ru: ['Главная / Общество / Регионы', 'Лента новостей', 'Войти Регистрация'],
    de: ['Sie sind hier: Startseite › Nachrichten › Inland', 'Zum Inhalt springen', 'Politik Wirtschaft Sport Kultur Panorama'],
    fr: ['Aller au contenu principal', 'Accueil › Société › Transports', 'Se connecter S’abonner'],
    es: ['Saltar al contenido', 'Portada > España > Transportes', 'Iniciar sesión Suscríbete'],
    ar: ['الرئيسية / عربي ودولي', 'تخطى إلى المحتوى'],
    pt: ['Pular para o conteúdo', 'Início › Política'],
    cs: ['Přeskočit na obsah', 'Domů › Domácí'],
    ja: ['ホーム ＞ 社会 ＞ 交通', 'メニュー'],
    zh: ['您的位置：首页 > 国内', '导航'],
  },
  caption: {
    en: [
      '{desc}. (AP Photo/{name}, Pool)',
      '{desc}. Photo / Getty Images',
      '{desc}. (Photo by {name}/Getty Images)',
      '{desc}. Credit: AAP Image/{name}',
      '{desc}. (PTI Photo)',
      '{desc} (Express Photo by {name})',
      '{desc} | Photo Credit: Special Arrangement',
      '{desc}. Illustration: {name}',
      '{desc}. (Supplied)',
      '{desc}. (ABC News: {name})',
      '{desc} (Image: Getty Images)',
      '{desc}. Source: {agency}',
      '{desc} Image: Shutterstock',
      '{desc}. Photograph by {name} for {site}',
    ],
    'sr-Latn': ['{desc} (Foto: Profimedia)', '{desc} Foto: Tanjug/{name}', '{desc} (Ilustracija: Shutterstock)', '{desc} Foto: Printskrin/YouTube', '{desc} Foto: Instagram/{handle}'],
    'sr-Cyrl': ['{desc} (Фото: Танјуг/{name})', '{desc} Фото: Профимедиа', '{desc} / Фото: Архива', '{desc} Илустрација: Шатерсток'],
    sq: ['{desc} (Foto: Arkivi)', '{desc} (Foto: Ilustrim)', '{desc}. Burimi: {agency}'],
    ru: ['{desc} © {name}/{agency}', '{desc} Фото: пресс-служба администрации города', '{desc} Фото: Global Look Press', '{desc} Кадр из видео'],
    de: ['{desc} (Foto: picture alliance/dpa | {name})', '{desc} © IMAGO/{name}', '{desc} (Archivbild)', '{desc} Foto: IMAGO / Funke Foto Services', '{desc} Foto: privat'],
    fr: ['{desc} Crédits : {name} / Hans Lucas', '{desc} © Maxppp', '{desc} (Illustration) Adobe Stock', '{desc} © Radio France - {name}', '{desc} Photo d’archives AFP'],
    es: ['{desc} Fotografía: {name} / {site}', '{desc} / Cedida', '{desc} | Archivo', '{desc} | Foto: Europa Press'],
    ar: ['{desc} (الصورة من {agency})', '{desc} - أرشيفية', '{desc} | المصدر: {agency}'],
    pt: ['{desc} Foto: Reprodução', '{desc} Crédito: {name}'],
    cs: ['{desc} Foto: Profimedia.cz'],
    ja: ['{desc}＝{name}撮影'],
    zh: ['{desc}（记者 {name} 摄）'],
  },
  readingTime: {
    en: ['{k} mins to read', 'Approx. {k} min reading', 'Est. read time: {k} min', 'Estimated reading time: {k} minutes', '{k}m read', 'Time to read: {k} min'],
    'sr-Latn': ['Čitanje: {k} min', 'Potrebno vreme za čitanje: {k} min'],
    'sr-Cyrl': ['Потребно време за читање: {k} мин.', 'Читање: {k} мин.'],
    sq: ['Lexohet për {k} minuta', 'Koha për lexim: {k} min'],
    ru: ['Время чтения: {k} мин.', 'Время прочтения: {k} мин.'],
    de: ['Lesedauer ca. {k} Minuten', '{k} Minuten Lesezeit'],
    fr: ['Temps de lecture estimé : {k} minutes', '{k} min de lecture'],
    es: ['Tiempo de lectura: {k} min', 'Lectura de {k} min'],
    ar: ['وقت القراءة: {k} دقائق', 'مدة القراءة {k} دقيقة'],
    pt: ['Leitura: {k} minutos'],
    cs: ['Čtení na {k} minuty'],
    ja: ['読了時間：約{k}分'],
    zh: ['阅读时间约{k}分钟'],
  },
  listen: {
    en: [
      'Listen to this story',
      'Listen · {k}:{nn} min',
      'Voiced by Amazon Polly',
      'Press play to listen to this article',
      'Hear this article\n00:00 / {k}:{nn}\n1.0x',
      'This audio is auto-generated. Please let us know if you have feedback.',
    ],
    'sr-Latn': ['Poslušajte vest', 'Slušaj tekst'],
    'sr-Cyrl': ['Послушајте вест', 'Слушај текст'],
    sq: ['Dëgjo artikullin', 'Dëgjoni lajmin'],
    ru: ['Слушать статью', 'Прослушать новость\n00:00'],
    de: ['Diesen Text vorlesen lassen', 'Diesen Artikel anhören • {k} Min.', 'Vorlesen'],
    fr: ['Écouter cet article', 'Écouter la version audio\n{k} min'],
    es: ['Escuchar noticia', 'Escucha este artículo', 'Audio generado con IA'],
    ar: ['استمع إلى المقال', 'استمع للخبر'],
  },
  gallery: {
    en: ['Photo 1 of {n}', '1 / {n}', 'View gallery', 'View all {n} photos', 'Previous\nNext\nImage {k} of {n}', 'Enlarge this image', 'hide caption\ntoggle caption', 'Show all {n} images'],
    'sr-Latn': ['{n} fotografija u galeriji', 'Pogledajte galeriju', 'Slika {k} od {n}'],
    'sr-Cyrl': ['{n} фотографија у галерији', 'Погледајте галерију', 'Слика {k} од {n}'],
    sq: ['Galeria e fotografive', 'Shiko galerinë ({n})'],
    ru: ['Фотогалерея', 'Смотреть все {n} фото', 'Фотография {k} из {n}'],
    de: ['Bildergalerie', '{k} von {n} Bildern', 'Alle Bilder anzeigen'],
    fr: ['Diaporama', 'Voir les {n} photos', 'Photo {k} sur {n}'],
    es: ['Galería de fotos', 'Ver las {n} fotos', 'Imagen {k} de {n}'],
    ar: ['شاهد الصور', 'صورة {k} من {n}', 'عرض كل الصور'],
  },
  embed: {
    en: [
      '{post}\nPosted by {name} on {weekday}, {date}',
      '{post} https://t.co/{code}\n— {name} (@{handle}) {apDate}',
      'Skip twitter post\nAllow Twitter content?\nThis article contains content provided by Twitter. We ask for your permission before anything is loaded, as they may be using cookies and other technologies.\nAccept and continue',
      '@{handle} ♬ original sound - {name}',
      'An error occurred. Try watching this video on www.youtube.com, or enable JavaScript if it is disabled in your browser.',
      'Loading tweet...',
    ],
    'sr-Latn': ['{post}\n— {name} (@{handle}) {date}', 'Prikaži ovu objavu na Instagramu\nObjava koju je podelio/la {name} (@{handle})'],
    'sr-Cyrl': ['{post}\n— {name} (@{handle}) {date}', 'Погледајте ову објаву на Инстаграму'],
    sq: ['Shikoni këtë postim në Instagram\nNjë postim i ndarë nga {name} (@{handle})', '{post}\n— {name} (@{handle}) {date}'],
    ru: ['Посмотреть эту публикацию в Instagram\nПубликация от {name} (@{handle})', '{post}\n{site} | Telegram'],
    de: [
      'Inhalte von Drittanbietern\nUm diesen Inhalt von Instagram anzuzeigen, benötigen wir Ihre Zustimmung.\nInhalt laden',
      '{post}\n— {name} (@{handle}) {date}',
    ],
    fr: ['Contenus externes\nCe contenu est bloqué car vous n’avez pas accepté les cookies et autres traceurs.\nGérer mes choix', '{post}\n— {name} (@{handle}) {date}'],
    es: ['Contenido externo\nEste contenido se muestra solo si acepta las cookies de terceros.\nAceptar y ver', '{post}\n— {name} (@{handle}) {date}'],
    ar: ['عرض هذا المنشور على Instagram\nتمت مشاركة منشور بواسطة {name} (@{handle})', '{post}\n— {name} (@{handle}) {date}'],
  },
  bio: {
    en: [
      '{name} is a reporter covering transport and local government. She can be reached at {email}.',
      'About the author\n{name} has covered European politics for more than a decade.',
      '{name} is a freelance writer and photographer living in {place}.',
      '{name} writes about science and the environment. Follow him on X @{handle}.',
      'Contact the author: {email}',
      '{name} is a senior lecturer in economics. This piece first appeared in the author’s newsletter.',
    ],
    'sr-Latn': ['O autoru\n{name} je novinarka koja se bavi temama iz oblasti obrazovanja.', 'Kontakt: {email}'],
    'sr-Cyrl': ['О аутору\n{name} је новинарка која се бави темама из области образовања.', 'Контакт: {email}'],
    sq: ['{name} është gazetare që mbulon çështjet e drejtësisë.', 'Kontakti: {email}'],
    ru: ['Об авторе\n{name} — обозреватель отдела экономики.', 'Связаться с автором: {email}'],
    de: ['Über die Autorin\n{name} ist Redakteurin im Ressort Politik.', '{name} ist Korrespondent in {place}. Kontakt: {email}'],
    fr: ['{name} est journaliste au service Société.', 'Cet article a été rédigé par {name}, correspondante à {place}.'],
    es: ['{name} es periodista especializada en medio ambiente.', 'Sobre el autor\n{name} cubre información de tribunales desde 2015.'],
    ar: ['{name} صحفي مختص في الشؤون الاقتصادية.', 'للتواصل مع الكاتب: {email}'],
  },
  price: {
    en: ['${n}.99 at Amazon', '£{n}9 at John Lewis', 'Was $199, now $149 at Walmart', 'Rs {n},999 on Flipkart', 'From A${n}9 at JB Hi-Fi', 'Check price at Amazon', 'Shop now'],
    'sr-Latn': ['Cena: {n}.999 dinara', 'Kupi odmah'],
    'sr-Cyrl': ['Цена: {n}.999 динара', 'Купи одмах'],
    sq: ['Çmimi: {n},90 €', 'Bli tani'],
    ru: ['Цена: {n} 990 ₽', 'Купить на Ozon'],
    de: ['{n},99 € bei Amazon', 'Preis: {n},95 Euro', '*Affiliate-Link'],
    fr: ['{n},99 € chez Fnac', 'Voir l’offre'],
    es: ['{n},99 euros en Amazon', 'Ver oferta'],
    ar: ['السعر: {n}9 درهم', 'اشترِ الآن'],
  },
  newsletter: {
    en: [
      'Morning Briefing\nStart your day with the stories that matter, in your inbox before 7am.\nEnter your e-mail here\nSign up\nBy signing up you agree to our Terms of Use and acknowledge the data practices in our Privacy Policy. You may unsubscribe at any time.',
      'Sign up for The Evening Wrap\nGet a roundup of the day’s news every weeknight.\nE-mail address\nGet the Wrap\nThis site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
      'The best of {site}, handpicked by our editors\nType your email…\nCount me in\nThanks for signing up!',
    ],
    'sr-Latn': ['Prijava na newsletter\nUnesite svoju e-mail adresu i budite u toku sa vestima.\nVaša e-mail adresa\nPrijavi se\nPrijavom prihvatate uslove korišćenja i politiku privatnosti.'],
    'sr-Cyrl': ['Пријава на билтен\nУнесите своју имејл адресу и будите у току са вестима.\nВаша имејл адреса\nПријави се\nПријавом прихватате услове коришћења и политику приватности.'],
    sq: ['Regjistrohu në newsletter\nLajmet kryesore të ditës direkt në emailin tënd.\nAdresa e emailit\nRegjistrohu'],
    ru: ['Рассылка\nСамые важные новости недели — по пятницам.\nВведите ваш email\nПодписаться\nНажимая кнопку, вы соглашаетесь на обработку персональных данных.'],
    de: ['Newsletter-Anmeldung\nDas Wichtigste aus Politik und Gesellschaft – werktags um 6 Uhr.\nE-Mail-Adresse eingeben\nKostenlos anmelden\nMit Ihrer Anmeldung erklären Sie sich mit unseren Datenschutzbestimmungen einverstanden.'],
    fr: ['Lettre d’information\nChaque soir, le résumé de l’actualité du jour.\nSaisissez votre e-mail\nOK, je m’abonne\nVous pouvez vous désinscrire à tout moment via le lien en bas de nos newsletters.'],
    es: ['Boletín diario\nRecibe cada mañana las claves de la actualidad.\nIntroduce tu email\nApuntarme\nAcepto la política de privacidad'],
    ar: ['النشرة البريدية\nاحصل على أبرز الأخبار يومياً في بريدك.\nأدخل بريدك الإلكتروني\nاشتراك'],
  },
};

// ---------------------------------------------------------------------------
// What the slots are filled with

const NAMES: Record<FurnitureLang, readonly string[]> = {
  en: ['Rachel Okafor', 'Daniel Kessler', 'Anjali Mehta', 'Callum Fraser', 'Siobhan Walsh', 'Kwame Asante', 'Emily Nguyen', 'Liam O’Connor', 'Rohit Sharma'],
  'sr-Latn': ['Milica Jovanović', 'Stefan Nikolić', 'Tijana Marković', 'Dušan Pavlović'],
  'sr-Cyrl': ['Милица Јовановић', 'Стефан Николић', 'Тијана Марковић', 'Душан Павловић'],
  sq: ['Albana Shala', 'Faton Rexhepi', 'Blerta Morina', 'Dardan Bytyqi'],
  ru: ['Екатерина Волкова', 'Дмитрий Орлов', 'Анна Лебедева', 'Сергей Новиков'],
  de: ['Julia Brandt', 'Matthias Krüger', 'Sabine Hoffmann', 'Tobias Wagner'],
  fr: ['Camille Bernard', 'Thomas Petit', 'Élodie Rousseau', 'Nicolas Fontaine'],
  es: ['Carmen Ortega', 'Javier Ruiz', 'Elena Navarro', 'Pablo Serrano'],
  ar: ['محمد عبد الله', 'نور الهدى سالم', 'يوسف إبراهيم', 'رنا خليل'],
  pt: ['Beatriz Santos', 'Rafael Oliveira'],
  cs: ['Lucie Horáková', 'Martin Černý'],
  ja: ['高橋美咲', '田中健太'],
  zh: ['刘洋', '陈静'],
};

const AGENCIES: Record<FurnitureLang, readonly string[]> = {
  en: ['PTI', 'AAP', 'UPI', 'ANI', 'Getty Images', 'Reuters'],
  'sr-Latn': ['Tanjug', 'Beta', 'N1', 'RTS'],
  'sr-Cyrl': ['Танјуг', 'Бета', 'РТС'],
  sq: ['ATSH', 'Telegrafi', 'Reuters'],
  ru: ['РИА Новости', 'ТАСС', 'Коммерсантъ'],
  de: ['dpa', 'epd', 'KNA'],
  fr: ['AFP', 'Reuters', 'Ouest-France'],
  es: ['EFE', 'Europa Press', 'Reuters'],
  ar: ['رويترز', 'فرانس برس', 'وام'],
  pt: ['Lusa', 'Folhapress'],
  cs: ['ČTK', 'Profimedia'],
  ja: ['共同', '時事'],
  zh: ['新华社', '人民网'],
};

/** [as a dateline prints it, as a byline or bio names it] */
const PLACES: Record<FurnitureLang, readonly [string, string][]> = {
  en: [['SACRAMENTO, Calif.', 'Sacramento'], ['NEW DELHI', 'New Delhi'], ['SYDNEY', 'Sydney'], ['MANCHESTER, England', 'Manchester'], ['BRUSSELS', 'Brussels']],
  'sr-Latn': [['NIŠ', 'Niš'], ['SUBOTICA', 'Subotica'], ['ČAČAK', 'Čačak']],
  'sr-Cyrl': [['НОВИ САД', 'Новог Сада'], ['СУБОТИЦА', 'Суботице'], ['ЧАЧАК', 'Чачка']],
  sq: [['PEJË', 'Pejë'], ['DURRËS', 'Durrës'], ['SHKUP', 'Shkup']],
  ru: [['ЕКАТЕРИНБУРГ', 'Екатеринбург'], ['КАЗАНЬ', 'Казань'], ['НОВОСИБИРСК', 'Новосибирск']],
  de: [['HAMBURG', 'Hamburg'], ['KÖLN', 'Köln'], ['ZÜRICH', 'Zürich']],
  fr: [['MARSEILLE', 'Marseille'], ['GENÈVE', 'Genève'], ['BORDEAUX', 'Bordeaux']],
  es: [['BARCELONA', 'Barcelona'], ['MÉXICO', 'Ciudad de México'], ['VALENCIA', 'Valencia']],
  ar: [['الرباط', 'الرباط'], ['دبي', 'دبي'], ['الخرطوم', 'الخرطوم']],
  pt: [['PORTO', 'Porto'], ['BRASÍLIA', 'Brasília']],
  cs: [['OSTRAVA', 'Ostrava'], ['PLZEŇ', 'Plzeň']],
  ja: [['大阪', '大阪']],
  zh: [['上海', '上海']],
};

const DESCRIPTIONS: Record<FurnitureLang, readonly string[]> = {
  en: ['Firefighters battle a blaze on the outskirts of the city on Sunday', 'Commuters wait on a crowded platform during the strike', 'The prime minister arrives for a cabinet meeting', 'Floodwater surrounds homes in the valley', 'Supporters celebrate in the town square'],
  'sr-Latn': ['Vatrogasci gase požar na obodu grada', 'Putnici čekaju na autobuskoj stanici tokom štrajka', 'Premijerka stiže na sednicu Vlade'],
  'sr-Cyrl': ['Ватрогасци гасе пожар на ободу града', 'Путници чекају на аутобуској станици током штрајка', 'Премијерка стиже на седницу Владе'],
  sq: ['Zjarrfikësit duke shuar zjarrin në periferi të qytetit', 'Udhëtarët presin në stacionin e autobusëve', 'Kryeministri mbërrin në mbledhjen e qeverisë'],
  ru: ['Пожарные тушат возгорание на окраине города', 'Пассажиры на переполненной платформе во время забастовки', 'Премьер-министр прибывает на заседание правительства'],
  de: ['Feuerwehrleute löschen einen Brand am Stadtrand', 'Pendler warten während des Streiks auf einem vollen Bahnsteig', 'Die Kanzlerin trifft zur Kabinettssitzung ein'],
  fr: ['Des pompiers luttent contre un incendie en périphérie de la ville', 'Des usagers attendent sur un quai bondé pendant la grève', 'La Première ministre arrive au conseil des ministres'],
  es: ['Bomberos combaten un incendio a las afueras de la ciudad', 'Viajeros esperan en un andén abarrotado durante la huelga', 'La presidenta llega al Consejo de Ministros'],
  ar: ['رجال الإطفاء يكافحون حريقا في ضواحي المدينة', 'ركاب ينتظرون على رصيف مزدحم خلال الإضراب', 'رئيس الوزراء يصل إلى اجتماع الحكومة'],
  pt: ['Bombeiros combatem incêndio na periferia da cidade', 'Passageiros aguardam na estação durante a greve'],
  cs: ['Hasiči likvidují požár na okraji města', 'Cestující čekají na nástupišti během stávky'],
  ja: ['郊外で消火活動にあたる消防隊員', 'ストライキで混雑する駅のホーム'],
  zh: ['消防员在城郊扑救火灾', '罢工期间站台上等候的乘客'],
};

const HEADLINES: Record<FurnitureLang, readonly string[]> = {
  en: [
    'Rail strike set to disrupt commuters for a third day',
    'Is the central bank about to cut rates again?',
    'Wildfire forces hundreds to flee coastal town',
    'Hospital waiting lists hit record high (Video)',
    '“It felt like the end of the world”: survivors recall quake',
    'Budget 2026: who wins and who loses',
    'Local club clinches title in dramatic finale!',
    'Monsoon to hit Kerala coast early, says IMD',
    'Petrol prices to rise again from Monday',
  ],
  'sr-Latn': ['Štrajk prosvetara ulazi u treću nedelju', 'Da li nas čeka najtoplija zima do sada?', 'Požar na deponiji, građani da ne otvaraju prozore!', 'Nove cene goriva od petka (VIDEO)'],
  'sr-Cyrl': ['Штрајк просветара улази у трећу недељу', 'Да ли нас чека најтоплија зима до сада?', 'Пожар на депонији, грађани да не отварају прозоре!', 'Нове цене горива од петка (ВИДЕО)'],
  sq: ['Greva e mësuesve hyn në javën e tretë', 'A po vjen dimri më i ngrohtë deri tani?', 'Zjarr në deponi, qytetarët të mos hapin dritaret!', 'Çmimet e reja të karburanteve nga e premtja (VIDEO)'],
  ru: ['Забастовка учителей продлится еще неделю', 'Ждать ли самой теплой зимы?', 'Пожар на полигоне: жителям советуют не открывать окна!', 'Цены на бензин вырастут с понедельника (ВИДЕО)'],
  de: ['Bahnstreik geht in den dritten Tag', 'Senkt die EZB die Zinsen erneut?', 'Waldbrand: Hunderte müssen ihre Häuser verlassen!', 'Spritpreise steigen ab Montag (mit Video)'],
  fr: ['La grève des cheminots entre dans son troisième jour', 'La BCE va-t-elle encore baisser ses taux ?', 'Incendie : des centaines d’habitants évacués !', 'Les prix à la pompe repartent à la hausse (vidéo)'],
  es: ['La huelga de Renfe entra en su tercer día', '¿Volverá a bajar los tipos el BCE?', '¡Un incendio obliga a desalojar a cientos de vecinos!', 'La gasolina vuelve a subir a partir del lunes (vídeo)'],
  ar: ['إضراب المعلمين يدخل أسبوعه الثالث', 'هل يخفض البنك المركزي الفائدة مجددا؟', 'حريق يجبر المئات على إخلاء منازلهم!', 'أسعار الوقود ترتفع مجددا (فيديو)'],
  pt: ['Greve dos professores entra na terceira semana', 'O Banco Central vai cortar os juros de novo?'],
  cs: ['Stávka učitelů vstupuje do třetího týdne', 'Sníží centrální banka znovu sazby?'],
  ja: ['鉄道ストが3日目に突入', '日銀は再び利下げに踏み切るか？'],
  zh: ['铁路罢工进入第三天', '央行会再次降息吗？'],
};

const TEASER_BODIES: Record<FurnitureLang, readonly string[]> = {
  en: [
    'Thousands of commuters faced another morning of cancelled services on Wednesday as talks between the union and the operator broke down again, with both sides blaming',
    'The blaze, which started in dry scrubland late on Saturday, had burned through more than 2,000 hectares by dawn and was still',
  ],
  'sr-Latn': ['Nastavnici u više od stotinu škola i danas nisu ušli u učionice, a sindikati poručuju da neće odustati dok', 'Požar na gradskoj deponiji buknuo je u nedelju uveče, a vatrogasci se i dalje bore sa'],
  'sr-Cyrl': ['Наставници у више од стотину школа ни данас нису ушли у учионице, а синдикати поручују да неће одустати док', 'Пожар на градској депонији букнуо је у недељу увече, а ватрогасци се и даље боре са'],
  sq: ['Mësuesit në më shumë se njëqind shkolla edhe sot nuk hynë në klasa, ndërsa sindikatat thonë se nuk do të heqin dorë derisa', 'Zjarri në deponinë e qytetit shpërtheu të dielën në mbrëmje dhe zjarrfikësit ende po luftojnë me'],
  ru: ['Учителя более чем в ста школах и сегодня не вышли на уроки, а профсоюзы заявляют, что не отступят, пока', 'Пожар на городском полигоне начался в воскресенье вечером, и пожарные до сих пор борются с'],
  de: ['Auch am Mittwoch fielen Tausende Verbindungen aus, nachdem die Gespräche zwischen Gewerkschaft und Bahn erneut gescheitert waren und beide Seiten sich gegenseitig', 'Das Feuer war am Samstagabend in einem trockenen Waldstück ausgebrochen und hatte bis zum Morgen mehr als'],
  fr: ['Des milliers d’usagers ont de nouveau trouvé porte close mercredi matin, les discussions entre les syndicats et la direction ayant une fois de plus échoué, chaque camp accusant', 'Le feu, parti samedi soir d’une zone de broussailles, avait déjà parcouru plus de 2 000 hectares à l’aube et'],
  es: ['Miles de viajeros se encontraron el miércoles con nuevas cancelaciones después de que las negociaciones entre el sindicato y la empresa volvieran a fracasar, y ambas partes se acusan de', 'El fuego, que se originó el sábado por la noche en una zona de matorral, había arrasado más de 2.000 hectáreas al amanecer y'],
  ar: ['واجه آلاف الركاب صباحا آخر من إلغاء الرحلات يوم الأربعاء بعد انهيار المحادثات بين النقابة والشركة مجددا، وتبادل الطرفان', 'اندلع الحريق مساء السبت في منطقة أحراج جافة، وكان قد التهم أكثر من ألفي هكتار بحلول الفجر'],
  pt: ['Professores de mais de cem escolas voltaram a não dar aulas nesta quarta-feira, e os sindicatos afirmam que não vão recuar até que'],
  cs: ['Učitelé ve více než stovce škol ani dnes nenastoupili do tříd a odbory vzkazují, že neustoupí, dokud'],
  ja: ['労使交渉が再び決裂したことを受け、水曜日の朝も数千人の通勤客が運休に直面し、双方は互いに'],
  zh: ['由于工会与运营方的谈判再次破裂，周三上午数千名通勤者再次遭遇列车停运，双方互相指责'],
};

const POSTS: Record<FurnitureLang, readonly string[]> = {
  en: ['Huge queues at the station this morning, no trains until at least 10am. Thanks for nothing 🙃', 'Smoke visible from the motorway now. Stay safe everyone #wildfire'],
  'sr-Latn': ['Gužva na Gazeli već od šest ujutru, izbegavajte ako možete', 'Dim se vidi iz celog grada #požar'],
  'sr-Cyrl': ['Гужва на Газели већ од шест ујутру, избегавајте ако можете', 'Дим се види из целог града #пожар'],
  sq: ['Radhë të gjata në stacion këtë mëngjes, asnjë autobus deri në orën 10', 'Tymi shihet nga i gjithë qyteti #zjarr'],
  ru: ['Очередь на станции с шести утра, поездов нет до десяти', 'Дым видно с трассы, берегите себя #пожар'],
  de: ['Am Hauptbahnhof geht seit sechs Uhr gar nichts mehr. Danke für nichts 🙃', 'Rauch ist von der Autobahn aus zu sehen #Waldbrand'],
  fr: ['Quai noir de monde ce matin, aucun train avant 10h 🙃', 'La fumée est visible depuis l’autoroute #incendie'],
  es: ['Colas enormes en la estación esta mañana, ningún tren hasta las 10 🙃', 'Se ve el humo desde la autovía #incendio'],
  ar: ['طوابير طويلة في المحطة هذا الصباح ولا قطارات قبل العاشرة', 'الدخان يظهر من الطريق السريع #حريق'],
  pt: ['Fila enorme na estação hoje de manhã'],
  cs: ['Obrovské fronty na nádraží od šesti ráno'],
  ja: ['駅は朝から大混雑、10時まで電車なし'],
  zh: ['今早车站排起长队，十点前没有列车'],
};

const HANDLES = ['rokafor_news', 'metrofire', 'kessler_d', 'redakcija_ns', 'lajm_live', 'trafficwatch'];

/** The fresh split's own site names; a day's three sources are drawn from them. */
export const FRESH_SITES = ['Riverside Chronicle', 'Capital Dispatch', 'Dnevni Pregled', 'The Southern Cross Herald', 'Lajm Ekspres', 'Pulse Nation'];

// ---------------------------------------------------------------------------
// Dates, as each language's sites print them

const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const locale = (lang: FurnitureLang, rng: Rng) =>
  lang === 'sr-Latn' ? 'sr-Latn-RS' : lang === 'sr-Cyrl' ? 'sr-Cyrl-RS' : lang === 'ar' ? rng.pick(['ar-EG', 'ar-u-nu-latn', 'ar-SA']) : lang === 'en' ? rng.pick(['en-US', 'en-GB', 'en-AU', 'en-IN']) : lang;
const two = (n: number) => String(n).padStart(2, '0');

function dateSlot(lang: FurnitureLang, rng: Rng, slot: string): string {
  const day = new Date(Date.UTC(2026, rng.int(0, 11), rng.int(1, 28), rng.int(0, 23), rng.int(0, 59)));
  const utc = { timeZone: 'UTC' } as const;
  switch (slot) {
    case 'apDate':
      return `${AP_MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}`;
    case 'shortDate':
      return new Intl.DateTimeFormat(locale(lang, rng), { ...utc, day: rng.pick(['numeric', '2-digit'] as const), month: 'short', year: 'numeric' }).format(day);
    case 'numDate': {
      const [d, m, y] = [two(day.getUTCDate()), two(day.getUTCMonth() + 1), day.getUTCFullYear()];
      if (lang === 'sr-Latn' || lang === 'sr-Cyrl') return `${d}.${m}.${y}.`;
      if (lang === 'ja' || lang === 'zh') return `${y}/${m}/${d}`;
      return rng.pick([`${d}.${m}.${y}`, `${d}/${m}/${y}`, `${y}-${m}-${d}`]);
    }
    case 'weekday':
      return new Intl.DateTimeFormat(locale(lang, rng), { ...utc, weekday: 'long' }).format(day);
    case 'wd':
      return new Intl.DateTimeFormat(locale(lang, rng), { ...utc, weekday: 'short' }).format(day);
    case 'time':
      return `${two(day.getUTCHours())}:${two(day.getUTCMinutes())}`;
    case 'timeDot':
      return `${two(day.getUTCHours())}.${two(day.getUTCMinutes())}`;
    case 'time12': {
      const hour = day.getUTCHours() % 12 || 12;
      const pm = day.getUTCHours() >= 12;
      return rng.pick([`${hour}:${two(day.getUTCMinutes())} ${pm ? 'PM' : 'AM'}`, `${hour}:${two(day.getUTCMinutes())} ${pm ? 'p.m.' : 'a.m.'}`, `${hour}:${two(day.getUTCMinutes())}${pm ? 'pm' : 'am'}`]);
    }
    default:
      return new Intl.DateTimeFormat(locale(lang, rng), { ...utc, day: 'numeric', month: 'long', year: 'numeric' }).format(day);
  }
}

// ---------------------------------------------------------------------------
// The split's interface, as bench/txt.ts uses it

/** Every phrase of a kind. */
export function freshVocabulary(kind: string): Vocabulary {
  return FRESH[kind] ?? {};
}

export const FRESH_KINDS = Object.keys(FRESH);

/** Whether the vocabulary has a kind in the language or in English. */
export function freshHasKind(kind: string, lang: FurnitureLang): boolean {
  const phrases = freshVocabulary(kind);
  return (phrases[lang] ?? phrases.en ?? []).length > 0;
}

/** Picks a phrase of a kind in a language (falling back to English) and fills its slots. */
export function freshFurniture(kind: string, lang: FurnitureLang, rng: Rng, site: string): string {
  const phrases = freshVocabulary(kind);
  return fillFresh(rng.pick(phrases[lang] ?? phrases.en ?? []), lang, rng, site);
}

function fillFresh(template: string, lang: FurnitureLang, rng: Rng, site: string): string {
  const name = () => rng.pick(NAMES[lang]);
  return template
    .replace(/\{NAME2?\}/g, () => name().toUpperCase())
    .replace(/\{name2?\}/g, name)
    .replace(/\{handle\}/g, () => rng.pick(HANDLES))
    .replace(/\{email\}/g, () => `${rng.pick(HANDLES).replace(/_/g, '.')}@${site.toLowerCase().replace(/^the /, '').replace(/\W+/g, '')}.com`)
    .replace(/\{code\}/g, () => rng.pick(['Qm4TzL0pWx', 'b7YhN2kRcd', 'J9sVx1Lr8e']))
    .replace(/\{post\}/g, () => rng.pick(POSTS[lang]))
    .replace(/\{agency\}/g, () => rng.pick(AGENCIES[lang]))
    .replace(/\{place\}/g, () => rng.pick(PLACES[lang])[1])
    .replace(/\{(date|apDate|shortDate|numDate|weekday|wd|time|timeDot|time12)\}/g, (_, slot: string) => dateSlot(lang, rng, slot))
    .replace(/\{n\}/g, () => String(rng.int(2, 48)))
    .replace(/\{k\}/g, () => String(rng.int(1, 9)))
    .replace(/\{nn\}/g, () => String(rng.int(10, 59)))
    .replace(/\{headline\}/g, () => rng.pick(HEADLINES[lang]))
    .replace(/\{desc\}/g, () => rng.pick(DESCRIPTIONS[lang]))
    .replace(/\{site\}/g, site);
}

/** How teasers are cut: the sites' own ellipses, a bracketed one, or the Portuguese and Spanish "(...)". */
const CUTS = ['…', '...', ' …', ' [...]', ' […]', ' (...)', '…»', '...'];

export function freshTeaser(lang: FurnitureLang, rng: Rng): { headline: string; body: string } {
  return { headline: rng.pick(HEADLINES[lang]), body: `${rng.pick(TEASER_BODIES[lang])}${rng.pick(CUTS)}` };
}

const SHORT_MONTHS: Partial<Record<FurnitureLang, readonly string[]>> = {
  en: ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  ru: ['янв', 'фев', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
  'sr-Latn': ['januara', 'februara', 'marta', 'aprila', 'maja', 'juna', 'jula', 'avgusta', 'septembra', 'oktobra', 'novembra', 'decembra'],
  'sr-Cyrl': ['јануара', 'фебруара', 'марта', 'априла', 'маја', 'јуна', 'јула', 'августа', 'септембра', 'октобра', 'новембра', 'децембра'],
  sq: ['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor'],
};

const RU_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** A story's dateline, in the forms each language's wires and papers use. */
export function freshDateline(lang: FurnitureLang, rng: Rng): string {
  const [caps, mixed] = rng.pick(PLACES[lang]);
  const agency = rng.pick(AGENCIES[lang]);
  const day = rng.int(1, 28);
  const month = SHORT_MONTHS[lang]?.[rng.int(0, 11)] ?? '';
  const forms: Record<string, readonly string[]> = {
    en: [
      `${caps} (AP) — `,
      `${caps}, ${month} ${day} (Reuters) - `,
      `${mixed}: `,
      `${mixed.toUpperCase()}: `,
      `${caps}, ${month} ${day} (${rng.pick(['AAP', 'UPI', 'AFP'])}) — `,
      `${mixed}, ${month} ${day} (${rng.pick(['PTI', 'ANI', 'IANS'])}): `,
    ],
    'sr-Latn': [`${caps} - `, `${mixed} – `, `${caps}, ${day}. ${month} (${agency}) – `],
    'sr-Cyrl': [`${caps} - `, `${caps}, ${day}. ${month} (${agency}) – `],
    sq: [`${caps} - `, `${mixed}, ${day} ${month} /${agency}/ – `],
    ru: [`${caps}, ${day} ${month} — РИА Новости. `, `${caps}, ${day} ${RU_MONTHS[rng.int(0, 11)]}. /ТАСС/. `, `${caps}, ${day} ${month} — ${agency}. `],
    de: [`${mixed} (dpa) - `, `${mixed}. `, `${mixed} (${agency}) – `],
    fr: [`${mixed} (AFP) - `, `${caps} – `, `${mixed} (${agency}). – `],
    es: [`${caps}, ${day} (EUROPA PRESS) `, `${mixed}, ${day} ${month} (EFE).- `, `${caps}. – `],
    ar: [`${caps} - (${agency}) - `, `${mixed} – `, `${caps} - ${agency}: `],
  };
  return rng.pick(forms[lang] ?? [`${caps} – `, `${mixed} (${agency}) – `]);
}

/**
 * The few phrases page furniture is made of, in the languages the newsroom
 * publishes in: English, Serbian (Latin and Cyrillic), Albanian, Russian,
 * German, French, Spanish and Arabic, with a handful of others where a
 * scraper commonly meets them. Each list is small on purpose: position,
 * shape and repetition across the day find the rest (see classify-units.ts).
 * Patterns are regular-expression sources matched case-insensitively.
 */

const alt = (items: readonly string[]) => `(?:${items.join('|')})`;

/** A link to the rest of a story, alone on its line. */
export const READ_MORE = new RegExp(
  `^${alt([
    'read more', 'keep reading', 'continue reading', 'read the full (?:story|article)', 'read full (?:story|article)', 'read on',
    'pro[čc]itajte (?:još|vi[šs]e|dalje|opširnije)', 'pro[čc]itaj vi[šs]e', 'opširnije',
    'прочитајте (?:још|више|даље)', 'прочитај више', 'опширније',
    'lexo më (?:shumë|tepër)', 'lexo të plotë', 'vazhdo leximin',
    'читать (?:далее|полностью|дальше)', 'далее',
    'weiterlesen', 'mehr lesen', 'lire la suite', 'lire plus',
    'leer más', 'seguir leyendo', 'sigue leyendo',
    'اقرأ المزيد', 'إقرأ المزيد', 'اقرأ أكثر',
    'leia mais', 'continue lendo', 'ler mais', 'leggi (?:tutto|di più)', 'continua a leggere', 'číst dále', 'czytaj dalej',
    '続きを読む', 'もっと読む', '阅读全文', '閱讀全文', '查看全文', '阅读更多',
  ])}\\s*[.…:›»→>\\])]*$`,
  'iu',
);

/** A heading over a list of other stories. */
export const RELATED_HEADING = new RegExp(
  `^${alt([
    'related(?: articles| stories| posts| news| coverage| content| reading)?', 'more (?:from|on|in|about) .{1,40}', 'you (?:may|might) also like',
    'recommended(?: for you| stories| reading)?', 'most read', 'more stories', 'read next', 'what to read next',
    'povezane (?:vesti|vijesti)', 'više o temi', 'slične vesti', 'повезане вести', 'више о теми', 'сличне вести',
    'lajme të ngjashme', 'të ngjashme', 'lexo edhe', 'читайте также', 'похожие (?:новости|материалы|статьи)', 'по теме',
    'das könnte sie (?:auch )?interessieren', 'mehr zum thema', 'lesen sie auch', 'à lire aussi', 'a lire aussi', 'sur le même sujet', 'lire aussi',
    'noticias relacionadas', 'te puede interesar', 'lee también', 'también te puede interesar',
    'مقالات ذات صلة', 'أخبار ذات صلة', 'اقرأ أيضا', 'اقرأ أيضاً',
    'notícias relacionadas', 'leia também', 'související(?: články)?', 'čtěte také', '関連記事', '相关(?:新闻|文章|阅读)', '相關(?:新聞|文章)',
  ])}\\s*[:：]?$`,
  'iu',
);

/** "Read also: <headline>" and its kind, inserted between paragraphs. */
export const READ_ALSO_LABEL = new RegExp(
  `^${alt([
    'read (?:also|more|next|this)', 'related', 'see also', 'also read', 'recommended', 'watch', 'listen',
    'pro[čc]itajte (?:i|još|takođe)', 'прочитајте (?:и|још|такође)', 'lexo (?:edhe|gjithashtu)',
    'читайте (?:также|ещё|еще)', 'смотрите также', 'lesen sie (?:auch|mehr)', 'lire (?:aussi|également)', 'à (?:lire|voir) aussi',
    'lee (?:también|más)', 'leer también', 'ver también', 'اقرأ (?:أيضا|أيضاً|المزيد)', 'leia (?:também|mais)', 'veja também',
    'čtěte (?:také|též)', '関連記事', '相关阅读', '推荐阅读',
  ])}\\s*[:：|–—→»-]\\s*\\S`,
  'iu',
);

/** Where the comment form starts: everything after it is the form. */
export const COMMENT_FORM_START = new RegExp(
  `^${alt([
    'leave a (?:comment|reply)', '(?:\\d+\\s+)?comments?\\s*(?:\\(\\d+\\))?', 'post a comment', 'join the (?:conversation|discussion)',
    'your email address will not be published', 'add (?:a )?comment',
    'ostavite komentar', 'komentari(?:\\s*\\(\\d+\\))?', 'dodaj komentar', 'оставите коментар', 'коментари(?:\\s*\\(\\d+\\))?', 'додај коментар',
    'lini një koment', 'shkruani një koment', 'komente(?:\\s*\\(\\d+\\))?',
    'оставить комментарий', 'комментарии(?:\\s*\\(\\d+\\))?', 'добавить комментарий',
    'kommentar schreiben', 'kommentare(?:\\s*\\(\\d+\\))?', 'diskutieren sie mit',
    'laisser un commentaire', 'commentaires(?:\\s*\\(\\d+\\))?', 'réagir',
    'deja un comentario', 'deja tu comentario', 'comentarios(?:\\s*\\(\\d+\\))?',
    'اترك تعليقا', 'اترك تعليقاً', 'أضف تعليقا', 'أضف تعليقاً', 'التعليقات',
    'deixe um comentário', 'comentários', 'コメントを(?:残す|書く)', 'コメント', '发表评论', '評論', '评论',
  ])}\\s*[:.!]?\\s*`,
  'iu',
);

/** Lines of a comment form: field labels, notices and buttons. */
export const COMMENT_FORM_LINE = new RegExp(
  `^${alt([
    'required fields are marked', '(?:name|email|e-mail|website|comment)\\s*\\*?\\s*:?\\s*$', 'save my name, email,? and website', '(?:post|submit|send) comment',
    'your email address will not be published',
    'vaša (?:adresa e-pošte|e-mail adresa|email adresa) neće biti objavljena', 'ваша (?:адреса е-поште|е-мејл адреса) неће бити објављена',
    'pošalji komentar', 'пошаљи коментар', 'adresa juaj e email-it nuk do të publikohet', 'dërgo komentin',
    'ваш (?:адрес )?e-?mail не будет опубликован', 'отправить комментарий',
    'ihre e-mail-adresse wird nicht veröffentlicht', 'kommentar abschicken',
    'votre adresse (?:e-mail|email|de messagerie) ne sera pas publiée', 'envoyer le commentaire',
    'tu dirección de correo electrónico no será publicada', 'publicar comentario',
    'لن يتم نشر عنوان بريدك الإلكتروني', 'إرسال التعليق',
    'o seu endereço de e-mail não será publicado', 'メールアドレスが公開されることはありません', '您的电子邮箱地址不会被公开',
  ])}`,
  'iu',
);

/** Labels alone on a line: advertisements and sponsored slots. */
export const AD_LABEL = new RegExp(
  `^[\\s\\-–—]*${alt([
    'advertisement', 'advertising', 'ad', 'ads', 'sponsored(?: content| post| by .{1,40})?', 'story continues below(?: this)? advertisement',
    'reklama', 'oglas', 'реклама', 'оглас', 'reklamë', 'anzeige', 'werbung', 'publicité', 'publicidad', 'publicidade', 'pubblicità',
    'إعلان', '広告', '广告', '廣告',
  ])}[\\s\\-–—]*$`,
  'iu',
);

/** Share, subscribe, follow and download calls to action, alone on a line. */
export const CALL_TO_ACTION = new RegExp(
  `^${alt([
    'share(?: this(?: article| story| post)?)?(?: (?:on|via|to) .{1,40})?', 'click to (?:share|print|email).{0,60}', 'tweet(?: this)?', 'print(?: this)?(?: article)?',
    '(?:subscribe|sign up)(?: now| today| here)?(?: (?:to|for) .{1,80})?', 'follow us(?: on .{1,60})?', 'download (?:our|the) app.{0,60}', 'get (?:our|the) app.{0,40}',
    'like this', 'loading', 'skip to (?:main )?content', 'back to top',
    // Logging in: "Already a subscriber? Log in" is a question and this.
    '(?:log|sign) (?:in|on)', 'login', 'prijavi(?:te)? se', 'uloguj(?:te)? se', 'пријави(?:те)? се', 'улогуј(?:те)? се', 'identifikohu', 'hyr', 'kyçu',
    'войти', 'войдите', 'вход', 'anmelden', 'einloggen', 'se connecter', 'connectez-vous', 'connexion', 'iniciar sesión', 'inicia sesión', 'acceder',
    'تسجيل الدخول', 'سجّل الدخول', 'سجل الدخول',
    'podeli(?:te)?(?: na .{1,40})?', 'pretplatite se.{0,80}', 'prijavite se.{0,80}', 'pratite nas.{0,60}', 'preuzmite (?:našu )?aplikaciju.{0,40}',
    'подели(?:те)?(?: на .{1,40})?', 'претплатите се.{0,80}', 'пријавите се.{0,80}', 'пратите нас.{0,60}', 'преузмите (?:нашу )?апликацију.{0,40}',
    'shpërndaje(?: në .{1,40})?', 'abonohu.{0,80}', 'regjistrohu.{0,80}', 'na ndiqni.{0,60}', 'shkarko aplikacionin.{0,40}',
    'поделиться(?: .{1,40})?', 'подпи(?:шитесь|сывайтесь|саться).{0,80}', 'скачайте (?:наше )?приложение.{0,40}',
    '(?:artikel )?teilen(?: auf .{1,40})?', '(?:jetzt )?(?:newsletter )?abonnieren.{0,60}', 'jetzt (?:newsletter )?(?:abonnieren|anmelden).{0,60}', 'folgen sie uns.{0,60}', 'laden sie unsere app.{0,40}',
    'partager(?: cet article| sur .{1,40})?', 'abonnez-vous.{0,80}', 'inscrivez-vous.{0,80}', 'suivez-nous.{0,60}', 'téléchargez notre application.{0,40}',
    'compartir(?: en .{1,40})?', 'comparte (?:esta|este) .{1,40}', 'suscríbete.{0,80}', 'regístrate.{0,80}', 'síguenos.{0,60}', 'descarga nuestra (?:app|aplicación).{0,40}',
    'شارك(?: المقال| على .{1,40})?', 'اشترك.{0,80}', 'تابعنا.{0,60}', 'حمّل تطبيقنا.{0,40}', 'حمل تطبيقنا.{0,40}',
    'compartilhe.{0,40}', 'compartilhar(?: no .{1,40})?', 'assine.{0,80}', 'siga-nos.{0,60}', 'sdílet.{0,40}', 'シェアする', 'ツイート', '分享到.{0,20}', '订阅.{0,40}',
  ])}\\s*[:：.!…›»→]*\\s*(?:\\(opens in new window\\))?$`,
  'iu',
);

/** Social platforms and sharing channels; a line made only of these is a share bar. */
export const PLATFORMS = new Set([
  'facebook', 'twitter', 'x', 'instagram', 'linkedin', 'whatsapp', 'telegram', 'viber', 'reddit', 'pinterest', 'youtube', 'tiktok',
  'email', 'e-mail', 'mail', 'print', 'messenger', 'threads', 'mastodon', 'bluesky', 'vk', 'vkontakte', 'вконтакте', 'одноклассники',
  'snapchat', 'flipboard', 'pocket', 'skype', 'weibo', 'wechat', 'line', 'tumblr', 'copy', 'link', 'sms', 'rss', 'google', 'news',
  'фејсбук', 'твитер', 'инстаграм', 'фејсбуку', 'фейсбук', 'твиттер', 'телеграм', 'فيسبوك', 'تويتر', 'واتساب', '微博', '微信',
]);

/** Tags, categories and topics. */
export const TAGS = new RegExp(
  `^${alt([
    'tags?', 'tagged', 'filed under', 'categories', 'category', 'topics', 'oznake', 'tagovi', 'ključne reči', 'ознаке', 'тагови', 'кључне речи',
    'etiketa', 'etiketat', 'теги', 'метки', 'рубрика', 'schlagwörter', 'schlagworte', 'stichwörter', 'mots-clés', 'mots clés', 'étiquettes',
    'etiquetas', 'temas relacionados', 'الوسوم', 'كلمات مفتاحية', 'palavras-chave', 'štítky', 'タグ', '标签', '標籤',
  ])}\\s*[:：].{0,300}$`,
  'iu',
);

/** Copyright and rights notices. */
export const COPYRIGHT = new RegExp(
  `(?:^(?:©|\\(c\\)|copyright\\b)|${alt([
    'all rights reserved', 'sva prava (?:su )?zadržana', 'сва права (?:су )?задржана', 'të gjitha të drejtat e rezervuara', 'все права защищены',
    'alle rechte vorbehalten', 'tous droits réservés', 'todos los derechos reservados', 'جميع الحقوق محفوظة', 'todos os direitos reservados',
    'všechna práva vyhrazena', '版权所有', '版權所有', 'all rights reserved',
  ])})`,
  'iu',
);

/** Cookie words in several languages. */
export const COOKIE = /cookie|kola[čc]i[ćc]|колачи[ћц]|kukij|ملفات تعريف الارتباط|クッキー/iu;

/** The voice of a consent banner, as opposed to prose about cookies. */
export const CONSENT = new RegExp(
  alt([
    'we use', 'this (?:web)?site', 'our (?:web)?site', 'by (?:continuing|clicking|using|browsing)', 'you (?:agree|accept|consent)', 'accept(?: all)?',
    'cookie (?:policy|settings|preferences)', 'privacy policy', 'learn more', 'koristimo', 'ovaj sajt', 'prihvatate', 'користимо', 'овај сајт', 'прихватате',
    'ne përdorim', 'kjo faqe', 'pranoni', 'мы используем', 'сайт использует', 'вы соглашаетесь', 'wir verwenden', 'diese (?:web)?seite', 'stimmen sie',
    'nous utilisons', 'ce site', 'vous acceptez', 'utilizamos', 'usamos', 'este sitio', 'acepta', 'نستخدم', 'يستخدم هذا الموقع', 'توافق',
    'este site', 'você concorda', 'tento web', 'souhlasíte', '当サイト', '本网站', '本網站',
  ]),
  'iu',
);

/** Words that open a byline, followed by the names. */
export const BYLINE_MARKER = new RegExp(
  `^${alt([
    'by', 'written by', 'reported by', '(?:with |additional )?reporting (?:by|from)', 'autor(?:ka)?\\s*:', 'piše\\s*:?', 'аутор(?:ка)?\\s*:', 'пише\\s*:?', 'nga', 'autor\\s*:', 'автор\\s*:', 'текст\\s*:',
    'von', 'autor(?:in)?\\s*:', 'par', 'por', 'بقلم\\s*:?', 'كتب\\s*:?', 'كتبت\\s*:?', '文\\s*[:：]', '作者\\s*[:：]',
  ])}\\s+`,
  'iu',
);

/** Words joining names in a byline. */
export const NAME_JOINERS = new Set(['and', 'in', '&', 'und', 'et', 'y', 'i', 'и', 'dhe', 'e', 'و', 'a', 'de', 'da', 'van', 'von', 'der', 'del', 'la', 'le', 'al', 'bin', 'ibn']);

/** Words naming the picture itself; with a qualifier they make a whole credit ("File photo", "Иллюстративное фото", "Imagen de archivo", "صورة توضيحية"). */
export const PICTURE_WORD = alt([
  'photo(?:s|graph(?:s|y|ie|er|ers)?)?', 'image', 'images', 'picture[sd]?', 'pic', 'illustration', 'foto\\p{L}{0,8}', 'фото\\p{L}{0,8}', 'slika', 'слика',
  'snim\\p{L}{0,5}', 'сним\\p{L}{0,5}', 'кадр\\p{L}{0,3}', 'ilustracija', 'илустрација', 'иллюстрация', '\\p{L}{0,10}bild', 'imagen', 'imagem', 'صورة', 'الصورة',
]);

/** Credit words photo captions use; stems take the inflected and compound forms ("Fotografi", "Фотография", "Symbolbild"). */
export const CREDIT_WORD = alt([
  PICTURE_WORD, 'credit', 'credits', 'courtesy', 'cortes[íi]a', 'gentileza', 'courtoisie', 'ljubazno[šs]ć\\p{L}*', 'љубазно\\p{L}*', 'graphic', 'video', 'source', 'izvor', 'извор', 'burimi', 'источник', '\\p{L}{0,10}quelle', 'crédit(?: photo)?', 'crédits',
  'fuente', 'fonte', 'zdroj', 'المصدر', 'تصوير', '写真', '撮影', '画像', '提供', '图片', '圖片', '摄影', '攝影', '摄', '攝', '资料图', '資料圖', '图', '来源',
]);

/**
 * Photo and news agencies that sign pictures: the world's wires and picture libraries, and the national wires of the
 * newsroom's regions (the Balkans, Russia and its neighbours, the German-, French-, Spanish- and Arabic-speaking press).
 */
export const AGENCIES = alt([
  'AP', 'AFP', 'Reuters', 'REUTERS', 'EPA', 'EPA-EFE', 'EFE', 'dpa', 'DPA', 'ANSA', 'Anadolu(?: Agency)?', 'Xinhua', 'Getty Images', 'Getty', 'Shutterstock',
  'iStock', 'Unsplash', 'Pexels', 'Pixabay', 'Alamy', 'Bloomberg', 'PA(?: Media| Wire)?', 'Imago', 'IMAGO', 'picture alliance', 'NurPhoto', 'ZUMA(?: Press| Wire)?', 'SIPA', 'Sipa',
  'Abaca', 'WireImage', 'Wikimedia Commons', 'Keystone', 'Keystone-SDA', 'APA', 'KNA', 'epd', 'Belga', 'ANP', 'PAP', 'MTI', 'BTA', 'Agerpres', 'Europa Press', 'Notimex', 'Télam',
  'Tanjug', 'Танјуг', 'Beta', 'Бета', 'FoNet', 'ФоНет', 'Hina', 'HINA', 'Fena', 'FENA', 'MINA', 'МИНА', 'STA', 'KosovaPress', 'ATA', 'АТА',
  'ТАСС', 'TASS', 'ИТАР-ТАСС', 'РИА Новости', 'RIA Novosti', 'Интерфакс', 'Interfax', 'Sputnik', 'Спутник', 'Укринформ', 'Ukrinform', 'УНИАН', 'UNIAN', 'БелТА', 'BelTA',
  'رويترز', 'أ ف ب', 'الأناضول', 'واس', 'وام', 'سانا', 'أ ش أ', 'قنا', 'كونا', 'بترا', 'Lusa', 'ČTK', 'Kyodo', 'Jiji', 'Yonhap', '共同通信', '新华社',
]);

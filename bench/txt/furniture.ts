/**
 * Page furniture for `bench:txt`, written for the bench: what scrapers leave
 * around an article body. Every kind has a `seen` vocabulary and a `heldOut`
 * one. The seen half is what the cleaner's phrase lists and rules were tuned
 * against: the first seen vocabulary below, plus the held-out ones that the
 * cleaner was tuned on once their failures were read (`retired` below, then
 * furniture-retired.ts).
 * The held-out half (furniture-held-out.ts) is the closest this bench gets to
 * furniture the cleaner has never seen, and it is reported on its own.
 */
import { HELD_OUT, HELD_OUT_HEADLINES, HELD_OUT_TEASER_BODIES, type Vocabulary } from './furniture-held-out.js';
import { RETIRED_HEADLINES, RETIRED_HELD_OUT, RETIRED_TEASER_BODIES, SEEN_NEW_KINDS, TWEETS } from './furniture-retired.js';

export type FurnitureLang = 'en' | 'sr-Latn' | 'sr-Cyrl' | 'sq' | 'ru' | 'de' | 'fr' | 'es' | 'ar' | 'pt' | 'cs' | 'ja' | 'zh';
export type Split = 'seen' | 'heldOut';

export interface Rng {
  next(): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  int(min: number, max: number): number;
}

export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    chance: (p) => next() < p,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
  };
}

/** A template: `{name}`, `{name2}`, `{place}`, `{agency}`, `{date}`, `{time}`, `{n}`, `{headline}`, `{desc}`, `{site}` are filled in. */
type Kind = { seen: Vocabulary; retired: Vocabulary };

const NAMES: Record<FurnitureLang, readonly string[]> = {
  en: ['Jane Doe', 'LI WEI', 'Marcus Bell', 'Sarah O’Neill', 'Tom Hardcastle', 'Priya Raman', 'JOHN MILLER', 'Ana Costa'],
  'sr-Latn': ['Marko Petrović', 'Jelena Ilić', 'Nikola Đorđević', 'Ivana Stanković'],
  'sr-Cyrl': ['Марко Петровић', 'Јелена Илић', 'Никола Ђорђевић', 'Ивана Станковић'],
  sq: ['Arben Hoxha', 'Drita Krasniqi', 'Besnik Gashi', 'Vjosa Berisha'],
  ru: ['Иван Петров', 'Мария Соколова', 'Алексей Кузнецов', 'Ольга Морозова'],
  de: ['Hans Müller', 'Katrin Weiß', 'Jörg Schneider', 'Lena Vogel'],
  fr: ['Jean Dupont', 'Claire Lefèvre', 'Étienne Moreau', 'Sophie Garnier'],
  es: ['María García', 'José Luis Romero', 'Lucía Fernández', 'Andrés Molina'],
  ar: ['أحمد علي', 'سارة منصور', 'خالد حسن', 'ليلى يوسف'],
  pt: ['João Silva', 'Mariana Costa', 'Pedro Almeida'],
  cs: ['Jan Novák', 'Petra Svobodová', 'Tomáš Dvořák'],
  ja: ['山田太郎', '佐藤花子', '鈴木一郎'],
  zh: ['王伟', '李娜', '张磊'],
};

const AGENCIES: Record<FurnitureLang, readonly string[]> = {
  en: ['AP', 'Reuters', 'AFP', 'Bloomberg', 'PA Media'],
  'sr-Latn': ['Tanjug', 'Beta', 'FoNet'],
  'sr-Cyrl': ['Танјуг', 'Бета', 'ФоНет'],
  sq: ['KosovaPress', 'ATA', 'Koha'],
  ru: ['ТАСС', 'РИА Новости', 'Интерфакс'],
  de: ['dpa', 'AFP', 'Reuters'],
  fr: ['AFP', 'Reuters'],
  es: ['EFE', 'Europa Press'],
  ar: ['رويترز', 'أ ف ب', 'الأناضول'],
  pt: ['Lusa', 'Agência Brasil'],
  cs: ['ČTK'],
  ja: ['共同通信', '時事通信'],
  zh: ['新华社', '中新社'],
};

const PLACES: Record<FurnitureLang, readonly [string, string][]> = {
  en: [['WASHINGTON', 'Washington'], ['TEL AVIV', 'Tel Aviv, Israel'], ['NAIROBI', 'Nairobi, Kenya'], ['SPRINGFIELD', 'Springfield, Ill.']],
  'sr-Latn': [['BEOGRAD', 'Beograd'], ['NOVI SAD', 'Novi Sad'], ['KOSOVSKA MITROVICA', 'Kosovska Mitrovica']],
  'sr-Cyrl': [['БЕОГРАД', 'Београд'], ['НИШ', 'Ниш'], ['КРАГУЈЕВАЦ', 'Крагујевац']],
  sq: [['PRISHTINË', 'Prishtinë'], ['TIRANË', 'Tiranë'], ['PRIZREN', 'Prizren']],
  ru: [['МОСКВА', 'Москва'], ['САНКТ-ПЕТЕРБУРГ', 'Санкт-Петербург']],
  de: [['BERLIN', 'Berlin'], ['MÜNCHEN', 'München'], ['WIEN', 'Wien']],
  fr: [['PARIS', 'Paris'], ['LYON', 'Lyon'], ['BRUXELLES', 'Bruxelles']],
  es: [['MADRID', 'Madrid'], ['BOGOTÁ', 'Bogotá, Colombia'], ['SEVILLA', 'Sevilla']],
  ar: [['القاهرة', 'القاهرة'], ['بيروت', 'بيروت'], ['عمان', 'عمان']],
  pt: [['LISBOA', 'Lisboa'], ['SÃO PAULO', 'São Paulo']],
  cs: [['PRAHA', 'Praha'], ['BRNO', 'Brno']],
  ja: [['東京', '東京']],
  zh: [['北京', '北京']],
};

const DESCRIPTIONS: Record<FurnitureLang, readonly string[]> = {
  en: ['Protesters gather outside the parliament building on Monday', 'A police officer stands guard at the entrance', 'Workers inspect the damaged bridge', 'The minister speaks to reporters in the capital'],
  'sr-Latn': ['Građani ispred zgrade opštine u ponedeljak', 'Policija na ulazu u grad', 'Radnici na gradilištu novog mosta'],
  'sr-Cyrl': ['Грађани испред зграде општине у понедељак', 'Полиција на улазу у град', 'Радници на градилишту новог моста'],
  sq: ['Qytetarët para ndërtesës së komunës', 'Policia në hyrje të qytetit', 'Punëtorët në kantierin e urës së re'],
  ru: ['Участники акции у здания администрации', 'Полицейские у входа в здание', 'Рабочие на строительстве моста'],
  de: ['Demonstranten vor dem Rathaus am Montag', 'Polizisten am Eingang des Gebäudes', 'Arbeiter auf der Baustelle der neuen Brücke'],
  fr: ['Des manifestants devant la mairie lundi', 'Un policier à l’entrée du bâtiment', 'Des ouvriers sur le chantier du nouveau pont'],
  es: ['Manifestantes frente al ayuntamiento el lunes', 'Un agente vigila la entrada del edificio', 'Obreros en la obra del nuevo puente'],
  ar: ['متظاهرون أمام مبنى البلدية يوم الاثنين', 'شرطي يحرس مدخل المبنى', 'عمال في موقع بناء الجسر الجديد'],
  pt: ['Manifestantes em frente à prefeitura na segunda-feira', 'Operários na obra da nova ponte'],
  cs: ['Demonstranti před radnicí v pondělí', 'Dělníci na stavbě nového mostu'],
  ja: ['市役所前に集まった住民', '新しい橋の建設現場'],
  zh: ['市政府门前聚集的民众', '新桥施工现场'],
};

const HEADLINES: Record<FurnitureLang, readonly string[]> = {
  en: ['Council Approves New Budget After Marathon Session', 'Why Are Rents Rising So Fast?', 'Five Things To Know About The Election (Updated)', 'Storm Leaves Thousands Without Power!', 'Inside the race to rebuild the old harbour', 'What the new tariffs mean for farmers', '“We were never consulted,” residents say'],
  'sr-Latn': ['Skupština usvojila novi budžet', 'Zašto cene stanova rastu?', 'Nestašica vode u tri opštine!', 'Šta donosi novi zakon o radu'],
  'sr-Cyrl': ['Скупштина усвојила нови буџет', 'Зашто цене станова расту?', 'Несташица воде у три општине!', 'Шта доноси нови закон о раду'],
  sq: ['Kuvendi miraton buxhetin e ri', 'Pse po rriten qiratë?', 'Mungesë uji në tri komuna!', 'Çfarë sjell ligji i ri i punës'],
  ru: ['Дума приняла новый бюджет', 'Почему растут цены на жильё?', 'Без света остались тысячи домов!', 'Что изменит новый закон о труде'],
  de: ['Stadtrat beschließt neuen Haushalt', 'Warum steigen die Mieten so schnell?', 'Sturm legt Stromnetz lahm!', 'Was das neue Gesetz für Pendler bedeutet'],
  fr: ['Le conseil adopte un nouveau budget', 'Pourquoi les loyers flambent-ils ?', 'La tempête prive des milliers de foyers d’électricité !', 'Ce que change la nouvelle loi'],
  es: ['El pleno aprueba el nuevo presupuesto', '¿Por qué suben tanto los alquileres?', '¡La tormenta deja miles de casas sin luz!', 'Qué cambia con la nueva ley'],
  ar: ['البرلمان يقر الميزانية الجديدة', 'لماذا ترتفع الإيجارات بهذه السرعة؟', 'العاصفة تقطع الكهرباء عن آلاف المنازل!'],
  pt: ['Câmara aprova novo orçamento', 'Por que os aluguéis sobem tanto?'],
  cs: ['Zastupitelstvo schválilo nový rozpočet', 'Proč tak rychle rostou nájmy?'],
  ja: ['市議会が新予算を可決', 'なぜ家賃は上がり続けるのか？'],
  zh: ['市议会通过新预算', '房租为何持续上涨？'],
};

const TEASER_BODIES: Record<FurnitureLang, readonly string[]> = {
  en: ['The city council met late into the night on Thursday to settle the budget, and after hours of debate the members finally agreed on a plan that', 'Residents of the old town say they were never asked about the project, which has already changed the way the district looks and'],
  'sr-Latn': ['Skupština grada zasedala je do kasno u noć kako bi usvojila budžet, a posle višesatne rasprave odbornici su se složili oko plana koji', 'Stanovnici starog dela grada kažu da ih niko nije pitao za mišljenje o projektu koji je već promenio'],
  'sr-Cyrl': ['Скупштина града заседала је до касно у ноћ како би усвојила буџет, а после вишечасовне расправе одборници су се сложили око плана који', 'Становници старог дела града кажу да их нико није питао за мишљење о пројекту који је већ променио'],
  sq: ['Kuvendi i qytetit u mblodh deri vonë natën për të miratuar buxhetin, dhe pas orësh debati anëtarët ranë dakord për një plan që', 'Banorët e lagjes së vjetër thonë se askush nuk i pyeti për projektin që tashmë ka ndryshuar'],
  ru: ['Городская дума заседала до поздней ночи, чтобы утвердить бюджет, и после многочасовых споров депутаты согласовали план, который', 'Жители старого района говорят, что их никто не спрашивал о проекте, который уже изменил'],
  de: ['Der Stadtrat tagte bis spät in die Nacht, um den Haushalt zu beschließen, und nach stundenlanger Debatte einigten sich die Mitglieder auf einen Plan, der', 'Anwohner der Altstadt sagen, niemand habe sie zu dem Projekt befragt, das bereits das Gesicht des Viertels verändert'],
  fr: ['Le conseil municipal a siégé tard dans la nuit pour adopter le budget et, après des heures de débat, les élus se sont accordés sur un plan qui', 'Les habitants de la vieille ville affirment que personne ne les a consultés sur le projet qui a déjà changé'],
  es: ['El pleno municipal se reunió hasta bien entrada la noche para aprobar el presupuesto y, tras horas de debate, los concejales acordaron un plan que', 'Los vecinos del casco antiguo aseguran que nadie les consultó sobre el proyecto que ya ha cambiado'],
  ar: ['اجتمع المجلس البلدي حتى وقت متأخر من الليل لإقرار الميزانية، وبعد ساعات من النقاش اتفق الأعضاء على خطة', 'يقول سكان البلدة القديمة إن أحدا لم يستشرهم بشأن المشروع الذي غير بالفعل'],
  pt: ['A câmara municipal reuniu-se até tarde da noite para aprovar o orçamento e, depois de horas de debate, os vereadores acordaram um plano que'],
  cs: ['Zastupitelstvo zasedalo dlouho do noci, aby schválilo rozpočet, a po hodinách debaty se členové shodli na plánu, který'],
  ja: ['市議会は深夜まで審議を続け、何時間もの議論の末に予算案について合意したが、その内容は'],
  zh: ['市议会一直开会到深夜以通过预算，经过数小时的辩论，议员们最终就一项计划达成一致，该计划'],
};

export const ELLIPSES = ['…', '...', ' […]', ' [...]', ' …', '…'];

/** The kinds of furniture a file may carry. Phrases are templates (see Vocabulary). */
const FURNITURE: Record<string, Kind> = {
  byline: {
    seen: {
      en: ['By {NAME} and {NAME2}', 'By {name}, {agency}', 'By {name}', 'Written by {name}', '{name} | Staff writer'],
      'sr-Latn': ['Autor: {name}', 'Piše: {name}'],
      'sr-Cyrl': ['Аутор: {name}', 'Пише: {name}'],
      sq: ['Nga {name}', 'Autor: {name}'],
      ru: ['Автор: {name}', 'Текст: {name}'],
      de: ['Von {name}', 'Von {name} und {name2}'],
      fr: ['Par {name}', 'Par {name} et {name2}'],
      es: ['Por {name}', 'Por {name} y {name2}'],
      ar: ['بقلم: {name}', 'كتب: {name}'],
      pt: ['Por {name}'],
      cs: ['Autor: {name}'],
      ja: ['文：{name}'],
      zh: ['作者：{name}'],
    },
    retired: {
      en: ['Words by {name}', '{NAME}, Associated Press', 'Story by {name} • Photos by {name2}', '{name} — Senior Correspondent', 'Reporting by {name}; Editing by {name2}'],
      'sr-Latn': ['Tekst: {name}', '{name} / {agency}'],
      'sr-Cyrl': ['Текст: {name}', '{name} / {agency}'],
      sq: ['Shkruan: {name}', '{name} / {agency}'],
      ru: ['{name}, корреспондент', 'Подготовил {name}'],
      de: ['Ein Bericht von {name}', '{name}, Korrespondentin'],
      fr: ['{name}, envoyée spéciale', 'Propos recueillis par {name}'],
      es: ['Escrito por {name}', '{name} | Redacción'],
      ar: ['{name} - مراسل', 'إعداد: {name}'],
      pt: ['Escrito por {name}'],
      cs: ['Napsal {name}'],
      ja: ['記者：{name}'],
      zh: ['记者 {name}'],
    },
  },
  timestamp: {
    seen: {
      en: ['{date} {time}', 'Published: {date}', 'Updated {date}, {time}', 'Posted on {date}', '{n} hours ago'],
      'sr-Latn': ['Objavljeno: {date}', '{date} {time}'],
      'sr-Cyrl': ['Објављено: {date}', '{date} {time}'],
      sq: ['Publikuar: {date}', '{date}, {time}'],
      ru: ['Опубликовано: {date}', '{date}, {time}'],
      de: ['Veröffentlicht am {date}', '{date}, {time} Uhr'],
      fr: ['Publié le {date}', 'Mis à jour le {date} à {time}'],
      es: ['Publicado el {date}', 'Actualizado: {date} {time}'],
      ar: ['نشر في {date}', '{date} {time}'],
      pt: ['Publicado em {date}'],
      cs: ['Publikováno {date}'],
      ja: ['{date} {time}'],
      zh: ['{date} {time}'],
    },
    retired: {
      en: ['Last modified {date}', '{date} at {time} GMT', '{weekday} {date}', 'First published on {weekday} {date}', '{isoDate}', '{numDate} | {time}'],
      'sr-Latn': ['Ažurirano {date} u {time}', '{numDate}. {time}', 'pre {n} sati'],
      'sr-Cyrl': ['Ажурирано {date} у {time}', '{numDate}. {time}', 'пре {n} сати'],
      sq: ['Përditësuar më {date}', '{numDate} {time}', 'para {n} orësh'],
      ru: ['Обновлено {date}', '{numDate} {time}', '{n} часа назад'],
      de: ['Aktualisiert: {date}', 'Stand: {numDate}, {time}', 'vor {n} Stunden'],
      fr: ['{weekday} {date}', 'il y a {n} heures', '{numDate} à {time}'],
      es: ['{weekday}, {date}', 'hace {n} horas', '{numDate} - {time}'],
      ar: ['آخر تحديث: {date}', 'منذ {n} ساعات'],
      pt: ['Atualizado em {date}'],
      cs: ['Aktualizováno {date}'],
      ja: ['更新：{date}'],
      zh: ['更新时间：{date}'],
    },
  },
  cookie: {
    seen: {
      en: ['We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies. Accept', 'This website uses cookies to ensure you get the best experience. Learn more'],
      'sr-Latn': ['Koristimo kolačiće kako bismo poboljšali vaše iskustvo. Nastavkom korišćenja sajta prihvatate njihovu upotrebu.'],
      'sr-Cyrl': ['Користимо колачиће како бисмо побољшали ваше искуство. Наставком коришћења сајта прихватате њихову употребу.'],
      sq: ['Ne përdorim cookies për të përmirësuar përvojën tuaj. Duke vazhduar, pranoni përdorimin e tyre.'],
      ru: ['Мы используем файлы cookie, чтобы сделать сайт удобнее. Продолжая пользоваться сайтом, вы соглашаетесь с этим.'],
      de: ['Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten. Mit der Nutzung der Seite stimmen Sie zu.'],
      fr: ['Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.'],
      es: ['Utilizamos cookies para mejorar su experiencia. Si continúa navegando, acepta su uso.'],
      ar: ['نستخدم ملفات تعريف الارتباط لتحسين تجربتك. باستمرارك في التصفح فإنك توافق على ذلك.'],
      pt: ['Usamos cookies para melhorar a sua experiência. Ao continuar, você concorda com o seu uso.'],
      cs: ['Tento web používá cookies. Pokračováním s tím souhlasíte.'],
      ja: ['当サイトではクッキーを使用しています。'],
      zh: ['本网站使用Cookie以改善您的体验。'],
    },
    retired: {
      en: ['Your privacy matters to us. We and our partners store and access information on your device for personalised ads and content. Manage preferences', 'By clicking “Accept all”, you consent to the storing of cookies on your device.', 'Cookie settings'],
      'sr-Latn': ['Ovaj sajt koristi kolačiće. Saznajte više o politici privatnosti.'],
      'sr-Cyrl': ['Овај сајт користи колачиће. Сазнајте више о политици приватности.'],
      sq: ['Kjo faqe përdor cookie. Mëso më shumë rreth privatësisë.'],
      ru: ['Сайт использует cookie. Подробнее в политике конфиденциальности.'],
      de: ['Diese Website nutzt Cookies. Mehr erfahren in der Datenschutzerklärung.'],
      fr: ['Ce site utilise des cookies. Gérer mes préférences'],
      es: ['Este sitio web utiliza cookies. Configurar preferencias'],
      ar: ['يستخدم هذا الموقع ملفات تعريف الارتباط. سياسة الخصوصية'],
      pt: ['Este site utiliza cookies. Saiba mais'],
      cs: ['Nastavení cookies'],
      ja: ['クッキーの設定'],
      zh: ['Cookie设置'],
    },
  },
  share: {
    seen: {
      en: ['Share this article', 'Share on Facebook', 'Facebook | Twitter | Email', 'Share: Facebook Twitter LinkedIn WhatsApp', 'Click to share on Twitter (Opens in new window)'],
      'sr-Latn': ['Podeli:', 'Podelite na Facebook-u', 'Facebook Twitter Viber'],
      'sr-Cyrl': ['Подели:', 'Поделите на Фејсбуку', 'Facebook Twitter Viber'],
      sq: ['Shpërndaje:', 'Shpërndaje në Facebook'],
      ru: ['Поделиться:', 'Поделиться ВКонтакте', 'ВКонтакте Telegram WhatsApp'],
      de: ['Artikel teilen', 'Teilen auf Facebook', 'Facebook Twitter WhatsApp E-Mail'],
      fr: ['Partager cet article', 'Partager sur Facebook'],
      es: ['Compartir en Facebook', 'Comparte esta noticia'],
      ar: ['شارك المقال', 'شارك على فيسبوك'],
      pt: ['Compartilhe:', 'Compartilhar no Facebook'],
      cs: ['Sdílet na Facebooku'],
      ja: ['シェアする'],
      zh: ['分享到微博'],
    },
    retired: {
      en: ['Copy link', 'Pin it  ·  Flipboard  ·  Pocket', 'Send this story to a friend', 'Mastodon Bluesky Threads Reddit', 'Gift this article'],
      'sr-Latn': ['Pošalji prijatelju', 'Kopiraj link'],
      'sr-Cyrl': ['Пошаљи пријатељу', 'Копирај линк'],
      sq: ['Dërgoja një miku', 'Kopjo lidhjen'],
      ru: ['Отправить другу', 'Скопировать ссылку', 'Одноклассники Telegram'],
      de: ['Link kopieren', 'Per Mail versenden'],
      fr: ['Copier le lien', 'Envoyer par e-mail'],
      es: ['Copiar enlace', 'Enviar por correo'],
      ar: ['نسخ الرابط', 'أرسل لصديق'],
      pt: ['Copiar link'],
      cs: ['Kopírovat odkaz'],
      ja: ['リンクをコピー'],
      zh: ['复制链接'],
    },
  },
  subscribe: {
    seen: {
      en: ['Subscribe to our newsletter for the day’s top stories', 'Sign up for our daily briefing', 'Follow us on Twitter and Instagram', 'Download our app for iOS and Android', 'Subscribe now'],
      'sr-Latn': ['Pretplatite se na naš njuzleter', 'Pratite nas na Instagramu', 'Preuzmite našu aplikaciju'],
      'sr-Cyrl': ['Претплатите се на наш билтен', 'Пратите нас на Инстаграму', 'Преузмите нашу апликацију'],
      sq: ['Abonohu në buletinin tonë', 'Na ndiqni në Facebook', 'Shkarko aplikacionin tonë'],
      ru: ['Подпишитесь на нашу рассылку', 'Подписывайтесь на наш канал в Telegram', 'Скачайте наше приложение'],
      de: ['Jetzt Newsletter abonnieren', 'Folgen Sie uns auf Instagram', 'Laden Sie unsere App herunter'],
      fr: ['Abonnez-vous à notre newsletter', 'Suivez-nous sur Instagram', 'Téléchargez notre application'],
      es: ['Suscríbete a nuestro boletín', 'Síguenos en Instagram', 'Descarga nuestra aplicación'],
      ar: ['اشترك في نشرتنا الإخبارية', 'تابعنا على تويتر', 'حمّل تطبيقنا'],
      pt: ['Assine a nossa newsletter', 'Siga-nos no Instagram'],
      cs: ['Přihlaste se k odběru newsletteru'],
      ja: ['ニュースレターに登録'],
      zh: ['订阅我们的新闻简报'],
    },
    retired: {
      en: ['Get the best of {site} delivered to your inbox every morning', 'Want more stories like this? Join 50,000 readers', 'Support independent journalism — become a member today', 'Enjoying this story? There’s more where that came from', 'Turn on notifications'],
      'sr-Latn': ['Budite u toku: najvažnije vesti svakog jutra u vašem inboksu', 'Podržite nezavisno novinarstvo'],
      'sr-Cyrl': ['Будите у току: најважније вести сваког јутра у вашем инбоксу', 'Подржите независно новинарство'],
      sq: ['Merrni lajmet më të rëndësishme çdo mëngjes', 'Mbështetni gazetarinë e pavarur'],
      ru: ['Главные новости дня — каждое утро в вашей почте', 'Поддержите независимую журналистику'],
      de: ['Die wichtigsten Nachrichten jeden Morgen in Ihrem Postfach', 'Unterstützen Sie unabhängigen Journalismus'],
      fr: ['L’essentiel de l’actualité chaque matin dans votre boîte mail', 'Soutenez le journalisme indépendant'],
      es: ['Lo más importante del día, cada mañana en tu correo', 'Apoya el periodismo independiente'],
      ar: ['أهم الأخبار كل صباح في بريدك', 'ادعم الصحافة المستقلة'],
      pt: ['As principais notícias todas as manhãs no seu e-mail'],
      cs: ['Nejdůležitější zprávy každé ráno ve vaší schránce'],
      ja: ['毎朝最新ニュースをお届けします'],
      zh: ['每天早上把重要新闻送到您的邮箱'],
    },
  },
  ad: {
    seen: {
      en: ['Advertisement', 'ADVERTISEMENT', 'Sponsored content', 'Story continues below advertisement'],
      'sr-Latn': ['Reklama', 'Oglas'],
      'sr-Cyrl': ['Реклама', 'Оглас'],
      sq: ['Reklamë'],
      ru: ['Реклама'],
      de: ['Anzeige', 'Werbung'],
      fr: ['Publicité'],
      es: ['Publicidad'],
      ar: ['إعلان'],
      pt: ['Publicidade'],
      cs: ['Reklama'],
      ja: ['広告'],
      zh: ['广告'],
    },
    retired: {
      en: ['Article continues after this ad', 'Paid partner content', 'Promoted stories', 'Scroll to continue with content'],
      'sr-Latn': ['Plaćeni sadržaj', 'Tekst se nastavlja ispod oglasa'],
      'sr-Cyrl': ['Плаћени садржај', 'Текст се наставља испод огласа'],
      sq: ['Përmbajtje e sponsorizuar'],
      ru: ['Партнёрский материал', 'Продолжение после рекламы'],
      de: ['Artikel wird unter der Anzeige fortgesetzt', 'Gesponserter Inhalt'],
      fr: ['Contenu sponsorisé', 'La suite après cette publicité'],
      es: ['Contenido patrocinado', 'Sigue leyendo tras el anuncio'],
      ar: ['محتوى مدفوع'],
      pt: ['Conteúdo patrocinado'],
      cs: ['Sponzorovaný obsah'],
      ja: ['スポンサーリンク'],
      zh: ['推广内容'],
    },
  },
  readAlso: {
    seen: {
      en: ['Read more: {headline}', 'RELATED: {headline}', 'Read also: {headline}'],
      'sr-Latn': ['Pročitajte i: {headline}', 'Pročitajte još: {headline}'],
      'sr-Cyrl': ['Прочитајте и: {headline}', 'Прочитајте још: {headline}'],
      sq: ['Lexo edhe: {headline}'],
      ru: ['Читайте также: {headline}'],
      de: ['Lesen Sie auch: {headline}'],
      fr: ['Lire aussi : {headline}'],
      es: ['Lee también: {headline}'],
      ar: ['اقرأ أيضا: {headline}'],
      pt: ['Leia também: {headline}'],
      cs: ['Čtěte také: {headline}'],
      ja: ['関連記事：{headline}'],
      zh: ['相关阅读：{headline}'],
    },
    retired: {
      en: ['SEE ALSO → {headline}', 'Don’t miss: {headline}', 'MORE: {headline}', 'Recommended: {headline}'],
      'sr-Latn': ['Vezano: {headline}', 'Preporučujemo: {headline}'],
      'sr-Cyrl': ['Везано: {headline}', 'Препоручујемо: {headline}'],
      sq: ['Të ngjashme: {headline}'],
      ru: ['По теме: {headline}', 'Смотрите также: {headline}'],
      de: ['Mehr zum Thema: {headline}', 'Auch interessant: {headline}'],
      fr: ['À voir aussi : {headline}', 'Sur le même sujet : {headline}'],
      es: ['Te puede interesar: {headline}', 'Relacionado: {headline}'],
      ar: ['مواضيع ذات صلة: {headline}'],
      pt: ['Veja também: {headline}'],
      cs: ['Související: {headline}'],
      ja: ['あわせて読みたい：{headline}'],
      zh: ['延伸阅读：{headline}'],
    },
  },
  relatedHeading: {
    seen: {
      en: ['Related', 'Related articles', 'More from {site}', 'You may also like'],
      'sr-Latn': ['Povezane vesti', 'Više o temi'],
      'sr-Cyrl': ['Повезане вести', 'Више о теми'],
      sq: ['Lajme të ngjashme'],
      ru: ['Читайте также', 'Похожие новости'],
      de: ['Das könnte Sie auch interessieren', 'Mehr zum Thema'],
      fr: ['À lire aussi', 'Sur le même sujet'],
      es: ['Noticias relacionadas', 'Te puede interesar'],
      ar: ['مقالات ذات صلة'],
      pt: ['Notícias relacionadas'],
      cs: ['Související články'],
      ja: ['関連記事'],
      zh: ['相关新闻'],
    },
    retired: {
      en: ['Trending now', 'Editor’s picks', 'Most popular', 'Latest news', 'Around the web'],
      'sr-Latn': ['Najčitanije', 'Najnovije vesti'],
      'sr-Cyrl': ['Најчитаније', 'Најновије вести'],
      sq: ['Më të lexuarat', 'Të fundit'],
      ru: ['Самое читаемое', 'Последние новости'],
      de: ['Meistgelesen', 'Neueste Artikel'],
      fr: ['Les plus lus', 'Dernières actualités'],
      es: ['Lo más leído', 'Últimas noticias'],
      ar: ['الأكثر قراءة', 'آخر الأخبار'],
      pt: ['Mais lidas'],
      cs: ['Nejčtenější'],
      ja: ['人気記事'],
      zh: ['热门文章'],
    },
  },
  readMore: {
    seen: {
      en: ['Read more', 'Keep reading', 'Continue reading'],
      'sr-Latn': ['Pročitajte više', 'Opširnije'],
      'sr-Cyrl': ['Прочитајте више', 'Опширније'],
      sq: ['Lexo më shumë'],
      ru: ['Читать далее'],
      de: ['Weiterlesen'],
      fr: ['Lire la suite'],
      es: ['Leer más'],
      ar: ['اقرأ المزيد'],
      pt: ['Leia mais'],
      cs: ['Číst dále'],
      ja: ['続きを読む'],
      zh: ['阅读全文'],
    },
    retired: {
      en: ['Full story »', 'Read the rest →', 'View article'],
      'sr-Latn': ['Detaljnije »', 'Ceo tekst'],
      'sr-Cyrl': ['Детаљније »', 'Цео текст'],
      sq: ['Më shumë »'],
      ru: ['Подробнее →'],
      de: ['Zum Artikel »'],
      fr: ['Voir l’article →'],
      es: ['Ver noticia »'],
      ar: ['التفاصيل »'],
      pt: ['Ver mais »'],
      cs: ['Celý článek »'],
      ja: ['記事を読む »'],
      zh: ['查看详情 »'],
    },
  },
  comments: {
    seen: {
      en: ['Leave a comment|Your email address will not be published. Required fields are marked *|Comment|Name *|Email *|Post Comment', 'Leave a Reply|Comment *|Save my name, email, and website in this browser for the next time I comment.'],
      'sr-Latn': ['Ostavite komentar|Vaša adresa e-pošte neće biti objavljena.|Pošalji komentar'],
      'sr-Cyrl': ['Оставите коментар|Ваша адреса е-поште неће бити објављена.|Пошаљи коментар'],
      sq: ['Lini një koment|Adresa juaj e email-it nuk do të publikohet.|Dërgo komentin'],
      ru: ['Оставить комментарий|Ваш адрес email не будет опубликован.|Отправить'],
      de: ['Kommentar schreiben|Ihre E-Mail-Adresse wird nicht veröffentlicht.|Kommentar abschicken'],
      fr: ['Laisser un commentaire|Votre adresse e-mail ne sera pas publiée.|Envoyer'],
      es: ['Deja un comentario|Tu dirección de correo electrónico no será publicada.|Publicar comentario'],
      ar: ['اترك تعليقاً|لن يتم نشر عنوان بريدك الإلكتروني.|إرسال التعليق'],
      pt: ['Deixe um comentário|O seu endereço de e-mail não será publicado.'],
      cs: ['Přidat komentář|Vaše e-mailová adresa nebude zveřejněna.'],
      ja: ['コメントを残す|メールアドレスが公開されることはありません。'],
      zh: ['发表评论|您的电子邮箱地址不会被公开。'],
    },
    retired: {
      en: ['{n} Comments|Join the discussion: log in to comment|Sort by: Newest', 'What do you think?|Sign in to join the conversation|Community guidelines'],
      'sr-Latn': ['Komentari ({n})|Prijavite se da biste komentarisali'],
      'sr-Cyrl': ['Коментари ({n})|Пријавите се да бисте коментарисали'],
      sq: ['Komente ({n})|Identifikohu për të komentuar'],
      ru: ['Комментарии ({n})|Войдите, чтобы комментировать'],
      de: ['Kommentare ({n})|Melden Sie sich an, um zu kommentieren'],
      fr: ['Commentaires ({n})|Connectez-vous pour commenter'],
      es: ['Comentarios ({n})|Inicia sesión para comentar'],
      ar: ['التعليقات ({n})|سجل الدخول للتعليق'],
      pt: ['Comentários ({n})|Entre para comentar'],
      cs: ['Diskuse ({n})|Přihlaste se pro komentář'],
      ja: ['コメント（{n}）|ログインしてコメント'],
      zh: ['评论（{n}）|登录后发表评论'],
    },
  },
  tags: {
    seen: {
      en: ['Tags: politics, city council, budget', 'Filed under: World'],
      'sr-Latn': ['Tagovi: politika, skupština'],
      'sr-Cyrl': ['Тагови: политика, скупштина'],
      sq: ['Etiketa: politikë, kuvend'],
      ru: ['Теги: политика, дума'],
      de: ['Schlagwörter: Politik, Stadtrat'],
      fr: ['Mots-clés : politique, conseil'],
      es: ['Etiquetas: política, pleno'],
      ar: ['الوسوم: سياسة، برلمان'],
      pt: ['Tags: política, câmara'],
      cs: ['Štítky: politika'],
      ja: ['タグ：政治'],
      zh: ['标签：政治'],
    },
    retired: {
      en: ['Topics', 'Politics · Europe · Elections', 'More on: Housing'],
      'sr-Latn': ['Teme: Politika · Beograd'],
      'sr-Cyrl': ['Теме: Политика · Београд'],
      sq: ['Temat: Politikë · Prishtinë'],
      ru: ['Темы: Политика · Москва'],
      de: ['Themen: Politik · Berlin'],
      fr: ['Thèmes : Politique · Paris'],
      es: ['Temas: Política · Madrid'],
      ar: ['مواضيع: سياسة · القاهرة'],
      pt: ['Temas: Política'],
      cs: ['Témata: Politika'],
      ja: ['トピック：政治'],
      zh: ['话题：政治'],
    },
  },
  copyright: {
    seen: {
      en: ['© 2026 {site}. All rights reserved.', 'Copyright 2026 The Associated Press. All rights reserved.'],
      'sr-Latn': ['© 2026 {site}. Sva prava zadržana.'],
      'sr-Cyrl': ['© 2026 {site}. Сва права задржана.'],
      sq: ['© 2026 {site}. Të gjitha të drejtat e rezervuara.'],
      ru: ['© 2026 {site}. Все права защищены.'],
      de: ['© 2026 {site}. Alle Rechte vorbehalten.'],
      fr: ['© 2026 {site}. Tous droits réservés.'],
      es: ['© 2026 {site}. Todos los derechos reservados.'],
      ar: ['© 2026 {site}. جميع الحقوق محفوظة.'],
      pt: ['© 2026 {site}. Todos os direitos reservados.'],
      cs: ['© 2026 {site}. Všechna práva vyhrazena.'],
      ja: ['© 2026 {site}'],
      zh: ['© 2026 {site} 版权所有'],
    },
    retired: {
      en: ['This material may not be published, broadcast, rewritten or redistributed without permission.', '{site} is not responsible for the content of external sites.', 'Terms of Use | Privacy Policy | Contact us'],
      'sr-Latn': ['Zabranjeno preuzimanje sadržaja bez dozvole redakcije.', 'Uslovi korišćenja | Kontakt'],
      'sr-Cyrl': ['Забрањено преузимање садржаја без дозволе редакције.', 'Услови коришћења | Контакт'],
      sq: ['Ndalohet riprodhimi pa lejen e redaksisë.', 'Kushtet e përdorimit | Kontakt'],
      ru: ['Перепечатка материалов без согласия редакции запрещена.', 'Правила | Контакты'],
      de: ['Impressum | Datenschutz | Kontakt'],
      fr: ['Mentions légales | Contact'],
      es: ['Aviso legal | Contacto'],
      ar: ['اتصل بنا | سياسة الخصوصية'],
      pt: ['Termos de uso | Contato'],
      cs: ['Podmínky užití | Kontakt'],
      ja: ['利用規約 | お問い合わせ'],
      zh: ['使用条款 | 联系我们'],
    },
  },
  nav: {
    seen: {
      en: ['Home > World > Europe', 'Skip to main content'],
      'sr-Latn': ['Početna > Vesti > Politika'],
      'sr-Cyrl': ['Почетна > Вести > Политика'],
      sq: ['Ballina > Lajme > Politikë'],
      ru: ['Главная > Новости > Политика'],
      de: ['Startseite > Politik > Ausland'],
      fr: ['Accueil > Monde > Europe'],
      es: ['Inicio > Internacional > Europa'],
      ar: ['الرئيسية > أخبار > سياسة'],
      pt: ['Início > Mundo'],
      cs: ['Úvod > Zprávy'],
      ja: ['ホーム > ニュース'],
      zh: ['首页 > 新闻'],
    },
    retired: {
      en: ['News / Politics / Local', 'Menu  Search  Sign in', 'Listen to this article · 4 min'],
      'sr-Latn': ['Vesti / Društvo', 'Meni Pretraga'],
      'sr-Cyrl': ['Вести / Друштво', 'Мени Претрага'],
      sq: ['Lajme / Shoqëri'],
      ru: ['Новости / Общество', 'Меню Поиск Войти'],
      de: ['Nachrichten / Politik', 'Menü Suche Anmelden'],
      fr: ['Actualités / Politique', 'Menu Rechercher Se connecter'],
      es: ['Noticias / Política', 'Menú Buscar Entrar'],
      ar: ['أخبار / سياسة'],
      pt: ['Notícias / Política'],
      cs: ['Zprávy / Domácí'],
      ja: ['ニュース / 政治'],
      zh: ['新闻 / 政治'],
    },
  },
  caption: {
    seen: {
      en: ['{desc} (AP Photo/{name})', '{desc} [Photo: {agency}]', '{desc} | Photo: {name}', 'Image credit: {name}/{agency}', '{desc}. Photograph: {name}/{agency}', 'Photo: {name}'],
      'sr-Latn': ['{desc} (Foto: {agency})', '{desc} Foto: {name}'],
      'sr-Cyrl': ['{desc} (Фото: {agency})', '{desc} Фото: {name}'],
      sq: ['{desc} (Foto: {agency})'],
      ru: ['{desc}. Фото: {agency}', 'Фото: {name}/{agency}'],
      de: ['{desc} (Foto: {agency})', '{desc} Foto: {name}/dpa'],
      fr: ['{desc} (Photo : {agency})'],
      es: ['{desc} (Foto: {agency})'],
      ar: ['{desc} (صورة: {agency})'],
      pt: ['{desc} (Foto: {agency})'],
      cs: ['{desc} (Foto: {agency})'],
      ja: ['{desc}（写真：{agency}）'],
      zh: ['{desc}（图片来源：{agency}）'],
    },
    retired: {
      en: ['{desc} (Credit: {name} for {site})', '{desc}. Picture: {name}', '{desc} REUTERS/{name}', '{desc} © {name} / AFP', '{desc}. (Getty Images)', 'FILE - {desc}, March 3, 2025. (AP Photo/{name}, File)'],
      'sr-Latn': ['{desc} / Foto: {agency}, {name}', '{desc} (Izvor: {agency})'],
      'sr-Cyrl': ['{desc} / Фото: {agency}, {name}', '{desc} (Извор: {agency})'],
      sq: ['{desc} / Foto: {name}'],
      ru: ['{desc} © {agency}', '{desc} / {agency}'],
      de: ['{desc} (Bild: {agency})', '{desc} © {name}/dpa'],
      fr: ['{desc} Crédit photo : {name}', '{desc} © {name} / AFP'],
      es: ['{desc} (Imagen: {agency})', '{desc} | EFE/{name}'],
      ar: ['{desc} - (رويترز)', '{desc} © {agency}'],
      pt: ['{desc} (Imagem: {agency})'],
      cs: ['{desc} (Zdroj: {agency})'],
      ja: ['{desc}（撮影：{name}）'],
      zh: ['{desc}（摄影：{name}）'],
    },
  },
};

/** Dates in a language's own words, through Intl (how real sites print them) and by hand. */
export function dateFor(lang: FurnitureLang, rng: Rng, kind: 'date' | 'weekday' | 'numDate' | 'isoDate' | 'time'): string {
  const day = new Date(Date.UTC(2026, rng.int(0, 11), rng.int(1, 28), rng.int(0, 23), rng.int(0, 59)));
  const locale = lang === 'sr-Latn' ? 'sr-Latn-RS' : lang;
  switch (kind) {
    case 'time':
      return rng.chance(0.3) && lang === 'en'
        ? day.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).toLowerCase()
        : `${String(day.getUTCHours()).padStart(2, '0')}:${String(day.getUTCMinutes()).padStart(2, '0')}`;
    case 'weekday':
      return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(day);
    case 'numDate':
      return rng.chance(0.5) ? `${day.getUTCDate()}.${day.getUTCMonth() + 1}.${day.getUTCFullYear()}` : `${day.getUTCDate()}/${day.getUTCMonth() + 1}/${day.getUTCFullYear()}`;
    case 'isoDate':
      return day.toISOString().slice(0, 16).replace('T', ' ');
    default:
      return new Intl.DateTimeFormat(locale, { day: 'numeric', month: rng.pick(['long', 'short', 'long'] as const), year: 'numeric', timeZone: 'UTC' }).format(day);
  }
}

/** Every phrase of a kind in one half of the vocabulary. */
export function vocabulary(kind: string, split: Split): Vocabulary {
  if (split === 'heldOut') return HELD_OUT[kind] ?? {};
  const old = FURNITURE[kind];
  const parts = [old?.seen ?? {}, old?.retired ?? {}, SEEN_NEW_KINDS[kind] ?? {}, RETIRED_HELD_OUT[kind] ?? {}];
  const merged: Record<string, readonly string[]> = {};
  for (const part of parts) for (const [lang, phrases] of Object.entries(part)) merged[lang] = [...(merged[lang] ?? []), ...(phrases ?? [])];
  return merged;
}

export const KINDS = [...new Set([...Object.keys(FURNITURE), ...Object.keys(SEEN_NEW_KINDS), ...Object.keys(RETIRED_HELD_OUT), ...Object.keys(HELD_OUT)])];

/** Whether a half of the vocabulary has a kind at all (in the language or in English). */
export function hasKind(kind: string, split: Split, lang: FurnitureLang): boolean {
  const phrases = vocabulary(kind, split);
  return (phrases[lang] ?? phrases.en ?? []).length > 0;
}

/** Picks a phrase of a kind in a language (falling back to English) and fills its slots. */
export function furniture(kind: string, split: Split, lang: FurnitureLang, rng: Rng, site: string): string {
  const phrases = vocabulary(kind, split);
  return fill(rng.pick(phrases[lang] ?? phrases.en ?? []), lang, rng, site, split);
}

const headlines = (split: Split, lang: FurnitureLang): readonly string[] =>
  (split === 'heldOut' ? HELD_OUT_HEADLINES[lang] : undefined) ?? (split === 'seen' ? [...HEADLINES[lang], ...(RETIRED_HEADLINES[lang] ?? [])] : HEADLINES[lang]);

export function fill(template: string, lang: FurnitureLang, rng: Rng, site: string, split: Split): string {
  const name = () => rng.pick(NAMES[lang]);
  return template
    .replace(/\{NAME\}/g, () => name().toUpperCase())
    .replace(/\{NAME2\}/g, () => name().toUpperCase())
    .replace(/\{name2?\}/g, name)
    .replace(/\{handle\}/g, () => rng.pick(HANDLES))
    .replace(/\{code\}/g, () => rng.pick(['aB3xK9qL', 'Zq81LmPw', 'x7Hk2Rt0']))
    .replace(/\{tweet\}/g, () => rng.pick(TWEETS[lang] ?? TWEETS.en ?? []))
    .replace(/\{agency\}/g, () => rng.pick(AGENCIES[lang]))
    .replace(/\{place\}/g, () => rng.pick(PLACES[lang])[1])
    .replace(/\{date\}/g, () => dateFor(lang, rng, 'date'))
    .replace(/\{weekday\}/g, () => dateFor(lang, rng, 'weekday'))
    .replace(/\{numDate\}/g, () => dateFor(lang, rng, 'numDate'))
    .replace(/\{isoDate\}/g, () => dateFor(lang, rng, 'isoDate'))
    .replace(/\{time\}/g, () => dateFor(lang, rng, 'time'))
    .replace(/\{n\}/g, () => String(rng.int(2, 48)))
    .replace(/\{k\}/g, () => String(rng.int(1, 9)))
    .replace(/\{nn\}/g, () => String(rng.int(10, 59)))
    .replace(/\{headline\}/g, () => rng.pick(headlines(split, lang)))
    .replace(/\{desc\}/g, () => rng.pick(DESCRIPTIONS[lang]))
    .replace(/\{site\}/g, site);
}

const HANDLES = ['cityhall_news', 'janedoe', 'MetroPolice', 'petrovic_m', 'redakcija', 'news24live'];

export function teaser(split: Split, lang: FurnitureLang, rng: Rng): { headline: string; body: string } {
  const ellipsis = split === 'seen' ? rng.pick(ELLIPSES.slice(0, 4)) : rng.pick(ELLIPSES);
  const bodies = (split === 'heldOut' ? HELD_OUT_TEASER_BODIES[lang] : undefined) ?? (split === 'seen' ? [...TEASER_BODIES[lang], ...(RETIRED_TEASER_BODIES[lang] ?? [])] : TEASER_BODIES[lang]);
  return { headline: rng.pick(headlines(split, lang)), body: `${rng.pick(bodies)}${ellipsis}` };
}

/** Dateline forms, all caps or mixed case, with and without an agency and a date. */
export function dateline(lang: FurnitureLang, rng: Rng): string {
  const [caps, mixed] = rng.pick(PLACES[lang]);
  const agency = rng.pick(AGENCIES[lang]);
  const dash = rng.pick(['—', ' — ', ' – ', ' - ']);
  const short = new Intl.DateTimeFormat(lang === 'sr-Latn' ? 'sr-Latn-RS' : lang, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, rng.int(0, 11), rng.int(1, 28))),
  );
  return rng.pick([`${caps}${dash}`, `${mixed} (${agency})${dash}`, `${caps}, ${short} (${agency})${dash}`, `${caps} (${agency})${dash}`]);
}

export const SITES = ['Daily Courier', 'Balkan Wire', 'Metro Post', 'The Harbour Times', 'Novi Glas', 'Observer Today'];

/**
 * Short non-English article bodies written for `bench:txt` (fictional news, in
 * the newsroom's languages), beside the shared corpora's mostly English gold.
 */
import type { FurnitureLang } from './furniture.js';

export interface OwnBody {
  id: string;
  lang: FurnitureLang;
  body: string;
}

export const OWN_BODIES: readonly OwnBody[] = [
  {
    id: 'own-sr-latn-tram',
    lang: 'sr-Latn',
    body: `Gradsko veće Novog Sada usvojilo je u utorak plan za izgradnju prve tramvajske linije, koja bi trebalo da poveže železničku stanicu sa Limanom i Petrovaradinom.

Prema procenama gradske uprave, radovi će trajati tri godine, a prva vozila mogla bi da krenu na proleće 2029. godine. Projekat će delom biti finansiran iz evropskih fondova.

Odbornici opozicije kritikovali su nedostatak javne rasprave. „Građani nisu imali priliku da vide trasu pre glasanja“, rekla je odbornica Marija Kovač.

Gradonačelnik je odgovorio da će detaljni planovi biti izloženi na javni uvid tokom januara i da će sve primedbe biti razmotrene pre početka radova.`,
  },
  {
    id: 'own-sr-cyrl-hospital',
    lang: 'sr-Cyrl',
    body: `Нова дечја болница у Крагујевцу примила је у понедељак прве пацијенте, после две године радова и неколико одлагања због кашњења у испоруци опреме.

Болница има сто двадесет кревета, три операционе сале и одељење за интензивну негу новорођенчади, које је до сада недостајало целом региону.

Директорка установе рекла је да ће пуни капацитет бити достигнут до краја пролећа, када буде запослено још четрдесет медицинских сестара.

Родитељи из околних општина кажу да ће им нова болница уштедети дуга путовања до Београда. „Први пут не морамо да бринемо како ћемо стићи на контролу“, рекао је један отац из Аранђеловца.`,
  },
  {
    id: 'own-sq-water',
    lang: 'sq',
    body: `Komuna e Prizrenit njoftoi të hënën se furnizimi me ujë do të ndërpritet në disa lagje gjatë natës, për shkak të punimeve në rrjetin e vjetër të ujësjellësit.

Sipas kompanisë rajonale të ujësjellësit, punimet do të zgjasin dy javë dhe do të përfshijnë zëvendësimin e më shumë se katër kilometrave gypa.

Banorët e lagjes Marash thanë se ndërprerjet e shpeshta po u krijojnë probleme të mëdha, sidomos familjeve me fëmijë të vegjël.

Drejtori i kompanisë premtoi se pas përfundimit të punimeve humbjet e ujit do të ulen përgjysmë dhe furnizimi do të jetë i rregullt gjatë gjithë vitit.`,
  },
  {
    id: 'own-ru-bridge',
    lang: 'ru',
    body: `В Нижнем Новгороде в субботу открыли движение по новому пешеходному мосту через Волгу, строительство которого заняло почти четыре года.

Длина моста составляет около восьмисот метров, на нём оборудованы велосипедные дорожки и смотровые площадки. Мэр города назвал объект «подарком для всех жителей».

Архитекторы отмечают, что конструкция рассчитана на сильный ветер и перепады температуры, характерные для региона.

Местные жители в первый же день пришли на мост семьями. Многие говорили, что теперь путь до работы на другом берегу сократится почти вдвое.`,
  },
  {
    id: 'own-de-library',
    lang: 'de',
    body: `Die Stadtbibliothek Leipzig öffnet ab dem kommenden Monat auch sonntags, wie die Stadtverwaltung am Mittwoch mitteilte. Der Probebetrieb ist zunächst auf ein Jahr angelegt.

Möglich wird die Ausweitung durch ein neues Selbstbedienungssystem, mit dem Leserinnen und Leser Bücher ohne Personal ausleihen und zurückgeben können.

Die Gewerkschaft begrüßte, dass keine zusätzlichen Sonntagsschichten für die Beschäftigten vorgesehen sind. Kritik kam dagegen von Anwohnern, die mehr Verkehr befürchten.

Die Bibliotheksleitung will nach sechs Monaten eine erste Bilanz ziehen und dann entscheiden, ob weitere Zweigstellen folgen.`,
  },
  {
    id: 'own-fr-metro',
    lang: 'fr',
    body: `La métropole de Lyon a présenté jeudi le tracé définitif de la future ligne de métro E, qui doit relier le quartier de Gorge de Loup à Tassin-la-Demi-Lune d’ici 2032.

Le projet, estimé à près d’un milliard d’euros, prévoit quatre nouvelles stations entièrement souterraines et un parking relais à l’entrée ouest de l’agglomération.

Les associations d’usagers saluent une avancée attendue depuis longtemps, mais regrettent que la ligne ne desserve pas directement l’hôpital.

Une concertation publique s’ouvrira au printemps, et les habitants pourront consulter les plans dans les mairies concernées.`,
  },
  {
    id: 'own-es-drought',
    lang: 'es',
    body: `La Junta de Andalucía decretó el martes nuevas restricciones al riego en la cuenca del Guadalquivir, tras un otoño con lluvias muy por debajo de la media.

Los agricultores solo podrán utilizar el cuarenta por ciento del agua asignada habitualmente, una medida que afectará sobre todo al olivar y a los cultivos de regadío.

Las organizaciones agrarias advirtieron de que muchas explotaciones pequeñas no podrán soportar otra campaña con pérdidas y pidieron ayudas directas al Gobierno central.

Los embalses de la región se encuentran al veintiocho por ciento de su capacidad, según los últimos datos de la confederación hidrográfica.`,
  },
  {
    id: 'own-ar-port',
    lang: 'ar',
    body: `أعلنت هيئة الموانئ يوم الأحد افتتاح رصيف جديد في ميناء العقبة، بعد عامين من أعمال التوسعة التي هدفت إلى استقبال سفن الحاويات الكبيرة.

وقال مدير الهيئة إن الرصيف الجديد سيرفع القدرة الاستيعابية للميناء بنحو الثلث، وسيقلص مدة انتظار السفن في عرض البحر.

ورحب المصدرون المحليون بالمشروع، مؤكدين أن تأخير الشحنات كان يكبدهم خسائر كبيرة خلال السنوات الماضية.

ومن المتوقع أن توفر التوسعة مئات فرص العمل الجديدة لسكان المدينة والمناطق المحيطة بها.`,
  },
  {
    id: 'own-sr-latn-vineyard',
    lang: 'sr-Latn',
    body: `Vinogradari iz Fruške gore počeli su berbu dve nedelje ranije nego prošle godine, jer je leto bilo neuobičajeno toplo i suvo.

Prema rečima udruženja proizvođača, grožđe ima više šećera nego inače, ali su prinosi manji za oko petinu. Najviše su stradali mladi zasadi na južnim padinama.

„Nismo pamtili ovakvu sušu od 2012. godine“, kaže Dragan Milić, koji sa porodicom obrađuje šest hektara kod Iriga. On dodaje da je navodnjavanje za male proizvođače i dalje preskupo.

Pokrajinski sekretarijat za poljoprivredu najavio je da će do kraja godine raspisati konkurs za subvencije namenjene sistemima za navodnjavanje kap po kap.`,
  },
  {
    id: 'own-sr-latn-school',
    lang: 'sr-Latn',
    body: `Osnovna škola u selu Brestovac, zatvorena pre deset godina zbog malog broja đaka, ponovo je otvorila vrata u ponedeljak.

U prvi razred upisano je sedmoro dece, a ukupno će nastavu pohađati dvadeset troje učenika iz okolnih sela. Zgrada je obnovljena novcem opštine i donacijama meštana.

Direktorka škole Snežana Popović rekla je da je povratak porodica iz inostranstva glavni razlog ponovnog otvaranja. „Mladi ljudi se vraćaju i žele da im deca idu u školu u svom mestu“, navela je ona.

Roditelji su zadovoljni, ali upozoravaju da autobuski prevoz do srednjih škola u gradu i dalje ne postoji.`,
  },
  {
    id: 'own-sr-cyrl-library',
    lang: 'sr-Cyrl',
    body: `Народна библиотека у Чачку добила је нову зграду, у којој ће читаоци први пут имати приступ дигиталној збирци старих новина.

Библиотека чува више од двеста хиљада књига, а најстарији примерак потиче из осамнаестог века. Пресељење фонда трајало је готово три месеца.

Управница библиотеке Мирјана Јовановић каже да ће читаоница радити и викендом. „Желимо да библиотека буде место окупљања, а не само позајмљивања књига“, рекла је она.

Град је за изградњу издвојио четиристо милиона динара, а део опреме обезбеђен је из републичког буџета.`,
  },
  {
    id: 'own-sr-cyrl-trains',
    lang: 'sr-Cyrl',
    body: `Србија воз увео је од недеље две нове дневне линије између Ниша и Београда, а путовање ће трајати нешто мање од четири сата.

Возови ће саобраћати ујутру и поподне, а карте се могу купити и преко мобилне апликације. Цена повратне карте остаје непромењена.

Путници су годинама тражили бољу везу са југом земље, јер су аутобуси често пуни, нарочито петком и недељом.

Из железнице најављују да ће, по завршетку радова на прузи, време путовања бити скраћено за још један сат.`,
  },
  {
    id: 'own-sq-market',
    lang: 'sq',
    body: `Tregu i gjelbër në qendër të Tiranës u rihap të shtunën pas një rikonstruksioni që zgjati mbi një vit.

Shitësit kanë tani tezga të reja, ujë të rrjedhshëm dhe një çati që i mbron nga shiu. Komuna thotë se pagesa për tezgat do të mbetet e njëjtë deri në fund të vitit.

Fermerët nga fshatrat përreth thanë se rikthimi në treg u jep mundësi të shesin prodhimet pa ndërmjetës. „Tani blerësit vijnë drejt te ne“, tha një shitëse nga Vora.

Disa banorë kanë kërkuar që tregu të qëndrojë i hapur edhe pasdite, por bashkia ende nuk ka marrë vendim.`,
  },
  {
    id: 'own-sq-bus',
    lang: 'sq',
    body: `Qyteti i Prishtinës prezantoi të mërkurën njëzet autobusë të rinj elektrikë, të cilët do të qarkullojnë në linjat më të ngarkuara.

Autobusët janë blerë me një kredi nga një bankë evropiane zhvillimi dhe pritet të ulin ndjeshëm ndotjen e ajrit gjatë dimrit.

Drejtori i ndërmarrjes publike të transportit tha se biletat do të mund të blihen edhe me telefon nga muaji i ardhshëm.

Shoqatat mjedisore e përshëndetën vendimin, por kërkuan që edhe linjat drejt lagjeve periferike të përfshihen në plan.`,
  },
  {
    id: 'own-ru-museum',
    lang: 'ru',
    body: `В Казани после трёхлетней реставрации вновь открылся краеведческий музей, расположенный в здании бывшего купеческого особняка.

Реставраторы восстановили лепнину, паркет и печи, а в подвале оборудовали новое хранилище с контролем влажности. Экспозиция пополнилась более чем тысячей предметов.

Директор музея рассказала, что теперь посетители смогут увидеть коллекцию старинных карт, которая раньше хранилась в запасниках.

В первые выходные после открытия музей посетили около четырёх тысяч человек, и администрация решила продлить часы работы по пятницам.`,
  },
  {
    id: 'own-ru-snow',
    lang: 'ru',
    body: `Сильный снегопад в Новосибирске в ночь на вторник парализовал движение на нескольких крупных магистралях города.

Коммунальные службы вывели на улицы более трёхсот единиц техники, однако к утру пробки на въездах в город достигали десяти баллов.

Мэрия призвала жителей по возможности пользоваться метро и отказаться от поездок на личных автомобилях до конца дня.

По прогнозу синоптиков, снег будет идти ещё сутки, после чего в регион придут сильные морозы.`,
  },
  {
    id: 'own-de-bakery',
    lang: 'de',
    body: `In der Leipziger Südvorstadt hat eine der ältesten Bäckereien der Stadt nach 112 Jahren ihren Betrieb eingestellt.

Die Inhaberin nannte gestiegene Energiepreise und fehlendes Personal als Gründe. Seit Monaten habe sie keinen Bäckergesellen mehr gefunden, sagte sie.

Stammkunden standen am letzten Verkaufstag bis auf die Straße. Viele brachten Blumen mit und bedankten sich für Jahrzehnte mit frischen Brötchen.

Die Räume sollen nach Angaben des Vermieters an ein Café vermietet werden, das einen Teil der alten Einrichtung übernehmen will.`,
  },
  {
    id: 'own-de-bridge',
    lang: 'de',
    body: `Die marode Rheinbrücke bei Wiesbaden bleibt länger gesperrt als geplant. Das teilte die Autobahngesellschaft am Donnerstag mit.

Bei einer Prüfung seien weitere Risse in den Stahlträgern entdeckt worden, hieß es. Der Neubau werde sich deshalb um mindestens ein Jahr verzögern.

Pendler müssen weiterhin große Umwege in Kauf nehmen. Die Industrie- und Handelskammer warnt vor erheblichen Folgen für die Betriebe in der Region.

Die Landesregierung kündigte an, zusätzliche Fährverbindungen zu prüfen und den Takt der S-Bahn zu erhöhen.`,
  },
  {
    id: 'own-fr-harvest',
    lang: 'fr',
    body: `Les vendanges ont commencé avec dix jours d’avance dans le Bordelais, après un été marqué par plusieurs vagues de chaleur.

Les viticulteurs se disent satisfaits de la qualité du raisin, mais les volumes devraient être inférieurs d’environ quinze pour cent à ceux de l’an dernier.

« Il a fallu vendanger la nuit pour préserver la fraîcheur des baies », explique un vigneron de l’Entre-deux-Mers, qui emploie cette année une trentaine de saisonniers.

La chambre d’agriculture rappelle que de nombreuses exploitations restent fragilisées par la baisse des ventes à l’export.`,
  },
  {
    id: 'own-fr-hospital',
    lang: 'fr',
    body: `Le service des urgences de l’hôpital de Montluçon fermera chaque nuit pendant trois semaines faute de médecins disponibles.

L’agence régionale de santé demande aux patients d’appeler le 15 avant de se déplacer. Les cas les plus graves seront orientés vers les hôpitaux voisins.

Les élus locaux dénoncent une situation devenue chronique et réclament des mesures pour attirer des praticiens dans les villes moyennes.

La direction de l’établissement espère rouvrir le service la nuit dès le mois prochain, grâce au recrutement de deux médecins intérimaires.`,
  },
  {
    id: 'own-es-metro',
    lang: 'es',
    body: `El metro de Valencia abrirá el próximo lunes la nueva estación de la línea diez, que dará servicio a más de treinta mil vecinos del barrio de Natzaret.

Las obras se han prolongado durante cinco años por problemas con las aguas subterráneas y han costado casi el doble de lo previsto.

Los vecinos, que llevaban décadas reclamando una conexión directa con el centro, celebraron la noticia con una fiesta en la plaza del barrio.

La Generalitat ha anunciado que los trenes pasarán cada siete minutos en hora punta y que el servicio nocturno se ampliará los fines de semana.`,
  },
  {
    id: 'own-es-fire',
    lang: 'es',
    body: `Un incendio forestal declarado el sábado en la sierra de Gredos ha obligado a desalojar a unos seiscientos vecinos de tres municipios.

Más de doscientos efectivos y doce medios aéreos trabajan en la extinción, dificultada por las rachas de viento y las altas temperaturas.

El alcalde de uno de los pueblos afectados pidió calma y aseguró que los desalojados han sido acogidos en un polideportivo y en casas de familiares.

La Junta ha elevado el nivel de alerta y no descarta nuevos desalojos si el fuego cruza la carretera comarcal durante la noche.`,
  },
  {
    id: 'own-ar-water',
    lang: 'ar',
    body: `أعلنت وزارة المياه يوم الثلاثاء بدء تشغيل محطة جديدة لتحلية مياه البحر جنوب مدينة صور، بعد ثلاث سنوات من أعمال البناء.

وتبلغ قدرة المحطة نحو خمسين ألف متر مكعب يوميا، وهو ما يكفي لتأمين مياه الشرب لأكثر من مئتي ألف نسمة.

وقال مسؤول في الوزارة إن المشروع سيخفف الضغط على الآبار الجوفية التي تراجع منسوبها بشكل كبير خلال السنوات الأخيرة.

في المقابل، طالب سكان القرى المجاورة بضمانات بأن لا تؤثر المياه المالحة الناتجة عن المحطة على الصيد في المنطقة.`,
  },
  {
    id: 'own-ar-school',
    lang: 'ar',
    body: `افتتحت في مدينة إربد أول مدرسة حكومية تعمل بالطاقة الشمسية بالكامل، بتمويل مشترك من البلدية ومنظمة دولية.

وتضم المدرسة ثلاثين صفا ومختبرا للعلوم ومكتبة، وتستوعب نحو ألف طالب وطالبة من الأحياء المجاورة.

وقالت مديرة المدرسة إن الألواح الشمسية تنتج كهرباء تزيد عن حاجة المبنى، وسيتم بيع الفائض للشبكة العامة.

وأكدت وزارة التربية أنها تدرس تعميم التجربة على عشرين مدرسة أخرى خلال السنوات الثلاث المقبلة.`,
  },
];

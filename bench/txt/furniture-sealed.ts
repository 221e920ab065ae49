/**
 * The sixth furniture vocabulary of `bench:txt`, the never-studied split `sealed`: written without reading the
 * cleaner (functions/core/articles/, its tests), the bench results, or the phrases of the five vocabularies
 * before it. It is furniture as real sites print it, drawn on purpose from kinds of site the earlier vocabularies
 * may not have used: US and Canadian regional dailies and TV stations, tech and gadget sites, business and
 * finance wires, sports sites, lifestyle/food/travel magazines, public broadcasters, Indian, Filipino, Pakistani,
 * Nigerian and Kenyan English papers, Scandinavian and Dutch papers' English editions, Latin-American and Iberian
 * portals, Balkan and Albanian portals, Russian and Czech news sites, Japanese and Chinese portals. Its slots are
 * its own: invented people, cities, agencies, photo descriptions, headlines, snippets, shops and products; dates,
 * times, relative times, counts and prices formatted by Intl in each language's locales.
 *
 * Nobody tunes the cleaner on it: its figures are the honest ones on furniture the cleaner has never seen.
 * Single-line kinds hold no newline; block kinds (readingTime, listen, gallery, embed, price, newsletter, bio,
 * comments) are split into lines by the harness (comments also on `|`).
 */
import type { FurnitureLang, Rng } from './furniture.js';
import type { Vocabulary } from './furniture-fresh.js';
import { fillSlots, pickTemplate, slotLookup } from './slots.js';

export const SEALED_SITES: readonly string[] = ['Prairie Ledger', 'Harbourline News', 'Savska Hronika', 'Teknoloop', 'Norrvik Daily', 'Coastal Signal'];

/** What a language's slots are filled from. */
interface LangData {
  locales: readonly string[];
  currencies: readonly string[];
  names: readonly string[];
  cities: readonly string[];
  agencies: readonly string[];
  descs: readonly string[];
  headlines: readonly string[];
  snippets: readonly string[];
  topics: readonly string[];
  sections: readonly string[];
  shops: readonly string[];
  products: readonly string[];
}

const DATA: Record<FurnitureLang, LangData> = {
  en: {
    locales: ['en-US', 'en-CA', 'en-IN', 'en-PH', 'en-NG', 'en-KE', 'en-PK', 'en-GB'],
    currencies: ['USD', 'CAD', 'INR', 'PHP', 'NGN', 'KES', 'PKR', 'GBP'],
    names: ['Dana Whitcombe', 'Rajiv Menon', 'Maricel Dizon', 'Chukwuemeka Obi', 'Wambui Njoroge', 'Ayesha Qureshi', 'Lars Holmqvist', 'Femke de Groot', 'Tyler Brandt', 'Geneviève Roy', 'Marcus Oyelaran', 'Kiran Bhatt', 'Jolene Castaneda', 'Ingrid Solberg'],
    cities: ['Saskatoon', 'Duluth', 'Pune', 'Cebu City', 'Enugu', 'Kisumu', 'Lahore', 'Tromsø', 'Utrecht', 'Spokane', 'Halifax', 'Tulsa'],
    agencies: ['PTI', 'PNA', 'NAN', 'KNA', 'APP', 'NTB', 'ANP', 'CP', 'Bloomberg', 'Reuters', 'AFP', 'AP'],
    descs: [
      'Crews clear downed power lines along Route 9 after the overnight storm',
      'Shoppers queue outside a mall in Quezon City ahead of the long weekend',
      'The new folding phone on display at a launch event',
      'Fans wave flags at the stadium before kick-off',
      'A vendor arranges mangoes at a market stall in Lahore',
      'Commuters wait for a delayed train at the central station',
      'The harbour at dusk, seen from the old fish market',
      'Firefighters spray water on a smouldering warehouse roof',
      'Students sit an entrance exam in a school hall',
      'A plate of braised short ribs with pickled shallots',
    ],
    headlines: [
      'Council approves $14 million plan to rebuild the Elm Street bridge',
      'Why your next laptop battery may last twice as long',
      'Central bank holds rates steady for a third straight meeting',
      'Rookie goalkeeper keeps clean sheet in playoff opener',
      'Ten cheap weeknight dinners that freeze well',
      'Ferry operator cancels winter sailings after crew shortage',
      'Monsoon rains flood low-lying districts of Karachi',
      'Startup raises seed round to turn food waste into fertiliser',
      'School board delays vote on four-day week',
      'The best hiking trails within two hours of the city',
      'Hands-on: the budget earbuds that beat flagships on call quality',
      'Super Eagles name unchanged squad for qualifier in Uyo',
      'Matatu fares rise as fuel levy takes effect',
      'What the new jeepney routes mean for your commute',
    ],
    snippets: [
      'The council voted six to three late on Tuesday after a public hearing that stretched past midnight and drew dozens of residents',
      'Engineers at the company say a change in the anode chemistry lets the cells hold more charge without swelling over time',
      'Analysts had expected the pause, citing sticky services inflation and a labour market that has cooled only slowly since spring',
      'The nineteen-year-old made seven saves, including a diving stop in stoppage time that kept the visitors level on aggregate',
      'Each of these recipes takes less than forty minutes and can be portioned into containers for the rest of the week',
      'Passengers with bookings between December and March will be offered refunds or seats on the remaining daily crossing',
      'In two weeks of daily use the buds held a steady connection on crowded trains, and callers said our voice sounded clearer than on the pricier pair',
      'Operators said the increase of twenty shillings on most routes was unavoidable after the levy pushed diesel to a record price at the pump',
    ],
    topics: ['Local News', 'Weather', 'Consumer Tech', 'Markets', 'High School Sports', 'Food & Drink', 'Travel', 'Transit', 'Education', 'Energy'],
    sections: ['Metro', 'Business', 'Sports', 'Tech', 'Life', 'Opinion', 'World', 'Money'],
    shops: ['Best Buy', 'Flipkart', 'Lazada', 'Jumia', 'Canadian Tire', 'Walmart', 'Daraz', 'Amazon'],
    products: ['Anker 737 Power Bank', 'Instant Pot Duo 6-quart', 'Sony WH-1000XM5', 'Kindle Paperwhite', 'Lodge cast-iron skillet', 'Fitbit Charge 6'],
  },
  'sr-Latn': {
    locales: ['sr-Latn-RS', 'sr-Latn-BA', 'sr-Latn-ME'],
    currencies: ['RSD', 'EUR', 'BAM'],
    names: ['Dragana Vuksanović', 'Nemanja Ilić', 'Jelena Stojković', 'Bojan Marić', 'Ivana Pešić', 'Miloš Tadić'],
    cities: ['Novi Sad', 'Kragujevac', 'Banja Luka', 'Podgorica', 'Subotica', 'Čačak'],
    agencies: ['Tanjug', 'Beta', 'FoNet', 'Srna', 'MINA'],
    descs: ['Radnici postavljaju novu rasvetu na Bulevaru oslobođenja', 'Navijači ispred hale pred početak utakmice', 'Pijaca u centru grada u subotu ujutru', 'Kolona vozila na graničnom prelazu'],
    headlines: ['Počinje rekonstrukcija Futoške ulice, izmene u saobraćaju', 'Cene goriva od petka niže za dva dinara', 'Vaterpolisti izborili polufinale', 'Kako da smanjite račun za struju ove zime'],
    snippets: [
      'Radovi će trajati najmanje tri meseca, a gradski prevoz će za to vreme saobraćati izmenjenim trasama kroz susedne ulice',
      'Ministarstvo je objavilo nove maloprodajne cene koje važe do sledećeg petka, kada će biti ponovo usklađene sa tržištem',
      'Reprezentacija je posle preokreta u poslednjoj četvrtini slavila sa dva gola razlike i sada čeka rivala iz druge grupe',
    ],
    topics: ['Novi Sad', 'saobraćaj', 'ekonomija', 'sport', 'energetika', 'zdravlje'],
    sections: ['Vesti', 'Društvo', 'Ekonomija', 'Sport', 'Hronika', 'Region'],
    shops: ['Gigatron', 'Tehnomanija', 'WinWin', 'Emmezeta'],
    products: ['usisivač Rowenta X-Force', 'slušalice JBL Tune 520', 'mikrotalasna Gorenje MO20'],
  },
  'sr-Cyrl': {
    locales: ['sr-Cyrl-RS', 'sr-Cyrl-BA'],
    currencies: ['RSD', 'BAM'],
    names: ['Драгана Вуксановић', 'Немања Илић', 'Јелена Стојковић', 'Бојан Марић', 'Ивана Пешић', 'Милош Тадић'],
    cities: ['Нови Сад', 'Крагујевац', 'Бања Лука', 'Ниш', 'Ваљево', 'Требиње'],
    agencies: ['Танјуг', 'Бета', 'Фонет', 'Срна', 'РТС'],
    descs: ['Радници постављају нову расвету на Булевару', 'Навијачи испред хале пред почетак утакмице', 'Пијаца у центру града у суботу ујутру', 'Колона возила на граничном прелазу'],
    headlines: ['Почиње реконструкција Футошке улице', 'Цене горива од петка ниже за два динара', 'Ватерполисти изборили полуфинале', 'Како да смањите рачун за струју ове зиме'],
    snippets: [
      'Радови ће трајати најмање три месеца, а градски превоз ће за то време саобраћати измењеним трасама кроз суседне улице',
      'Министарство је објавило нове малопродајне цене које важе до следећег петка, када ће бити поново усклађене',
      'Репрезентација је после преокрета у последњој четвртини славила са два гола разлике и сада чека ривала',
    ],
    topics: ['Нови Сад', 'саобраћај', 'економија', 'спорт', 'енергетика', 'здравље'],
    sections: ['Вести', 'Друштво', 'Економија', 'Спорт', 'Хроника', 'Култура'],
    shops: ['Гигатрон', 'Техноманија', 'Дом и башта'],
    products: ['усисивач Ровента', 'слушалице ЈБЛ', 'микроталасна Горење'],
  },
  sq: {
    locales: ['sq-AL', 'sq-XK', 'sq-MK'],
    currencies: ['ALL', 'EUR', 'MKD'],
    names: ['Elira Gjoka', 'Besnik Hoxha', 'Drilona Krasniqi', 'Arben Llapi', 'Mimoza Shala', 'Gentian Dervishi'],
    cities: ['Tiranë', 'Prishtinë', 'Durrës', 'Shkodër', 'Prizren', 'Tetovë'],
    agencies: ['ATA', 'KosovaPress', 'ATSH', 'MIA'],
    descs: ['Pamje nga sheshi Skënderbej në mbrëmje', 'Fermerë duke mbledhur ullinj në Vlorë', 'Tifozët e Kombëtares në stadium', 'Radhë makinash në pikën kufitare të Morinës'],
    headlines: ['Rritet çmimi i bukës në disa qytete', 'Kombëtarja U21 fiton në Prishtinë', 'Ndryshojnë oraret e trageteve për dimër', 'Si të aplikoni për pasaportën biometrike'],
    snippets: [
      'Furrtarët thonë se kostoja e miellit dhe e energjisë është rritur ndjeshëm gjatë muajve të fundit dhe nuk mund ta mbajnë më çmimin',
      'Skuadra e trajnerit shënoi dy herë në pjesën e dytë dhe tani kryeson grupin me tre pikë më shumë se ndjekësja',
      'Autoritetet portuale njoftuan se nga dhjetori do të ketë vetëm dy udhëtime në ditë drejt Barit dhe Ankonës',
    ],
    topics: ['Tirana', 'ekonomi', 'sport', 'diaspora', 'turizëm', 'shëndetësi'],
    sections: ['Aktualitet', 'Ekonomi', 'Sport', 'Kosova', 'Bota', 'Kulturë'],
    shops: ['Neptun', 'Shpresa Group', 'Albiona'],
    products: ['televizor Samsung 55"', 'fshesë elektrike Philips', 'telefon Xiaomi Redmi Note 13'],
  },
  ru: {
    locales: ['ru-RU', 'ru-KZ', 'ru-BY'],
    currencies: ['RUB', 'KZT'],
    names: ['Анна Воробьёва', 'Дмитрий Комаров', 'Ольга Лебедева', 'Сергей Панкратов', 'Марина Гусева', 'Игорь Белоусов'],
    cities: ['Екатеринбург', 'Казань', 'Новосибирск', 'Самара', 'Калининград', 'Алматы'],
    agencies: ['ТАСС', 'РИА Новости', 'Интерфакс', 'ПРАЙМ'],
    descs: ['Очередь у банкомата в центре города', 'Снегоуборочная техника на Московском проспекте', 'Болельщики на трибунах стадиона', 'Пассажиры на перроне вокзала'],
    headlines: ['В Казани открыли новую станцию метро', 'Курс юаня опустился ниже двенадцати рублей', 'Хоккеисты «Трактора» прервали серию поражений', 'Как выбрать зимние шины: пять советов'],
    snippets: [
      'Станция стала первой на новой линии, и до конца года по ней планируют запустить ещё два поезда с интервалом в семь минут',
      'Аналитики связывают снижение с повышенным спросом на рубли со стороны экспортёров перед налоговым периодом',
      'Команда забросила три шайбы во втором периоде и удержала преимущество до финальной сирены',
    ],
    topics: ['экономика', 'Казань', 'хоккей', 'ЖКХ', 'транспорт', 'технологии'],
    sections: ['Общество', 'Экономика', 'Спорт', 'Происшествия', 'Технологии', 'Регионы'],
    shops: ['М.Видео', 'DNS', 'Ozon', 'Wildberries'],
    products: ['робот-пылесос Xiaomi', 'наушники Sony WH-CH720N', 'чайник Polaris'],
  },
  de: {
    locales: ['de-DE', 'de-AT', 'de-CH'],
    currencies: ['EUR', 'CHF'],
    names: ['Katrin Aschenbrenner', 'Jonas Wiedemann', 'Sabine Kolb', 'Matthias Grübl', 'Lea Hofstetter', 'Florian Mayrhofer'],
    cities: ['Bielefeld', 'Graz', 'Freiburg', 'Rostock', 'Luzern', 'Kassel'],
    agencies: ['dpa', 'APA', 'Keystone-SDA', 'epd', 'KNA'],
    descs: ['Pendler warten am Hauptbahnhof auf einen verspäteten Zug', 'Der neue Radweg an der Ringstraße', 'Fans vor dem Stadion vor dem Anpfiff', 'Ein Weihnachtsmarkt in der Altstadt'],
    headlines: ['Stadtwerke erhöhen Fernwärmepreise zum Jahreswechsel', 'Neuer Radschnellweg soll 2027 fertig sein', 'Aufsteiger holt ersten Auswärtssieg', 'So sparen Sie beim Heizen bis zu 20 Prozent'],
    snippets: [
      'Ab Januar steigt der Arbeitspreis um knapp acht Prozent, teilte das Unternehmen am Montag mit und verwies auf höhere Netzentgelte',
      'Die Trasse soll auf elf Kilometern die Innenstadt mit den Gewerbegebieten im Norden verbinden und weitgehend kreuzungsfrei sein',
      'Nach einem frühen Rückstand drehte die Mannschaft die Partie mit zwei Toren innerhalb von fünf Minuten nach der Pause',
    ],
    topics: ['Energie', 'Verkehr', 'Bundesliga', 'Wohnen', 'Verbraucher', 'Digitales'],
    sections: ['Lokales', 'Wirtschaft', 'Sport', 'Kultur', 'Politik', 'Ratgeber'],
    shops: ['MediaMarkt', 'Otto', 'Galaxus', 'Cyberport'],
    products: ['Akku-Staubsauger Dyson V12', 'Kaffeevollautomat De’Longhi Magnifica', 'E-Reader Tolino Shine'],
  },
  fr: {
    locales: ['fr-FR', 'fr-CA', 'fr-BE', 'fr-CH'],
    currencies: ['EUR', 'CAD', 'CHF'],
    names: ['Camille Lefebvre', 'Mathieu Tremblay', 'Sophie Vandamme', 'Nicolas Girard', 'Élodie Fontaine', 'Yannick Bouchard'],
    cities: ['Lyon', 'Québec', 'Liège', 'Nantes', 'Montpellier', 'Sherbrooke'],
    agencies: ['AFP', 'La Presse Canadienne', 'Belga', 'ATS'],
    descs: ['Des passants sur le Vieux-Port de Marseille', 'Les joueurs célèbrent le but égalisateur', 'Un marché de Noël sur la place centrale', 'Des cyclistes sur la nouvelle piste du boulevard'],
    headlines: ['Le tramway prolongé jusqu’à l’aéroport dès 2028', 'Prix de l’essence : une nouvelle baisse attendue', 'Le Rouge et Or file vers la finale', 'Cinq idées de soupes pour l’hiver'],
    snippets: [
      'La ligne comptera six nouvelles stations et permettra de rejoindre le terminal en moins de vingt-cinq minutes depuis le centre',
      'Selon les distributeurs, le recul des cours du pétrole devrait se répercuter à la pompe d’ici la fin de la semaine prochaine',
      'Les hommes de l’entraîneur ont marqué deux touchés au quatrième quart pour renverser une équipe qui menait depuis le début',
    ],
    topics: ['Transports', 'Consommation', 'Football', 'Logement', 'Météo', 'Numérique'],
    sections: ['Actualités', 'Économie', 'Sports', 'Culture', 'Régions', 'Société'],
    shops: ['Fnac', 'Darty', 'Boulanger', 'Canadian Tire'],
    products: ['aspirateur Rowenta X-Force', 'casque Bose QuietComfort', 'cafetière Nespresso Vertuo'],
  },
  es: {
    locales: ['es-ES', 'es-MX', 'es-AR', 'es-CO', 'es-CL'],
    currencies: ['EUR', 'MXN', 'ARS', 'COP', 'CLP'],
    names: ['Lucía Barrientos', 'Andrés Villamil', 'Paola Quintero', 'Javier Sotomayor', 'Ximena Arce', 'Gonzalo Etcheverry'],
    cities: ['Guadalajara', 'Medellín', 'Rosario', 'Valparaíso', 'Valencia', 'Mérida'],
    agencies: ['EFE', 'Notimex', 'Télam', 'Colprensa', 'Europa Press'],
    descs: ['Vecinos observan los daños tras la tormenta', 'Aficionados celebran en el Obelisco', 'Un puesto de frutas en el mercado central', 'Pasajeros esperan el metro en la estación Insurgentes'],
    headlines: ['El metro amplía su horario durante las fiestas', 'Sube el precio del dólar blue por tercer día', 'Atlético Nacional remonta y pasa a semifinales', 'Cinco destinos baratos para viajar en enero'],
    snippets: [
      'Las líneas uno y dos funcionarán hasta la una de la madrugada del veinticuatro al treinta y uno de diciembre, informó el organismo',
      'Los operadores atribuyen el movimiento a la demanda de cobertura antes del cierre del año y a la incertidumbre sobre las tasas',
      'El equipo verde marcó dos goles en el segundo tiempo y sacó el boleto ante un estadio lleno que no paró de cantar',
    ],
    topics: ['Movilidad', 'Economía', 'Fútbol', 'Turismo', 'Clima', 'Tecnología'],
    sections: ['Nacional', 'Economía', 'Deportes', 'Estilo de vida', 'Mundo', 'Tecnología'],
    shops: ['Mercado Libre', 'Liverpool', 'El Corte Inglés', 'Falabella'],
    products: ['freidora de aire Cosori', 'audífonos JBL Tune 520BT', 'licuadora Oster'],
  },
  ar: {
    locales: ['ar-EG', 'ar-SA', 'ar-AE', 'ar-MA', 'ar-JO'],
    currencies: ['EGP', 'SAR', 'AED', 'MAD', 'JOD'],
    names: ['مريم الخطيب', 'يوسف العمري', 'هدى السيد', 'خالد بن سالم', 'ريم الحسيني', 'عمر الفاسي'],
    cities: ['الإسكندرية', 'جدة', 'الشارقة', 'مراكش', 'إربد', 'المنصورة'],
    agencies: ['وام', 'واس', 'أ ش أ', 'بترا', 'لاماب'],
    descs: ['مسافرون في صالة المغادرة بمطار القاهرة', 'مشجعون يحتفلون في المدرجات', 'سوق الخضار في وسط المدينة', 'أعمال صيانة على الطريق الساحلي'],
    headlines: ['افتتاح محطة جديدة للمترو في شرق القاهرة', 'ارتفاع أسعار الذهب في السوق المحلية', 'الوداد يتأهل إلى نصف النهائي', 'خمس نصائح لتوفير الكهرباء في الصيف'],
    snippets: [
      'وأوضحت الهيئة أن المحطة ستخدم نحو ستين ألف راكب يوميا وأن التشغيل التجريبي سيبدأ مطلع الشهر المقبل',
      'وسجل سعر الغرام عيار واحد وعشرين ارتفاعا ملحوظا مع تراجع الدولار في الأسواق العالمية خلال تعاملات اليوم',
      'وحسم الفريق المواجهة بهدفين في الشوط الثاني أمام جماهير غفيرة احتشدت في الملعب منذ الظهيرة',
    ],
    topics: ['اقتصاد', 'رياضة', 'النقل', 'الطقس', 'تكنولوجيا', 'صحة'],
    sections: ['محليات', 'اقتصاد', 'رياضة', 'منوعات', 'عربي ودولي', 'تقنية'],
    shops: ['نون', 'أمازون مصر', 'جرير', 'كارفور'],
    products: ['مكنسة شاومي الروبوتية', 'سماعات سامسونج جالاكسي بودز', 'قلاية هوائية فيليبس'],
  },
  pt: {
    locales: ['pt-BR', 'pt-PT', 'pt-AO'],
    currencies: ['BRL', 'EUR', 'AOA'],
    names: ['Beatriz Carvalhal', 'Rodrigo Peixoto', 'Mariana Assunção', 'Tiago Moreira', 'Fernanda Lobato', 'Caio Bittencourt'],
    cities: ['Recife', 'Porto Alegre', 'Braga', 'Coimbra', 'Belo Horizonte', 'Luanda'],
    agencies: ['Agência Brasil', 'Lusa', 'Estadão Conteúdo', 'Folhapress'],
    descs: ['Movimento na Avenida Paulista no fim da tarde', 'Torcedores comemoram na arquibancada', 'Barracas na feira livre do bairro', 'Passageiros no terminal rodoviário'],
    headlines: ['Prefeitura anuncia nova linha de BRT para a zona norte', 'Gasolina fica mais barata nos postos a partir de hoje', 'Grêmio vence clássico e sobe na tabela', 'Sete praias pouco conhecidas para o verão'],
    snippets: [
      'O corredor terá catorze estações e deve reduzir em até quarenta minutos o tempo de viagem de quem mora nos bairros mais distantes',
      'A redução foi anunciada pela estatal na noite de ontem e vale para as distribuidoras de todo o país a partir desta quarta',
      'O time dominou o segundo tempo e marcou duas vezes em contra-ataques rápidos diante de um estádio lotado',
    ],
    topics: ['Mobilidade', 'Economia', 'Futebol', 'Turismo', 'Clima', 'Tecnologia'],
    sections: ['Cidades', 'Economia', 'Esportes', 'Viagem', 'Mundo', 'Tec'],
    shops: ['Magazine Luiza', 'Americanas', 'Worten', 'Fnac'],
    products: ['air fryer Mondial', 'fone JBL Tune 520BT', 'aspirador robô Xiaomi'],
  },
  cs: {
    locales: ['cs-CZ'],
    currencies: ['CZK', 'EUR'],
    names: ['Tereza Dvořáková', 'Ondřej Kratochvíl', 'Lucie Bartošová', 'Petr Holub', 'Markéta Šindelářová', 'Jakub Vrba'],
    cities: ['Brno', 'Ostrava', 'Plzeň', 'Olomouc', 'Liberec', 'Zlín'],
    agencies: ['ČTK', 'iROZHLAS', 'Reuters'],
    descs: ['Cestující na nástupišti hlavního nádraží', 'Fanoušci na tribuně před zápasem', 'Vánoční trhy na Náměstí Svobody', 'Oprava tramvajové trati v centru'],
    headlines: ['Brno uzavře kvůli opravě Husovu ulici', 'Ceny energií od ledna klesnou o desetinu', 'Hokejisté Komety otočili zápas s Plzní', 'Jak vybrat zimní pneumatiky'],
    snippets: [
      'Oprava potrvá do konce března a tramvaje budou po celou dobu jezdit odklonem přes Lidickou ulici, upozornil dopravní podnik',
      'Podle dodavatelů se do cen promítne pokles velkoobchodních cen elektřiny i nižší regulované poplatky za distribuci',
      'Domácí prohrávali po první třetině o dva góly, ale ve druhé dokázali během šesti minut třikrát skórovat',
    ],
    topics: ['doprava', 'energie', 'hokej', 'bydlení', 'počasí', 'technologie'],
    sections: ['Domácí', 'Ekonomika', 'Sport', 'Kultura', 'Zahraničí', 'Regiony'],
    shops: ['Alza', 'Datart', 'CZC', 'Mall.cz'],
    products: ['robotický vysavač Roborock', 'sluchátka Sony WH-CH720N', 'kávovar Philips 2200'],
  },
  ja: {
    locales: ['ja-JP'],
    currencies: ['JPY'],
    names: ['佐々木 美穂', '高橋 健太', '中村 彩', '山口 翔', '松本 由紀', '井上 大輔'],
    cities: ['札幌', '福岡', '仙台', '神戸', '金沢', '那覇'],
    agencies: ['共同通信', '時事通信', 'ロイター'],
    descs: ['紅葉が見ごろを迎えた公園', '開幕戦で声援を送るサポーター', '新型スマートフォンの発表会', '帰省客で混雑する新幹線のホーム'],
    headlines: ['市営地下鉄、終電を30分延長へ', '円相場、一時1ドル=150円台に', 'ルーキーが完封、チームは3連勝', '冬のボーナスで買いたい家電ランキング'],
    snippets: [
      '市交通局は年末年始の利用客の増加に対応するため、十二月二十日から一月五日まで全線で終電の時刻を繰り下げると発表した',
      '米国の長期金利の上昇を受けて円を売ってドルを買う動きが強まり、市場関係者は当局による介入への警戒感を示している',
      '高卒ルーキーは九回を投げて被安打三、無四球の内容で、プロ入り初の完封勝利を挙げた',
    ],
    topics: ['経済', '地域', 'プロ野球', 'IT', '天気', 'グルメ'],
    sections: ['社会', '経済', 'スポーツ', 'テクノロジー', 'ライフ', '国際'],
    shops: ['Amazon.co.jp', '楽天市場', 'ヨドバシ.com', 'ビックカメラ'],
    products: ['ワイヤレスイヤホン AirPods Pro', 'ロボット掃除機 ルンバ', '電気ケトル ティファール'],
  },
  zh: {
    locales: ['zh-CN', 'zh-TW', 'zh-HK'],
    currencies: ['CNY', 'TWD', 'HKD'],
    names: ['王晓梅', '陈志强', '林佳慧', '赵文博', '黄雅婷', '周子轩'],
    cities: ['成都', '杭州', '深圳', '台中', '武汉', '厦门'],
    agencies: ['新华社', '中新社', '中央社', '澎湃新闻'],
    descs: ['市民在公园里赏秋景', '球迷在看台上为主队加油', '新款手机发布会现场', '春运期间火车站候车大厅'],
    headlines: ['地铁三号线延长运营时间至午夜', '人民币兑美元汇率小幅回升', '主队主场逆转晋级半决赛', '冬季养生的五个小窍门'],
    snippets: [
      '为满足节假日期间市民出行需求，运营公司决定自下周一起将末班车发车时间推迟至二十三时四十分，并加密高峰时段班次',
      '分析人士认为，近期出口数据好于预期以及季节性结汇需求增加，对人民币汇率形成了一定支撑',
      '主队在下半场连入两球，凭借净胜球优势力压对手，成功闯入本赛季联赛半决赛',
    ],
    topics: ['财经', '交通', '足球', '科技', '天气', '美食'],
    sections: ['国内', '财经', '体育', '科技', '生活', '国际'],
    shops: ['京东', '天猫', '拼多多', 'momo购物'],
    products: ['小米扫地机器人', '华为 FreeBuds 耳机', '美的空气炸锅'],
  },
};

const HANDLES = ['prairieledger', 'rmenon_tech', 'maricel.dizon', 'chuks_obi', 'wambui_n', 'ayesha.q', 'larsholmqvist', 'femkedg', 'coastalsignal', 'teknoloop', 'kbhatt_biz', 'jolenecastaneda'];
const PLATFORMS = ['YouTube', 'Instagram', 'TikTok', 'X', 'Facebook', 'Threads', 'Bluesky', 'Reddit', 'LinkedIn', 'Twitch', 'Mastodon', 'Weibo'];
const TIME_ZONES = ['CST', 'MST', 'PST', 'EDT', 'AST', 'IST', 'PHT', 'PKT', 'WAT', 'EAT', 'CET', 'JST'];
const DATE_STYLES: readonly Intl.DateTimeFormatOptions[] = [
  { dateStyle: 'long' },
  { dateStyle: 'medium' },
  { dateStyle: 'full' },
  { day: 'numeric', month: 'short', year: 'numeric' },
  { weekday: 'short', day: 'numeric', month: 'short' },
  { day: '2-digit', month: '2-digit', year: 'numeric' },
];
/** Roughly how many of a currency make one US dollar, so that prices look like prices. */
const SCALE: Record<string, number> = { INR: 84, PHP: 58, NGN: 1550, KES: 129, PKR: 278, RSD: 108, BAM: 1.8, ALL: 92, MKD: 57, RUB: 95, KZT: 490, MXN: 18, ARS: 980, COP: 4100, CLP: 940, EGP: 49, SAR: 3.75, AED: 3.67, MAD: 9.9, JOD: 0.71, BRL: 5.6, AOA: 910, CZK: 23, JPY: 152, CNY: 7.2, TWD: 32, HKD: 7.8 };

function format(locale: string, date: Date, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
}

function someDay(rng: Rng): Date {
  return new Date(Date.UTC(rng.pick([2025, 2026]), rng.int(0, 11), rng.int(1, 28), rng.int(0, 23), rng.int(0, 59)));
}

/** `count` different items (fewer when the list is shorter). */
function distinct<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0] as T);
  return out;
}

const domain = (site: string) => site.replace(/\s+\d+$/u, '').toLowerCase().replace(/[^a-z0-9]+/gu, '');

/**
 * A slot's value in one language, for one piece of furniture: `{name}` and `{name2}` are two different people;
 * an upper-case slot (`{CITY}`) is upper-cased in the language's locale.
 */
function slotFiller(lang: FurnitureLang, rng: Rng, site: string): (slot: string) => string {
  const data = DATA[lang];
  const locale = rng.pick(data.locales);
  const currency = rng.pick(data.currencies);
  const [name, name2, photographer] = distinct(rng, data.names, 3);
  const [topic, topic2, topic3] = distinct(rng, data.topics, 3);
  const handle = rng.pick(HANDLES);
  const number = (value: number, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options).format(value);
  const dollars = rng.int(12, 420) + rng.pick([0.99, 0.95, 0, 0.49]);
  const money = (value: number) => number(value, { style: 'currency', currency, maximumFractionDigits: value >= 1000 ? 0 : 2 });
  const local = dollars * (SCALE[currency] ?? 1);
  const total = rng.int(5, 36);
  /** One moment per piece of furniture, so that its weekday, date and time agree. */
  const when = someDay(rng);
  const values: Record<string, () => string> = {
    name: () => name as string,
    name2: () => name2 as string,
    photog: () => photographer as string,
    city: () => rng.pick(data.cities),
    agency: () => rng.pick(data.agencies),
    desc: () => rng.pick(data.descs),
    headline: () => rng.pick(data.headlines),
    topic: () => topic as string,
    topic2: () => topic2 as string,
    topic3: () => topic3 as string,
    hashtag: () => `#${(topic as string).replace(/[\s&-]+/gu, '')}`,
    section: () => rng.pick(data.sections),
    shop: () => rng.pick(data.shops),
    product: () => rng.pick(data.products),
    site: () => site,
    domain: () => `${domain(site)}.com`,
    handle: () => handle,
    email: () => `${rng.pick(['tips', 'newsroom', 'letters', 'desk', 'feedback'])}@${domain(site)}.com`,
    platform: () => rng.pick(PLATFORMS),
    date: () => format(locale, when, rng.pick(DATE_STYLES)),
    time: () => format(locale, when, { hour: 'numeric', minute: '2-digit' }),
    day: () => format(locale, when, { weekday: 'long' }),
    datetime: () => format(locale, when, { dateStyle: rng.pick(['medium', 'long', 'short'] as const), timeStyle: 'short' }),
    ago: () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-rng.int(1, 50), rng.pick(['minute', 'hour', 'hour', 'day'] as const)),
    tz: () => rng.pick(TIME_ZONES),
    year: () => String(rng.pick([2025, 2026])),
    n: () => number(rng.int(2, 640)),
    k: () => number(rng.int(1500, 240_000), { notation: 'compact' }),
    pct: () => number(rng.int(5, 60) / 100, { style: 'percent' }),
    words: () => number(rng.int(420, 3400)),
    min: () => number(rng.int(2, 18)),
    dur: () => `${rng.int(0, 48)}:${String(rng.int(0, 59)).padStart(2, '0')}`,
    idx: () => String(rng.int(1, total)),
    total: () => String(total),
    price: () => money(Math.round(local * 100) / 100),
    price2: () => money(Math.round(local * 1.28 * 100) / 100),
    stars: () => number(rng.int(35, 50) / 10, { minimumFractionDigits: 1 }),
    code: () => Array.from({ length: 8 }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[rng.int(0, 31)]).join(''),
  };
  return slotLookup(values, locale, 'sealed');
}

export function fillSealed(template: string, lang: FurnitureLang, rng: Rng, site: string): string {
  return fillSlots(template, slotFiller(lang, rng, site));
}

/**
 * The templates, by kind and language. Slots: `{name}` `{name2}` `{photog}` (people), `{city}`, `{agency}`, `{desc}`
 * (what a photo shows), `{headline}`, `{topic}` `{topic2}` `{topic3}`, `{hashtag}`, `{section}`, `{shop}`, `{product}`,
 * `{site}`, `{domain}`, `{handle}`, `{email}`, `{platform}`, `{date}`, `{time}`, `{day}`, `{datetime}`, `{ago}`, `{tz}`,
 * `{year}`, `{n}`, `{k}` (compact count), `{pct}`, `{words}`, `{min}`, `{dur}`, `{idx}`/`{total}`, `{price}` `{price2}`,
 * `{stars}`, `{code}`; any slot in capitals is upper-cased.
 */
const SEALED: Record<string, Vocabulary> = {
  byline: {
    en: [
      'By {NAME}, {site} Staff Writer',
      'Written by {name} · Senior Reviews Editor',
      'BY {NAME} AND {NAME2} | {CITY} BUREAU',
      'Story by {name} • Visuals by {photog} • Graphics by {name2}',
      '{name} — Special to {site}',
      'Posted by {name} to the {site} {section} desk',
      '{name} | {site} Investigates',
      'Reviewed by {name}; fact-checked by {name2}',
      'Author: {name} (@{handle})',
      '{NAME} Business Correspondent',
      'by {name} for {site} Sports',
      'Words by {name} · Photography by {photog} · Styling by {name2}',
      '{name}, {agency} — {city}',
      'Contributed by {name}, Correspondent, {city}',
      '✍️ {name}',
    ],
    'sr-Latn': ['{name} | novinarka portala {site}', 'Priredio: {name} (dopisništvo {site})', '{name} / {agency}', 'Reportaža: {name} · Fotografije: {photog} · Montaža: {name2}'],
    'sr-Cyrl': ['{name} | новинарка листа {site}', 'Приредио: {name} (дописништво {site})', '{name} / {agency}', 'Репортажа: {name} · Фотографије: {photog} · Монтажа: {name2}'],
    sq: ['Shkrimi: {name}, gazetare e {site}', 'Raportoi {name} nga {city} për {site}', '{name} / {agency}'],
    ru: ['Автор материала — {name}, спецкор {site}', 'Текст — {name}. Фото — {photog}. Верстка — {name2}', '{name}, собственный корреспондент «{site}» в городе {city}', 'Материал подготовила {name} при участии {name2}'],
    de: ['Von unserem Korrespondenten {name}, {city}', 'Ein Beitrag von {name} und {name2}', 'Autorin: {name}, Redaktion {section}'],
    fr: ['Par {name}, correspondant à {city}', 'Rédigé par {name} | {site}', '{name} - Journaliste {section}'],
    es: ['Por {name} - Enviado especial a {city}', 'Redacción {site} / Edición: {name}', 'Nota escrita por {name} en exclusiva para {site}'],
    ar: ['كتبت {name} من {city} لموقع {site}', 'متابعة: {name} - مراسل {site}', 'تقرير: {name} | تصوير: {photog}'],
    pt: ['Por {name}, especial para o {site} em {city}', 'Texto: {name} | Edição: {name2}', '{name} — Repórter de {section}'],
    cs: ['Autorka článku: {name}, zpravodajka {site}', 'Napsal(a) {name}, {site}', '{name} | redaktorka rubriky {section}'],
    ja: ['取材・文：{name}　撮影：{photog}', '記者：{name}（{city}支局）', '{name}／{site}編集部'],
    zh: ['{site}客户端记者 {name} 发自{city}', '文／{name}　图／{photog}', '{site}全媒体记者 {name} 实习生 {name2}', '撰文／{name}　编辑／{name2}　审核／{photog}'],
  },
  timestamp: {
    en: [
      'Story published {datetime} {tz}',
      'Updated at {time} {tz} on {day}, {date}',
      'Posted: {date} | Updated {ago}',
      'Last modified on {date} at {time}',
      '{day}, {date} · {time}',
      'This story was first published on {date} and has been updated.',
      'Originally aired {date}',
      'PUBLISHED: {DATE} AT {TIME}',
      'Published on: {date} | Last Updated: {date}',
      '{time} {tz}, {date}',
      'Filed at {time} {tz} from {city}',
      'Created {date} — Modified {ago}',
      'Last refreshed {ago}',
      '🕒 {date}',
    ],
    'sr-Latn': ['Datum objave: {date} u {time}', '{date} | {time}', 'Poslednji put ažurirano {ago}', 'Poslednja izmena: {date}, {time}'],
    'sr-Cyrl': ['Датум објаве: {date} у {time}', '{date} | {time}', 'Последњи пут ажурирано {ago}', 'Последња измена текста: {date} у {time}'],
    sq: ['Publikuar: {day}, {date} – ora {time}', 'Lajmi u përditësua {ago}', '{date} | {time}'],
    ru: ['Дата и время публикации: {datetime} (мск)', 'Материал дополнен {ago}', '{date}, {time}', '{date}, {time} по московскому времени'],
    de: ['Online seit {date}, {time} Uhr', 'Zuletzt aktualisiert am {datetime}', 'Artikel vom {date}, {time} Uhr', 'Zuletzt bearbeitet {ago}'],
    fr: ['Publié le {date} à {time}, mis à jour le {date}', 'Article actualisé {ago}', '{day} {date}, {time}', 'Article publié le {day} {date}'],
    es: ['Publicado el {date} a las {time}', 'Última modificación {ago}', '{date} - {time} hs', 'Hora de publicación: {time} ({city})'],
    ar: ['تاريخ ووقت النشر: {datetime} بتوقيت {city}', 'تم التحديث {ago}', '{day} {date} - {time}', 'نشر بتاريخ {date} الساعة {time}'],
    pt: ['Publicado em {date} às {time} | Atualizado há pouco', 'Última edição {ago}', '{date} - {time}', 'Matéria publicada em {datetime}'],
    cs: ['Vydáno {date} v {time}', 'Naposledy upraveno {ago}', '{date} {time}'],
    ja: ['{date} {time} 最終更新', '最終更新日時：{datetime}', '掲載日：{date}', '{ago}'],
    zh: ['发布日期：{date}　{time}　来源：{agency}', '最后编辑于 {ago}', '{date} {time}　字号：大 中 小', '发布于：{date}'],
  },
  cookie: {
    en: [
      'We and our partners use cookies to personalise content and ads and to analyse our traffic. Accept All | Manage Choices',
      'This website uses cookies to ensure you get the best experience on our website. Got it!',
      'By continuing to browse {site}, you agree to our use of cookies. Learn more',
      '🍪 We use cookies to improve your experience. Okay, thanks',
      'Your Privacy Choices: we use cookies and similar technologies on this site. [Reject non-essential] [Accept]',
      'We value your privacy. Click "I Accept" to consent to the use of cookies, or "Preferences" to choose.',
      'California residents: Do Not Sell or Share My Personal Information (CCPA)',
      'Cookie settings ⚙ Essential only · Allow all',
      'NOTICE: We use cookies to enhance your experience. By clicking "Accept" you consent to all cookies. Privacy Policy',
      'To read {site} for free, accept cookies and personalised advertising, or subscribe to our ad-free plan. Accept and continue',
      'Cookies help us deliver our services. By using our services, you agree to our use of cookies. Dismiss',
      'This site stores cookies on your device. Read our updated Privacy & Cookie Notice. Agree and close',
      'We use essential cookies and, with your consent, analytics cookies. Yes, I agree / No, thanks',
    ],
    'sr-Latn': ['Sajt {site} koristi kolačiće u analitičke i marketinške svrhe. Slažem se', 'Korišćenjem sajta {site} pristajete na upotrebu kolačića. Saznajte više | U redu', 'Vaša privatnost nam je važna: {site} i partneri obrađuju podatke o pregledanju. Podešavanja | Prihvati sve'],
    'sr-Cyrl': ['Овај сајт користи колачиће како би вам пружио боље корисничко искуство. Прихватам', 'Коришћењем сајта пристајете на употребу колачића. Сазнајте више', 'Ваша приватност нам је важна: {site} и партнери обрађују податке о прегледању. Подешавања | Прихвати све'],
    sq: ['Kjo faqe përdor cookies për t’ju ofruar një përvojë më të mirë. Pranoj', 'Duke vazhduar shfletimin, ju pranoni përdorimin e cookies. Mëso më shumë', 'Privatësia juaj ka rëndësi për {site}. Ne dhe partnerët tanë përpunojmë të dhëna. Cilësimet | Prano të gjitha'],
    ru: ['Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с этим. Понятно', 'Сайт использует куки и сервисы аналитики. Подробнее | Принять', 'Продолжая просмотр {site}, вы разрешаете обработку метаданных и cookie в соответствии с 152-ФЗ. ОК'],
    de: ['Wir verwenden Cookies und ähnliche Technologien. Mit „Alle akzeptieren“ stimmen Sie der Verarbeitung zu. Einstellungen | Alle akzeptieren', '{site} werbefrei lesen für 2,99 € im Monat oder mit Werbung und Tracking weiter: Akzeptieren und weiter', 'Ihre Privatsphäre ist uns wichtig. {site} und bis zu {n} Partner verarbeiten Daten. Details anzeigen | Zustimmen und weiter'],
    fr: ['Nous utilisons des cookies pour améliorer votre expérience. Tout accepter | Personnaliser | Continuer sans accepter', 'En poursuivant votre navigation sur {site}, vous acceptez l’utilisation de témoins. OK', '{site} et ses {n} partenaires traitent vos données (Loi 25). Paramétrer mes choix | J’accepte'],
    es: ['En {site} usamos cookies propias y de terceros con fines analíticos y publicitarios. Aceptar todas | Rechazar', 'Este sitio usa cookies. Al continuar navegando aceptás nuestra política de privacidad. Entendido', 'Tu privacidad es importante para {site} y sus {n} socios. Más opciones | Estoy de acuerdo'],
    ar: ['نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. موافق', 'باستمرارك في تصفح الموقع فإنك توافق على سياسة الخصوصية وملفات الكوكيز. أوافق | المزيد', 'يستخدم {site} ملفات تعريف الارتباط وفق سياسة حماية البيانات الشخصية. الإعدادات | قبول الكل'],
    pt: ['Utilizamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade. Aceitar', 'Este site usa cookies. Aceitar todos | Rejeitar | Definições', 'O {site} e seus {n} parceiros tratam dados conforme a LGPD. Gerenciar | Concordo'],
    cs: ['Tento web používá soubory cookies k poskytování služeb a analýze návštěvnosti. Souhlasím | Nastavení', 'Bez souhlasu s cookies si můžete článek přečíst s předplatným. Přijmout vše', '{site} a jeho {n} partnerů zpracovává osobní údaje podle GDPR. Upravit nastavení | Rozumím a přijímám'],
    ja: ['当サイトではCookieを使用しています。サイトを利用することでCookieの使用に同意したものとみなします。同意する', 'Cookie の設定｜すべて許可｜必須のみ', '{site}は広告配信とアクセス解析のためにCookieを利用します。詳しくはプライバシーポリシーへ｜閉じる'],
    zh: ['本网站使用Cookie以提升您的浏览体验，继续浏览即表示您同意我们的隐私政策。我知道了', '我們使用 Cookie 改善您的使用體驗。接受全部｜管理設定', '依据《个人信息保护法》，{site}将使用Cookie收集必要信息。同意并继续｜拒绝'],
  },
  share: {
    en: [
      'Share this story: Facebook Twitter WhatsApp Email',
      'SHARE ON: f 𝕏 in ✉',
      'Share via WhatsApp | Telegram | Copy link',
      '📤 Share  🔗 Copy link  🖨 Print',
      'Facebook Messenger Viber Email Print',
      '🔥 {n} shares · {k} views',
      'Tweet it · Post it · Pin it · Mail it',
      '🎁 Gift this article to a friend — you have {n} gifts left this month',
      'Share on LinkedIn · Share on X · Share by email',
      'Copy article link ✓ Copied to clipboard',
      'SHARE ▸ Facebook ▸ X ▸ Reddit ▸ Flipboard',
      'Send to a friend | Print | A- A+',
      'Save for later 🔖 Share ↗',
    ],
    'sr-Latn': ['Podeli: Facebook Viber WhatsApp', 'Podelite ovu vest sa prijateljima', 'Štampaj | Pošalji e-mailom | Kopiraj link'],
    'sr-Cyrl': ['Подели: Facebook Viber WhatsApp', 'Поделите ову вест са пријатељима', 'Штампај | Пошаљи имејлом'],
    sq: ['Shpërndaje: Facebook X Viber', 'Ndaje këtë lajm me miqtë në Facebook', 'Kopjo linkun | Printo'],
    ru: ['Рассказать друзьям: ВК · ОК · Telegram · Viber', 'Отправить другу | Распечатать', 'Скопировать адрес материала'],
    de: ['Artikel teilen: WhatsApp Facebook E-Mail', 'Teilen | Merken | Drucken', 'Artikel-Link in die Zwischenablage kopieren'],
    fr: ['Partager cet article : Facebook X LinkedIn Courriel', 'Partager | Imprimer | Envoyer', 'Lien copié dans le presse-papiers'],
    es: ['Compartir en: Facebook X WhatsApp Telegram', 'Comparte esta nota', 'Copiar enlace | Imprimir'],
    ar: ['شارك هذا الخبر عبر: فيسبوك | إكس | تيليجرام | واتساب', 'انسخ الرابط | طباعة', 'أرسل الخبر إلى صديق بالبريد الإلكتروني'],
    pt: ['Compartilhe: WhatsApp Facebook X E-mail', 'Partilhar este artigo', 'Copiar link | Imprimir'],
    cs: ['Sdílejte článek: Facebook · X · WhatsApp · Messenger', 'Poslat článek e-mailem | Tisk', 'Zkopírovat odkaz'],
    ja: ['この記事をシェアする：X Facebook LINE はてブ', 'シェア｜ブックマーク｜印刷', '記事のURLをコピーしました'],
    zh: ['分享到：微信好友 朋友圈 新浪微博 豆瓣', '分享｜收藏｜打印', '链接已复制到剪贴板', '分享至 Facebook LINE'],
  },
  subscribe: {
    en: [
      'Subscribe now for unlimited access to local journalism — just $1 for 6 months.',
      'Already a {site} subscriber? Sign in to keep reading',
      'Support local, independent journalism in {city}. Become a sustaining member →',
      'Unlock this article and more with a {site} Digital subscription.',
      'Get the {site} app: App Store | Google Play',
      'SUBSCRIBE to our YouTube channel for more videos',
      'You have {n} free articles remaining this month. Subscribe',
      'Become a Premium member to read without ads',
      "Don't miss out: start your 14-day free trial today",
      'Follow {site} on Google News ⭐',
      'Join our WhatsApp channel for breaking news updates',
      'Get breaking news alerts: download the free {site} app',
      'This story is available exclusively to subscribers. Log in or sign up.',
      'Enjoying this? Support our newsroom for less than a cup of coffee a week.',
    ],
    'sr-Latn': ['Pratite nas i na Telegram kanalu {site}', 'Preuzmite aplikaciju {site} za Android i iOS', 'Pretplatite se na digitalno izdanje već od 299 dinara mesečno'],
    'sr-Cyrl': ['Пратите нас и на Телеграм каналу', 'Преузмите апликацију за Android и iOS', 'Претплатите се на дигитално издање'],
    sq: ['Na ndiqni edhe në kanalin tonë në Viber', 'Abonohu në kanalin YouTube të {site} dhe aktivizo zilen 🔔', 'Shkarko aplikacionin {site}'],
    ru: ['Все главные новости {city} — в нашем Telegram-канале @{handle}', 'Читайте {site} в Дзене', 'Оформите подписку, чтобы читать без ограничений'],
    de: ['Jetzt weiterlesen mit {site}+ — 4 Wochen für 0,99 €', 'Schon {site}+ Abonnent? Dann hier einloggen und weiterlesen', 'Die wichtigsten Nachrichten aus {city} direkt aufs Handy: Folgen Sie unserem WhatsApp-Kanal'],
    fr: ['Abonnez-vous pour lire la suite — 1 € le premier mois', 'Vous êtes déjà abonné à {site} ? Identifiez-vous pour lire la suite', 'Recevez nos alertes en téléchargeant l’application {site} sur iOS et Android'],
    es: ['Suscríbete y accede a todo el contenido por $1 al mes', '¿Ya tienes una suscripción a {site}? Ingresa aquí para continuar', 'Síguenos en nuestro canal de WhatsApp'],
    ar: ['اشترك في قناتنا على تيليجرام', 'تابعونا على واتساب لآخر الأخبار', 'حمّل تطبيق {site} الآن'],
    pt: ['Assine e tenha acesso ilimitado por R$ 1,90 no primeiro mês', 'Já é assinante? Faça login', 'Siga o canal do {site} no WhatsApp'],
    cs: ['Předplaťte si {site} Premium a čtěte bez omezení', 'Už máte předplatné? Přihlaste se', 'Sledujte zpravodajství {site} také na Instagramu a TikToku'],
    ja: ['有料会員になると全ての記事が読めます', '会員登録（無料）でこの記事の続きが読めます', 'LINE公式アカウントを友だち追加'],
    zh: ['关注我们的微信公众号，获取更多资讯', '下载{site}客户端，阅读更多精彩内容', '订阅会员，畅读全文'],
  },
  ad: {
    en: [
      'ADVERTISEMENT · SCROLL TO CONTINUE WITH CONTENT',
      '— Article continues after sponsor message —',
      'AD · Why am I seeing this?',
      'Paid Partnership with {shop}',
      'PROMOTED',
      'This article is sponsored by {shop}',
      'Content from our partner',
      '▼ Paid advertisement by {shop} ▼',
      'Report this ad · AdChoices ▷',
      'Brand Studio | Presented by {shop}',
      'ARTICLE CONTINUES AFTER THIS ADVERTISEMENT',
      '[ AD · {shop} ]',
      'Sponsored · {shop}',
    ],
    'sr-Latn': ['Oglasni prostor {site}', 'Nastavak vesti ispod reklame', 'PROMO TEKST | {shop}'],
    'sr-Cyrl': ['Плаћени оглас', 'Наставак вести испод рекламе', 'ПРОМО ТЕКСТ | {shop}'],
    sq: ['Reklamo në {site}', 'Vazhdon pas hapësirës reklamuese', 'Artikull i sponsorizuar nga {shop}'],
    ru: ['Реклама · Скрыть объявление', 'Материал подготовлен при поддержке {shop}', 'Реклама. ООО «{shop}» erid: {code}'],
    de: ['Anzeige (bezahlter Inhalt)', 'Werbung · Weiter nach der Anzeige', 'Gesponsert von {shop}'],
    fr: ['Annonce publicitaire', 'En partenariat avec {shop} · Contenu sponsorisé', 'L’article continue sous l’annonce'],
    es: ['Aviso publicitario', 'Contenido patrocinado por {shop}', 'La nota continúa debajo de la publicidad'],
    ar: ['مساحة مدفوعة لصالح {shop}', 'هذا المحتوى مقدم من {shop}', 'تابع القراءة بعد الفاصل الإعلاني'],
    pt: ['Espaço publicitário', 'A reportagem continua após o anúncio', 'Estúdio {site} para {shop}'],
    cs: ['Reklamní sdělení', 'Komerční prezentace {shop}', 'Článek pokračuje pod inzerátem'],
    ja: ['スポンサー広告（記事は下に続きます）', '提供：{shop}（PR）', 'スポンサードコンテンツ'],
    zh: ['本广告位招商中', '{shop}推广', '品牌合作内容'],
  },
  readAlso: {
    en: [
      'ICYMI: {headline}',
      '👉 {headline}',
      'MORE FROM {SITE}: {headline}',
      'WATCH THE FULL SEGMENT → {headline}',
      '[See also in {section}] {headline}',
      'Staff pick ➜ {headline}',
      'Also from the {site} newsroom — {headline}',
      'MORE COVERAGE FROM {SITE} >> {headline}',
      'SUGGESTED READING: {headline}',
      'Trending in {city} · {headline}',
      'EARLIER COVERAGE | {headline}',
      'Background reading ⟶ {headline}',
      '► {headline}',
      'From our {year} archive: {headline}',
    ],
    'sr-Latn': ['Izdvajamo iz arhive → {headline}', 'POVEZANE VESTI | {headline}', '>> {headline}'],
    'sr-Cyrl': ['Издвајамо из архиве → {headline}', 'ТЕМА ДАНА | {headline}', '>> {headline}'],
    sq: ['Lexoni edhe → {headline}', 'LIDHUR ME KËTË | {headline}', '» {headline}'],
    ru: ['Что ещё почитать → {headline}', 'Ранее по теме | {headline}', '→ {headline}'],
    de: ['Zum Nachlesen » {headline}', 'Vorgeschichte → {headline}', '▶ {headline}'],
    fr: ['À découvrir également → {headline}', 'NOTRE DOSSIER | {headline}', '➡️ {headline}'],
    es: ['No te lo pierdas → {headline}', 'ANTECEDENTES | {headline}', 'Para entender el tema ▸ {headline}'],
    ar: ['قد يهمك أيضا ← {headline}', 'ذات صلة بالموضوع | {headline}', '◄ {headline}'],
    pt: ['Entenda o caso → {headline}', 'RELEMBRE | {headline}', '>>> {headline}'],
    cs: ['Připomínáme → {headline}', 'K TÉMATU | {headline}', '» {headline}'],
    ja: ['【合わせてチェック】{headline}', '▽編集部のおすすめ▽ {headline}', '＞＞{headline}'],
    zh: ['【相关链接】{headline}', '相关新闻→{headline}', '▶ {headline}'],
  },
  relatedHeading: {
    en: [
      'More {section} headlines',
      'Next up in {section}',
      'In case you missed it this week',
      'People also read',
      'From our network',
      'Readers also viewed',
      'MORE ON {TOPIC}',
      'The latest from our newsroom',
      'Hot on {site} right now 🔥',
      'UP NEXT FOR YOU',
      'Recommended stories',
      'Keep exploring {topic} ›',
      'Around {site}',
    ],
    'sr-Latn': ['Ostale vesti iz rubrike {section}', 'Najčitanije u poslednja 24 sata', 'Izdvajamo za vas'],
    'sr-Cyrl': ['Остале вести из рубрике {section}', 'Најчитаније у последња 24 сата', 'Издвајамо за вас'],
    sq: ['Lajme të tjera nga rubrika {section}', 'Më të lexuarat e javës', 'Redaksia rekomandon'],
    ru: ['Другие материалы по теме', 'Читают прямо сейчас', 'Другие новости раздела {section}'],
    de: ['Weitere Artikel aus {section}', 'Meistgelesen in {city}', 'Weitere Empfehlungen der Redaktion'],
    fr: ['Les articles les plus consultés', 'Toujours dans la rubrique {section}', 'À la une en ce moment'],
    es: ['Lo que está dando de qué hablar', 'Más noticias de {section}', 'Notas relacionadas'],
    ar: ['الأكثر مشاهدة اليوم', 'قد يعجبك أيضا', 'آخر أخبار قسم {section}'],
    pt: ['Em alta agora no {site}', 'Últimas de {section}', 'Você também pode gostar'],
    cs: ['Právě teď se čte', 'Další zprávy z rubriky {section}', 'Mohlo by vás zajímat'],
    ja: ['この記事に関連するニュース', '読まれている記事ランキング', '{section}の新着記事'],
    zh: ['相关阅读', '热门推荐', '{section}频道推荐'],
  },
  readMore: {
    en: [
      'Read the full report at {domain}',
      'Tap here for the full story ›',
      'Expand full story ↓',
      'Read full article in the {site} app',
      'Tap to read full article',
      'Read more from {name}',
      'Click to expand ▾',
      '» Full coverage',
      'Read on {site}',
      'See the complete story',
      'Read our full review',
      'Jump to full recipe',
    ],
    'sr-Latn': ['Detaljnije na {site} »', 'Kompletan tekst pročitajte ovde', 'Nastavak teksta →'],
    'sr-Cyrl': ['Детаљније на {site} »', 'Комплетан текст прочитајте овде', 'Наставак текста →'],
    sq: ['Lexo më shumë në {site} »', 'Artikulli i plotë këtu', 'Kliko për të lexuar të plotë →'],
    ru: ['Подробности на сайте {site} →', 'Открыть материал целиком', 'Читать дальше в источнике »'],
    de: ['Den ganzen Artikel lesen ›', 'Hier geht’s zum vollständigen Bericht', 'Mehr auf {site} »'],
    fr: ['Lire l’article complet sur {site} ›', 'Accéder à l’article', 'Pour tout savoir, c’est ici →'],
    es: ['Continúa leyendo en {site} »', 'Ver nota completa', 'Lee la nota completa aquí →'],
    ar: ['لقراءة الخبر كاملا اضغط هنا', 'مزيد من التفاصيل ←', 'أكمل القراءة على {site}'],
    pt: ['Continue a ler no {site} »', 'Clique aqui e leia mais', 'Veja a íntegra no {site} →'],
    cs: ['Pokračování článku na {site} »', 'Přečíst celý text', 'Rozbalit celý text →'],
    ja: ['記事の続きを読む（{site}）', '本文を全部読む', '続きは{site}で »'],
    zh: ['点击查看完整报道', '详细内容请见{site}>>', '点击阅读更多'],
  },
  comments: {
    en: [
      'Readers have left {n} notes on this story|Log in to join the discussion|Order: most recent first',
      'Join the {site} conversation\nOnly signed-in subscribers can post here.\nRead our house rules before posting',
      '{n} people are talking about this|Write a response…|Publish response',
      'Share your thoughts on this story|We moderate all comments before they appear.|Name you want shown|Type your comment here|Send it to the moderators',
      'Tap to load the {n}-comment thread ▾',
      'Talk back ({n})|Be the first to weigh in|Comments powered by Viafoura',
      '💬 Discuss ({n})|Top rated|Flag as inappropriate',
      'Comments are closed for this story.',
      'Got an opinion on this? Write to us at {email}.\nPlease keep comments civil. Read our commenting policy.',
      'COMMENTS|Sign in to comment or register for free|Sort: Oldest first',
      '{name} · {ago}|Answer|Upvote {n}',
      'Have a news tip? Email {email}\nDiscussion ({n})',
    ],
    'sr-Latn': ['Čitaoci su ostavili {n} komentara|Napišite šta mislite|Potpis (ime ili inicijali)|Pošalji na odobrenje moderatoru', 'Komentarisanje je onemogućeno za ovaj tekst.', 'Komentari čitalaca ({n})|Prikaži starije komentare|Prijavi neprimeren komentar'],
    'sr-Cyrl': ['Читаоци су оставили {n} коментара|Напишите шта мислите|Потпис (име или иницијали)|Пошаљи на одобрење модератору', 'Коментарисање је онемогућено за овај текст.', 'Коментари читалаца ({n})|Прикажи старије коментаре|Пријави непримерен коментар'],
    sq: ['Lexuesit kanë lënë {n} komente|Shkruani mendimin tuaj|Emri ose pseudonimi|Dërgo komentin për miratim', 'Komentet janë të çaktivizuara për këtë artikull.', 'Opinionet e lexuesve ({n})|Shfaq komentet më të vjetra|Raporto komentin'],
    ru: ['Обсуждение новости: {n} комментариев|Чтобы написать комментарий, авторизуйтесь|Сортировать: по дате', 'Комментарии проходят премодерацию и появляются не сразу.', 'Мнения читателей ({n})|Показать ещё {n}|Пожаловаться на комментарий'],
    de: ['Diskutieren Sie mit ({n} Beiträge)|Schreiben Sie einen Kommentar|Sortierung: neueste Beiträge oben', 'Die Kommentarfunktion ist für diesen Artikel deaktiviert.', 'Leserstimmen ({n})|Weitere Kommentare laden|Kommentar melden'],
    fr: ['Réagir à cet article ({n})|Connectez-vous à votre compte {site} pour réagir|Les plus récents', 'Les réactions à cet article sont désormais fermées.', 'Vos réactions ({n})|Afficher plus de réactions|Signaler un abus'],
    es: ['Opiniones de lectores ({n})|Regístrate para opinar|Más recientes', 'Escribe tu opinión\nTu nombre\nTu correo (no se publicará)\nPublicar mi opinión', 'Qué opinan los lectores ({n})|Cargar más opiniones|Denunciar comentario'],
    ar: ['شارك برأيك ({n})|اكتب تعليقك هنا|الاسم المستعار|أرسل رأيك', 'تم إغلاق التعليقات على هذا الخبر', 'ماذا يقول القراء؟ ({n})|عرض المزيد من التعليقات|الإبلاغ عن إساءة'],
    pt: ['Comentários dos leitores ({n})|Acesse sua conta para comentar|Mais recentes', 'Escreva seu comentário\nSeu nome\nSeu e-mail, que fica em sigilo\nPublicar comentário', 'O que os leitores dizem ({n})|Carregar mais comentários|Denunciar abuso'],
    cs: ['Diskuse ({n} příspěvků)|Přihlaste se a diskutujte|Nejnovější', 'Diskuse k článku je uzavřena.', 'Názory čtenářů ({n})|Načíst další příspěvky|Nahlásit nevhodný příspěvek'],
    ja: ['みんなのコメント（{n}）|あなたの意見を投稿する|新着順', 'この記事へのコメントは締め切りました', '読者の声（{n}件）|さらに表示|違反報告'],
    zh: ['网友跟帖（{n}）|登录后参与讨论|按时间排序', '发表你的看法\n请文明发言\n发布', '热门跟帖（{n}）|查看更多跟帖|举报'],
  },
  tags: {
    en: [
      'Story tags: {topic}, {topic2}, {topic3}',
      'This story covers · {topic} · {topic2}',
      '{hashtag} #{site}',
      'Filed in {section} under {topic}, {topic2}',
      'GET ALERTS FOR: {TOPIC} | {TOPIC2}',
      'Follow these topics to get alerts: {topic}, {topic2}',
      'Key terms — {topic}; {topic2}; {site}',
      'Categories: {section} / {topic}',
      'TAGGED: {topic}, {topic2}',
      '🏷 {topic} {topic2}',
      'Explore more: {topic} | {topic2} | {topic3}',
      'Posted in {section} · Tagged {topic}',
    ],
    'sr-Latn': ['Tagovi vesti: {topic} · {topic2} · {topic3}', 'Više o temama: {topic} | {topic2}', '#{topic} #{topic2}'],
    'sr-Cyrl': ['Тагови вести: {topic} · {topic2} · {topic3}', 'Више о темама: {topic} | {topic2}', 'Кључне речи: {topic} / {topic2} / {topic3}'],
    sq: ['Fjalë kyçe të artikullit: {topic} · {topic2}', 'Më shumë për: {topic} | {topic2}', 'Lexo më shumë rreth temave {topic} dhe {topic2}'],
    ru: ['Метки материала: {topic}, {topic2}', 'Следите за темами: {topic} · {topic2}', '#{topic} #{topic2}'],
    de: ['Mehr zu den Themen: {topic}, {topic2}', 'Artikel-Schlagwörter | {topic} | {topic2}', 'Alles zum Thema {topic} · {topic2}'],
    fr: ['Mots-clés associés à cet article : {topic}, {topic2}', 'Suivre les thèmes · {topic} · {topic2}', 'Sujets liés : {topic} / {topic2} / {topic3}'],
    es: ['Seguí leyendo sobre: {topic}, {topic2}', 'Temas de la nota | {topic} | {topic2}', 'En esta nota: {topic} · {topic2} · {topic3}'],
    ar: ['الكلمات المفتاحية: {topic}، {topic2}', 'وسوم: {topic} | {topic2}', 'موضوعات متعلقة بالخبر: {topic} - {topic2}'],
    pt: ['Assuntos relacionados · {topic} · {topic2} · {topic3}', 'Veja mais sobre {topic}, {topic2}', 'Nesta reportagem: {topic} / {topic2}'],
    cs: ['Klíčová slova článku: {topic}, {topic2}', 'Další zprávy k tématům | {topic} | {topic2}', 'V článku najdete: {topic} · {topic2} · {topic3}'],
    ja: ['この記事のタグ：{topic}、{topic2}', '関連キーワード {topic} {topic2}', 'キーワードから探す：{topic}／{topic2}'],
    zh: ['本文标签：{topic} {topic2}', '责任编辑：{name}　关键词：{topic}、{topic2}', '更多关于「{topic}」「{topic2}」的报道'],
  },
  copyright: {
    en: [
      '© {year} {site} and its licensors. All rights reserved.',
      'Copyright {year} Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.',
      '(c) {year} The Canadian Press',
      'Distributed by Andrews McMeel Syndication.',
      'This article was originally published on {site}.',
      'Copyright © {year} {agency}. Used with permission; further redistribution prohibited.',
      'All content © {site} {year}',
      'Reproduction in whole or in part without written permission is prohibited.',
      '— With files from The Canadian Press',
      '{site} © {year} | Terms of Use | Privacy Policy',
      'Copyright {year} Scripps Media, Inc. All rights reserved.',
      '© Copyright {site} {year} — Published by arrangement with {agency}',
      'Writing by {name}; reporting by {name2} in {city}; editing by {photog} and the {site} desk',
    ],
    'sr-Latn': ['Copyright © {year} {site} | Sva prava su zadržana', 'Preuzimanje tekstova dozvoljeno uz navođenje izvora i link ka {site}.', 'Sadržaj portala {site} zaštićen je Zakonom o autorskim pravima.'],
    'sr-Cyrl': ['Copyright © {year} {site} | Сва права су задржана', 'Преузимање текстова дозвољено уз навођење извора и линк ка порталу.', 'Садржај портала {site} заштићен је Законом о ауторским правима.'],
    sq: ['© {site} {year} – Të drejtat e autorit të mbrojtura', 'Ndalohet kopjimi i përmbajtjes pa cituar burimin {site}.', 'Materialet e {site} mund të ripublikohen vetëm me marrëveshje me shkrim.'],
    ru: ['© {site}, {year}. Сетевое издание зарегистрировано Роскомнадзором.', 'При полном или частичном использовании материалов ссылка на {site} обязательна.', '18+'],
    de: ['© {site} {year} – Vervielfältigung nur mit Genehmigung', '© APA-Austria Presse Agentur / {site}', 'Alle Texte, Bilder und Grafiken unterliegen dem Urheberrecht von {site}.'],
    fr: ['© {site} {year} — Tous droits de reproduction et de diffusion réservés', 'Toute reproduction, même partielle, est interdite sans l’accord de la rédaction.', 'Cet article est réservé à l’usage personnel de nos abonnés.'],
    es: ['Copyright © {year} {site} S.A. de C.V. Queda prohibida la reproducción sin permiso.', 'Prohibida la reproducción total o parcial sin autorización escrita del titular.', 'Este contenido es propiedad de {site} y está protegido por la ley de derechos de autor.'],
    ar: ['جميع الحقوق محفوظة © {year} {site}', 'يمنع نسخ أو إعادة نشر المحتوى دون إذن', 'المقالات المنشورة تعبر عن رأي كتابها ولا تعبر بالضرورة عن رأي {site}'],
    pt: ['© Copyright {year} {site}. Todos os direitos reservados. Proibida a reprodução.', 'Direitos autorais protegidos pela Lei 9.610/98.', 'Este material não pode ser publicado, transmitido, reescrito ou redistribuído sem autorização do {site}.'],
    cs: ['Copyright © {year} {site} a.s. Šíření obsahu je bez souhlasu zakázáno.', 'Publikování nebo šíření obsahu je zakázáno bez předchozího souhlasu.', 'Texty a fotografie {site} jsou chráněny autorským zákonem.'],
    ja: ['© {site} {year}　記事・写真の無断転載を禁じます', '掲載記事の著作権は{site}に帰属します', '記事の内容は掲載時点のものです。(C){site}'],
    zh: ['{site}版权所有，未经书面授权不得复制', '本文为{site}原创，转载请注明出处', '本网站所刊载信息，不代表{site}观点。'],
  },
  nav: {
    en: [
      'Home > {section} > {topic} > {city}',
      'Home / Local News / {city} / {section}',
      '{SECTION} | {TOPIC}',
      'News ▸ {section} ▸ {topic}',
      'Menu  Search  Watch Live  Sign In',
      'Skip to content ↓ Accessibility help',
      'You are viewing: {site} › {section}',
      '☰ All sections & podcasts',
      'Weather 🌤 {n}°F | Traffic | Live TV',
      '🔴 LIVE: Watch {site} News now',
      '← Back to {section}',
      'Local · National · Sports · Business · Opinion · Obituaries',
      'e-Paper | Login | Subscribe',
    ],
    'sr-Latn': ['Početna / {section} / {topic}', 'Naslovna » {section}', 'Vesti | Region | Svet | Sport | Zabava | Tech'],
    'sr-Cyrl': ['Почетна / {section} / {topic}', 'Насловна » {section}', 'Вести | Регион | Свет | Спорт | Забава | Тех'],
    sq: ['Kryefaqja / {section} / {topic}', 'Ballina » {section} » {topic}', 'Lajme · Politikë · Ekonomi · Sport · Showbiz · Diaspora'],
    ru: ['Главная / {section} / {topic}', 'Новости {city} → {section}', 'Новости Экономика Спорт Общество'],
    de: ['Übersicht › {section} › {city}', 'Sie sind hier: {section}', 'Nachrichten | Region {city} | Sport | Wirtschaft | Kultur | E-Paper'],
    fr: ['Accueil > Actualité > {section} > {city}', 'Retour à la rubrique {section}', 'Actualités · Régions · Sports · Arts · Vie · Opinions · Infolettres'],
    es: ['Inicio > {section} > {topic}', 'Portada / {section}', 'Portada · Política · Economía · Deportes · Espectáculos · Clima'],
    ar: ['أنت هنا: الرئيسية / {section}', 'الرئيسية » {section} » {topic}', 'أخبار | سياسة | اقتصاد | رياضة | فن | فيديو'],
    pt: ['Início › {section} › {topic}', 'Página inicial › {section} › {city}', 'Últimas · Política · Economia · Esportes · Entretenimento · Podcasts'],
    cs: ['Úvod › {section} › {topic}', 'Titulní strana / {section}', 'Zprávy | Domov | Svět | Ekonomika | Sport | Kultura | Počasí'],
    ja: ['ホーム ＞ {section} ＞ {topic}', 'トップ › {section}', 'ニュース トップ 国内 国際 経済 エンタメ スポーツ IT 科学'],
    zh: ['{site}首页 > {section}频道 > 正文', '当前位置：首页 > {section}', '新闻 | 财经 | 体育 | 娱乐 | 科技 | 汽车 | 房产'],
  },
  caption: {
    en: [
      '{desc}. (Photo by {photog}/{site} file)',
      '{desc} — {agency} photo',
      '{desc} | Photo credit: {photog} for {site}',
      '{desc}. (PHOTO COURTESY: {agency} / {PHOTOG})',
      '{desc}. Photo by {photog} for {site}',
      '{desc} (Image via {photog}, {agency} Images)',
      "{desc}. Photo provided by {name}'s family",
      '{desc}. CREDIT: {PHOTOG} / {SITE} STAFF',
      '{desc} [Archive image: {agency}]',
      '{desc}. (Submitted photo)',
      '📷 {desc} / {photog}',
      '{desc}. Photograph by {photog}',
      '{desc}. (Screenshot via {platform})',
      '{desc} {SITE} PHOTO/{PHOTOG}',
    ],
    'sr-Latn': ['{desc} (Fotografija: {photog} za {site})', '{desc} / Fotografija: {agency}, {photog}', '{desc} | Snimak: {photog} / arhiva {site}'],
    'sr-Cyrl': ['{desc} (Фотографија: {photog} за {site})', '{desc} / Фотографија: {agency}, {photog}', '{desc} | Снимак: {photog} / архива {site}'],
    sq: ['{desc} (Fotografia: {photog} për {site})', '{desc} | Fotografoi: {photog} ({agency})', '{desc} | Foto: {photog}, arkiv personal'],
    ru: ['{desc}. Фото: {photog} специально для {site}', '{desc} © {agency}', '{desc}. Фото предоставлено пресс-службой мэрии'],
    de: ['{desc}. Foto: {photog} für {site}', '{desc} · Bildquelle: {agency}/{photog}', '{desc} (Symbolfoto: {agency}-Archiv)'],
    fr: ['{desc}. Photo : {photog} pour {site}', '{desc} © {agency}', '{desc} (Photo d’archives)'],
    es: ['{desc}. Foto: Cuartoscuro/{photog}', '{desc} (Foto: Especial)', '{desc}. Cortesía: {name}'],
    ar: ['{desc} - عدسة المصور {photog}', '{desc} (صورة أرشيفية - {agency})', '{desc} ({agency})'],
    pt: ['{desc} — Crédito: {photog}/{agency}', '{desc} (Imagem: Divulgação)', '{desc} — Foto: Reprodução/{platform}'],
    cs: ['{desc}. Foto: {photog} pro {site}', '{desc} | Foto: archiv {site}', '{desc} (ilustrační snímek, {agency})'],
    ja: ['{desc}＝{city}市内で、{site}・{photog}撮影', '{desc}＝{agency}', '{desc}（提供写真）'],
    zh: ['{desc}（{site}全媒体记者 {photog} 摄影报道）', '{desc}。（图片来源：视觉中国）', '{desc}（资料图片，{agency}发）'],
  },
  readingTime: {
    en: [
      '{section} · {min} min read · {k} readers',
      'Reading time: {min} minutes, {words} words',
      '⏱ Takes about {min} minutes',
      '{words} words · about {min} minutes to read',
      'Est. read time {min} mins',
      '{SECTION} · READ TIME {min} MIN\nViewed {k} times',
      'Time to read: about {min} minutes',
      '📖 {min} min to read',
      'This article is {words} words long and takes about {min} minutes to read.',
      'Read in {min} min | {n} comments',
      'Quick read · {min}m',
      'Approx. reading time\n{min} minutes',
    ],
    'sr-Latn': ['Vreme potrebno za čitanje: {min} min', 'Čitanje traje oko {min} minuta', '⏱ {min} min · {k} pregleda'],
    'sr-Cyrl': ['Време потребно за читање: {min} мин', 'Текст се чита око {min} минута', '⏱ {min} мин · {k} прегледа'],
    sq: ['Artikulli lexohet në {min} minuta', 'Kohëzgjatja e leximit: {min} minuta', '⏱ {min} min · {k} shikime'],
    ru: ['Прочтёте за {min} мин', '{min} минут на чтение\n{k} просмотров', '⏱ {min} мин · {k} прочтений'],
    de: ['Geschätzte Lesezeit: {min} Min.', 'ca. {min} Minuten Lesedauer', '⏱ {min} Min. · {words} Wörter'],
    fr: ['Durée de lecture : environ {min} minutes', 'Se lit en {min} min', '⏱ {min} min · {words} mots'],
    es: ['Vas a tardar {min} minutos en leer esta nota', 'Se lee en {min} min', '⏱ {min} min · {words} palabras'],
    ar: ['مدة القراءة المقدرة: {min} دقائق', 'قراءة في {min} دقيقة', '⏱ {min} د · {k} مشاهدة'],
    pt: ['Tempo estimado de leitura: {min} minutos', 'Lê-se em {min} min', '⏱ {min} min · {words} palavras'],
    cs: ['Na přečtení potřebujete {min} minut', 'Odhadovaná doba čtení: {min} min', '⏱ {min} min · {words} slov'],
    ja: ['約{min}分で読める記事です', '読了目安：{min}分', '⏱ {min}分 · {words}文字'],
    zh: ['阅读时长：约{min}分钟', '全文约{words}字，阅读需{min}分钟\n阅读量 {k}', '⏱ {min}分钟 · {words}字'],
  },
  listen: {
    en: [
      'Listen to this {site} story\n{dur}\nSpeed ×1.0 ▾',
      '🎧 Audio version of this story\nPowered by Trinity Audio',
      '▶ Play | {dur}',
      '🎧 Hear it · {min} min\nThis audio was generated with AI voice technology',
      'Hear this story\n0:00 / {dur}\nSpeed 1.0×',
      'LISTEN NOW\nEpisode {n}: {headline}\nSubscribe on Apple Podcasts | Spotify',
      'Audio for this article is not available.',
      'Press play to hear {name} read this story\n{dur}',
      '🔊 Audio edition\nDownload MP3 ({n} KB)',
      'Text to speech\n▶️ {dur} ⏩ 1.25x',
      'ON AIR\nLive radio: {site} 98.1 FM',
      'Narrated version · {min} min\nGet more narrated articles in the {site} app',
    ],
    'sr-Latn': ['Poslušajte ovaj tekst na {site}\n{dur}', 'Tekst čita veštačka inteligencija ▶', 'Audio zapis\n0:00 / {dur}\nBrzina 1,0x'],
    'sr-Cyrl': ['Чујте вест у аудио формату\n{dur}', 'Текст чита вештачка интелигенција ▶', 'Аудио запис\n0:00 / {dur}\nБрзина 1,0x'],
    sq: ['Dëgjoni këtë lajm në audio\n{dur}', '▶ Luaj audion', 'Lajmi në format audio, lexuar nga AI\n0:00 / {dur}'],
    ru: ['Слушать новость\n{dur}', '▶ Прослушать статью · {min} мин', 'Озвучено нейросетью\n0:00 / {dur}\nСкорость 1×'],
    de: ['Diesen Artikel vorlesen lassen\n{dur}', '▶ Audio-Version · {min} Min.', 'Audio: künstliche Stimme\n0:00 / {dur}\nTempo 1,0×'],
    fr: ['Écouter la version audio de cet article\n{dur}', '▶ Lecture audio · {min} min', 'Voix de synthèse\n0:00 / {dur}\nVitesse 1×'],
    es: ['Escuchar esta nota\n{dur}', '▶ Escucha la noticia', 'Audio generado con inteligencia artificial\n0:00 / {dur}'],
    ar: ['استمع إلى هذا الخبر\n{dur}', '▶ استمع بصوت المذيع الآلي', 'المقال مقروء بصوت آلي\n0:00 / {dur}'],
    pt: ['Ouça esta reportagem\n{dur}', '▶ Ouvir texto · {min} min', 'Áudio gerado por inteligência artificial\n0:00 / {dur}'],
    cs: ['Poslechněte si článek\n{dur}', '▶ Přehrát audio', 'Článek namluvila umělá inteligence\n0:00 / {dur}'],
    ja: ['音声で記事を聴く\n{dur}', '▶ 音声再生', 'AI音声で読み上げ\n0:00 / {dur}'],
    zh: ['点击收听全文\n{dur}', '▶ AI朗读', '本文由AI合成语音播报\n0:00 / {dur}'],
  },
  gallery: {
    en: [
      'Showing photo {idx} of {total}',
      '{idx}/{total}',
      'View gallery ({total} photos)',
      '◀ Prev | Next ▶',
      'Swipe left for the next picture →',
      'Tap image to enlarge 🔍',
      'Open slideshow\n{total} images in this gallery',
      'Image {idx} / {total}\n{desc}',
      '📸 BROWSE ALL {total} PHOTOS FROM THE GAME',
      'Expand\nFrame {idx} / {total}',
      'Photo essay · {total} frames\nClose ✕',
      'Click through the photos below\nNext slide',
    ],
    'sr-Latn': ['Galerija: slika {idx} od {total}', 'Pogledajte galeriju ({total} fotografija)', 'Prethodna fotografija ◀ ▶ Sledeća fotografija'],
    'sr-Cyrl': ['Галерија: слика {idx} од {total}', 'Погледајте галерију ({total} фотографија)', 'Претходна фотографија ◀ ▶ Следећа фотографија'],
    sq: ['Galeria: imazhi {idx} nga {total}', 'Shiko galerinë ({total} foto)', 'Fotoja e mëparshme ◀ ▶ Fotoja tjetër'],
    ru: ['Фотогалерея: кадр {idx} из {total}', 'Смотреть фотогалерею\n{total} фото', '← Предыдущее фото | Следующее фото →'],
    de: ['Bildergalerie: {idx}/{total} · nächstes Bild', 'Zur Bildergalerie ({total} Bilder)', 'Zurück zum Artikel ✕\n{total} Fotos in dieser Strecke'],
    fr: ['Diaporama : cliché {idx} sur {total}', 'Ouvrir la galerie de {total} photos', 'Retour à l’article ✕\n{total} images dans ce diaporama'],
    es: ['Galería: imagen {idx} de {total}', 'Ver galería ({total} imágenes)', 'Volver a la nota ✕\n{total} fotos en esta galería'],
    ar: ['الصورة رقم {idx} من أصل {total}', 'شاهد الألبوم ({total} صورة)', 'العودة إلى الخبر ✕\n{total} صورة في هذا الألبوم'],
    pt: ['Imagem {idx} de {total} · Próxima', 'Ver galeria com {total} fotos', 'Voltar para a matéria ✕\n{total} fotos nesta galeria'],
    cs: ['Fotografie {idx} z {total}', 'Zobrazit fotogalerii ({total} fotek)', 'Zpět na článek ✕\n{total} snímků v galerii'],
    ja: ['写真{idx}/{total}', 'フォトギャラリーを見る（全{total}枚）', '記事に戻る ✕\nこのギャラリーの写真（{total}枚）'],
    zh: ['图{idx}/共{total}张', '查看图集（{total}张）', '返回正文 ✕\n本组图片共{total}张'],
  },
  embed: {
    en: [
      '{name} (@{handle}) {date}\nCouldn’t make it to the game tonight but the stream was 🔥\nView on {platform}',
      'Watch this clip on YouTube\n{dur}',
      'This content is hosted on {platform}. Accept third-party cookies to view it.\nManage preferences',
      'Post by @{handle}\nView on Threads',
      'Video player is loading.\n{headline}\n{dur}',
      'Shared by {name} (@{handle}) on Instagram',
      '@{handle}\nTraffic backed up both directions on the bridge right now, avoid if you can 🚗\n{k} likes · {ago}',
      '{platform} Video\n{k} views',
      'Fetching X post…\n— {name} (@{handle}) {date}',
      'See more from @{handle} on Instagram\n{k} likes',
      '▶ Now playing: {headline}\nSource: {site} Video\n{dur}',
      'Can’t see the embedded content? Click here.',
      'Original sound - {handle}\n♫ {k} videos',
    ],
    'sr-Latn': ['Pogledajte objavu na {platform}\n@{handle}', 'Izvor videa: {site}\n{dur}', '@{handle} na mreži {platform}:\nSaobraćaj u centru potpuno stao, izbegavajte Bulevar 🚗\n{k} pregleda'],
    'sr-Cyrl': ['Погледајте објаву на {platform}\n@{handle}', 'Извор видеа: {site}\n{dur}', '@{handle} на мрежи {platform}:\nСаобраћај у центру потпуно стао, избегавајте Булевар 🚗'],
    sq: ['Shiko postimin në {platform}\n@{handle}', 'Burimi i videos: {site}\n{dur}', '@{handle} në {platform}:\nRadhë e gjatë në kufi sot, duroni 😅\n{k} pëlqime'],
    ru: ['Публикация из Telegram-канала @{handle}\n{k} просмотров', 'Источник видео: {site}\n{dur}', 'Пишет @{handle} ({platform}):\nНа Московском проспекте пробка в оба направления, объезжайте 🚗\n{k} отметок «Нравится»'],
    de: ['Empfohlener externer Inhalt von {platform}\nInhalt anzeigen', 'Videoquelle: {site}\n{dur}', '@{handle} auf {platform}:\nZug steht seit 40 Minuten vor dem Hauptbahnhof. Danke für nichts 🙃\n{k} Gefällt mir'],
    fr: ['Contenu externe {platform}\nAfficher le contenu', 'Source de la vidéo : {site}\n{dur}', 'Publication de @{handle} ({platform}) :\nQuelle ambiance ce soir au stade, merci à tous ! 💙\n{k} j’aime'],
    es: ['Ver esta publicación en {platform}\n@{handle}', 'Fuente del video: {site}\n{dur}', 'Lo que publicó @{handle} ({platform}):\n¡Qué partidazo! Nos vemos en la semifinal 💚\n{k} me gusta'],
    ar: ['شاهد المنشور على {platform}\n@{handle}', 'مصدر الفيديو: {site}\n{dur}', '@{handle} على {platform}:\nزحمة خانقة على الطريق الساحلي الآن، تجنبوه 🚗\n{k} إعجاب'],
    pt: ['Ver esta publicação no {platform}\n@{handle}', 'Fonte do vídeo: {site}\n{dur}', '@{handle} no {platform}:\nQue jogo! Semana que vem tem mais 💙\n{k} curtidas'],
    cs: ['Příspěvek na síti {platform}\n@{handle}', 'Zdroj videa: {site}\n{dur}', '@{handle} na síti {platform}:\nTramvaje v centru stojí, počítejte se zpožděním 🚋\n{k} To se mi líbí'],
    ja: ['{platform}でこの投稿を見る\n@{handle}', '動画提供：{site}\n{dur}', '@{handle}さん（{platform}）\n駅のホームがすごい混雑…帰省ラッシュ始まってる\n{k}件のいいね'],
    zh: ['在{platform}上查看\n@{handle}', '视频来源：{site}\n{dur}', '@{handle}（{platform}）\n地铁末班车延长太方便了，终于不用打车了！\n{k}赞'],
  },
  bio: {
    en: [
      '{name} is a reporter covering {topic} for {site}. Reach her at {email}.',
      'Meet the {site} reporter\n{name} has covered {topic} and {topic2} since {year}.',
      '{name} is the {section} editor at {site}. Follow on X @{handle}',
      'Contact {name} at {email} or on Signal.',
      'ABOUT {NAME}\n{name} joined {site} in {year} after stints in {city}.\nMore by {name} ›',
      '{name} reviews phones and wearables. She has tested more than {n} devices.',
      '{name}\nStaff Writer\nView all posts',
      'Got a story tip? Contact {name} at {email}',
      'This story was reported with support from a {site} fellowship.',
      '{name} writes about food and travel from {city}.\n📧 {email}',
      'The writer is a {city}-based business journalist.',
      '{name} is a producer for {site} Morning News.\nFollow her on X: @{handle}',
    ],
    'sr-Latn': ['{name} je novinarka rubrike {section}.\nPišite autorki: {email}', 'Nešto više o autoru\n{name} piše o temama {topic} od {year}.', '{name} radi u redakciji {site} od {year}. godine.'],
    'sr-Cyrl': ['{name} је новинарка рубрике {section}.\nПишите ауторки: {email}', 'Нешто више о аутору\n{name} пише о темама {topic}.', '{name} ради у редакцији {site} од {year}. године.'],
    sq: ['{name} është gazetare e rubrikës {section}.\nShkruani autores: {email}', 'Kush është autorja\n{name} shkruan për {topic}.', '{name} punon në redaksinë e {site} që nga viti {year}.'],
    ru: ['{name} — ведущий обозреватель отдела «{section}».\nСвязаться с автором можно по адресу {email}', 'Об авторе материала\n{name} пишет о теме «{topic}» с {year} года.', '{name} работает в редакции {site} с {year} года.\nTelegram: @{handle}'],
    de: ['{name} ist Redakteurin im Ressort {section}.\nSchreiben Sie der Autorin: {email}', 'Zur Person\n{name} schreibt seit {year} über {topic}.', '{name} arbeitet seit {year} bei {site}.\nX: @{handle}'],
    fr: ['{name} est journaliste à la rubrique {section}.\nContact : {email}', 'Notre journaliste\n{name} couvre {topic} depuis {year}.', '{name} a rejoint {site} en {year}.\nSur X : @{handle}'],
    es: ['{name} es periodista de la sección {section}.\nEscríbele a la autora: {email}', 'Acerca de quien escribe\n{name} escribe sobre {topic} desde {year}.', '{name} forma parte de la redacción de {site} desde {year}.\nEn X: @{handle}'],
    ar: ['{name} صحفية في قسم {section}.\nللتواصل: {email}', 'نبذة عن الكاتب\n{name} يكتب عن {topic}.', '{name} انضمت إلى فريق {site} عام {year}.\nعلى إكس: @{handle}'],
    pt: ['{name} é repórter de {section}.\nFale com a repórter: {email}', 'Sobre o autor\n{name} escreve sobre {topic} desde {year}.', '{name} está no {site} desde {year}.\nNo X: @{handle}'],
    cs: ['{name} je redaktorkou rubriky {section}.\nNapište autorce: {email}', 'O autorovi\n{name} píše o tématu {topic} od roku {year}.', '{name} pracuje v redakci {site} od roku {year}.\nNa síti X: @{handle}'],
    ja: ['{name}（{site}記者）\n{section}担当', '筆者プロフィール\n{name}。{city}出身。', '{name}　{year}年入社。{section}部を経て現職。'],
    zh: ['{name}，{site}记者\n邮箱：{email}', '作者简介\n{name}，长期关注{topic}领域。', '{name}，{year}年加入{site}，现任{section}部主任。'],
  },
  price: {
    en: [
      '{product}\nCurrently {price} at {shop}\nShop now at {shop}',
      '{product} — {price} (was {price2})\nCheck price at {shop} →',
      'When you buy through our links, {site} may earn an affiliate commission.\n{product}\n{price}',
      '★ {stars}/5\n{product}\nLowest price we found today: {price} at {shop}',
      'PRICE DROP 📉\n{product}\n{price} {price2}\nSee this deal at {shop}',
      '{product}\nRRP: {price2} | Now: {price}\nBUY ON {SHOP}',
      'Our pick: {product}\n{price}\nSee it on {shop}',
      'Deal ends in {dur}\n{product}\nYou save {pct} today',
      '{product}\nPros: Long battery life\nCons: Pricey\nVerdict: {stars} out of 5',
      'Prices are accurate at the time of publishing.\n{shop}: {price}',
      '{product}\n{price} · Free shipping\nAdd to cart 🛒',
      'Affiliate disclosure: {site} earns from qualifying purchases.\n{product} {price}',
    ],
    'sr-Latn': ['{product}\nAktuelna cena: {price}\nKupi na {shop}', '{product}\n{price} (umesto {price2})\nPogledaj ponudu', '{product}\nUšteda {pct} · besplatna dostava\nStavi u korpu i nastavi kupovinu'],
    'sr-Cyrl': ['{product}\nАктуелна цена: {price}\nКупи на {shop}', '{product}\n{price} (уместо {price2})', '{product}\nУштеда {pct} · бесплатна достава\nСтави у корпу и настави куповину'],
    sq: ['{product}\nÇmimi aktual: {price}\nBli te {shop}', '{product}\n{price} (më parë {price2})', '{product}\nZbritje {pct} · transport falas\nShto në shportë'],
    ru: ['{product}\nот {price} в магазине {shop}\nОформить заказ', '{product}\n{price} вместо {price2}\nПерейти в магазин', '{product}\nСкидка {pct} по промокоду\nВ корзину'],
    de: ['{product}\naktuell {price} bei {shop}\nZum Angebot', '*Affiliate-Link: Beim Kauf erhalten wir eine Provision.\n{product} {price}', '{product}\n{pct} Rabatt · kostenloser Versand\nIn den Warenkorb'],
    fr: ['{product}\nà partir de {price} chez {shop}\nJ’en profite', '{product}\n{price} au lieu de {price2}\nAcheter', '{product}\n-{pct} · livraison offerte\nAjouter au panier'],
    es: ['{product}\ndesde {price} en {shop}\nLo quiero', '{product}\nAntes {price2}, ahora {price}\nVer la oferta en {shop}', '{product}\n{pct} de descuento · envío gratis\nAgregar al carrito'],
    ar: ['{product}\n{price} على {shop}\nاطلبه الآن من {shop}', '{product}\nالسعر الحالي: {price}', '{product}\nخصم {pct} · شحن مجاني\nأضفه إلى عربة التسوق'],
    pt: ['{product}\na partir de {price} na {shop}\nIr para a loja', '{product}\nEra {price2}, agora {price}\nAproveitar oferta', '{product}\n{pct} de desconto · frete grátis\nAdicionar ao carrinho'],
    cs: ['{product}\nod {price} v obchodě {shop}\nPřejít do obchodu', '{product}\nCena: {price}, dříve {price2}', '{product}\nSleva {pct} · doprava zdarma\nDo košíku'],
    ja: ['{product}\n{price}（税込）\n{shop}で詳細を見る', '{product}\n参考価格：{price2}\n販売価格：{price}', '{product}\n{pct}OFF・送料無料\nカートに入れる'],
    zh: ['{product}\n{price}\n去{shop}购买', '{product}\n到手价 {price}\n原价 {price2}', '{product}\n直降{pct}・包邮\n加入购物车'],
  },
  newsletter: {
    en: [
      'Sign up for the {site} {section} newsletter\nType your email address\nYes, subscribe me\nBy signing up you accept our user agreement and privacy notice.',
      '📬 Daybreak Dispatch\nThe five stories you need before your first coffee, every weekday at 6.\nEnter email to subscribe\nSend me Daybreak',
      'FREE NEWSLETTER\nThe best of {site}, straight to your inbox\nyour@email.com\nGet it',
      'You’re on the list! 🎉\nCheck your inbox for a confirmation email.',
      'Get {topic} news in your inbox\nWe will never share your email.\nJoin {k} readers',
      'Like this story? Get more in our free weekly newsletter.\nYes, send it to me',
      'Want the latest gadget news?\nSubscribe to {site} Daily\nUnsubscribe anytime.',
      'Sign up for The Dish\nRecipes, restaurant news and more every Thursday.\nADD ME TO THE LIST',
      'Morning Markets ☕\nA five-minute read on what moves your money.\nWork email *\nStart reading',
      'Stay informed\nBreaking news alerts and the evening digest\nYour email address here\nNotify me',
      'Tech Drop 📱\nThe week in gadgets, deals and app updates, every Friday.\nPut your email here\nJoin free',
      'Protected by reCAPTCHA. You can unsubscribe at any time from the link in every email.',
    ],
    'sr-Latn': ['Newsletter {site}: najvažnije vesti jednom dnevno\nUpišite svoju e-mail adresu ovde\nPošalji mi vesti', 'Jutarnji pregled vesti stiže u vaše sanduče u 7h\nŽelim da se prijavim', 'Ne propustite nijednu vest iz rubrike {section}\nBesplatna prijava na e-mail obaveštenja'],
    'sr-Cyrl': ['Билтен {site}: најважније вести једном дневно\nУнесите имејл адресу\nЖелим билтен', 'Јутарњи преглед вести стиже у ваше сандуче у 7ч\nЖелим да се пријавим', 'Не пропустите ниједну вест из рубрике {section}\nБесплатна пријава на имејл обавештења'],
    sq: ['Regjistrohu për buletinin tonë\nAdresa e email-it\nAbonohu', 'Lajmet kryesore çdo mëngjes në email', 'Mos humbisni asnjë lajm nga {section}\nRegjistrim falas për njoftime me email'],
    ru: ['Вечерняя рассылка {site}: главное за день\nАдрес электронной почты для рассылки\nПолучать письма', 'Главное за день — в вашей почте\nНажимая кнопку, вы соглашаетесь с политикой конфиденциальности', 'Утренний дайджест {site} по будням в 8:00\nОтписаться можно в любой момент'],
    de: ['Der {site}-Newsletter: kostenlos jeden Morgen\nIhre Adresse für den Newsletter\nNewsletter gratis abonnieren', 'Der Morgen-Überblick: jeden Werktag um 6 Uhr\nJetzt kostenlos abonnieren', 'Der Abend-Überblick aus {city}\nWerktags um 18 Uhr in Ihrem Postfach'],
    fr: ['Inscrivez-vous à notre infolettre\nVotre adresse courriel\nJe m’abonne gratuitement', 'Le réveil {site} : l’actualité du jour à 7 h\nRecevoir l’infolettre', 'Chaque vendredi, le meilleur de la rubrique {section}\nDésabonnement en un clic'],
    es: ['Suscríbete a nuestro newsletter\nEscribe aquí tu correo\nSuscribirme gratis', 'Recibe las noticias más importantes cada mañana\nRegistrarme', 'Cada viernes, lo mejor de {section} en tu correo\nPodés darte de baja cuando quieras'],
    ar: ['اشترك في النشرة البريدية\nأدخل عنوان بريدك\nسجّل الآن', 'نشرة {site} الصباحية تصلك كل يوم', 'ملخص {section} الأسبوعي كل جمعة\nيمكنك إلغاء الاشتراك في أي وقت'],
    pt: ['Newsletter {site}: o resumo do dia\nInforme seu melhor e-mail\nQuero assinar grátis', 'Receba as principais notícias do dia no seu e-mail\nQuero receber', 'Toda sexta, o melhor de {section} no seu e-mail\nCancele quando quiser'],
    cs: ['Newsletter {site} každé ráno zdarma\nVáš e-mail\nChci odebírat', 'Ranní přehled zpráv každý den do schránky', 'Každý pátek to nejlepší z rubriky {section}\nOdhlásit se můžete kdykoli'],
    ja: ['{site}ニュースレターを受け取る\nメールアドレス\n無料で登録', '毎朝のニュースをメールでお届け', '毎週金曜、{section}の話題をお届け\n配信停止はいつでも可能です'],
    zh: ['订阅我们的电子报\n电子邮箱\n立即订阅', '每日要闻，直达邮箱', '每周五推送{section}精选\n可随时退订'],
  },
};

const TEASER_HEADLINES: Vocabulary = Object.fromEntries(Object.entries(DATA).map(([lang, data]) => [lang, data.headlines]));

export const SEALED_KINDS: readonly string[] = [...Object.keys(SEALED), 'teaser'];

export function sealedVocabulary(kind: string): Vocabulary {
  return kind === 'teaser' ? TEASER_HEADLINES : (SEALED[kind] ?? {});
}

export function sealedFurniture(kind: string, lang: FurnitureLang, rng: Rng, site: string): string {
  return fillSealed(pickTemplate(sealedVocabulary(kind), kind, lang, rng, 'sealed'), lang, rng, site);
}

const IDEOGRAPHIC: readonly FurnitureLang[] = ['ja', 'zh'];
const CUTS = ['…', '...', ' …', ' [...]', '.. ', '…»', ' ...more', '[…]'];

/** A related article as a listing prints it: its headline, then the first sentence cut short. */
export function sealedTeaser(lang: FurnitureLang, rng: Rng): { headline: string; body: string } {
  const data = DATA[lang];
  const fill = slotFiller(lang, rng, '');
  const title = rng.pick(data.headlines);
  const headline = rng.pick([title, title, title, `${fill('SECTION')} ▸ ${title}`, `${title} 🔒`, `${fill('section')} / ${title}`, `${title} [VIDEO]`]);
  const snippet = rng.pick(data.snippets);
  const share = 0.35 + rng.next() * 0.4;
  const cut = IDEOGRAPHIC.includes(lang)
    ? snippet.slice(0, Math.max(10, Math.floor(snippet.length * share)))
    : snippet
        .split(' ')
        .slice(0, Math.max(7, Math.floor(snippet.split(' ').length * share)))
        .join(' ')
        .replace(/[,;:]$/u, '');
  const lead = rng.pick(['', '', '', `${fill('ago')} — `, `${fill('date')} | `, `${fill('CITY')} — `]);
  return { headline, body: `${lead}${cut}${rng.pick(CUTS).trimEnd()}` };
}

/** Where each English slot city is, as a dateline names it: AP state abbreviations, Canadian Press province ones, countries elsewhere. */
const REGIONS: Record<string, string> = {
  Saskatoon: 'Sask.',
  Duluth: 'Minn.',
  Pune: 'India',
  'Cebu City': 'Philippines',
  Enugu: 'Nigeria',
  Kisumu: 'Kenya',
  Lahore: 'Pakistan',
  Tromsø: 'Norway',
  Utrecht: 'Netherlands',
  Spokane: 'Wash.',
  Halifax: 'N.S.',
  Tulsa: 'Okla.',
};

/** The dateline that opens a story, as each language's wires, papers and broadcasters print it. */
export function sealedDateline(lang: FurnitureLang, rng: Rng): string {
  const data = DATA[lang];
  const fill = slotFiller(lang, rng, '');
  const locale = data.locales[0] as string;
  const city = fill('city');
  const upper = city.toLocaleUpperCase(locale);
  const agency = fill('agency');
  const date = new Date(Date.UTC(2026, rng.int(0, 11), rng.int(1, 28)));
  const long = format(locale, date, { day: 'numeric', month: 'long' });
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  const forms: Record<FurnitureLang, readonly string[]> = {
    en: [
      `${upper}, ${REGIONS[city] ?? 'Ont.'} (AP) — `,
      `${upper}, ${REGIONS[city] ?? 'Ont.'} — `,
      `${upper}: `,
      `${city}, ${format('en-US', date, { month: 'short', day: 'numeric' })} (${agency}) — `,
      `${upper} (${agency}) - `,
      `${city} — `,
      `${upper}, ${format('en-GB', date, { day: 'numeric', month: 'long' })} — `,
      `${city}, ${REGIONS[city] ?? 'Canada'} – `,
      `${upper} (Bloomberg) -- `,
      `NEW DELHI/${upper} (${agency}): `,
    ],
    'sr-Latn': [`${upper} – `, `${city}, ${long} (${agency}) – `, `${city} – ${agency}: `],
    'sr-Cyrl': [`${upper} – `, `${city}, ${long} (${agency}) – `, `${city} (${agency}) – `],
    sq: [`${upper} – `, `${city}, ${long} – `, `${city} (${agency}) – `],
    ru: [`${upper}, ${long} — ${agency}. `, `${city}, ${long}. `, `${upper}, ${day} ${['янв', 'фев', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'][month - 1]} — ${agency}. `],
    de: [`${city} (${agency}) – `, `${upper}. `, `${city}. `],
    fr: [`${upper} (${agency}) – `, `${city} – `, `${city}, ${long} (${agency}) - `],
    es: [`${upper} (${agency}).– `, `${city}, ${long} (${agency}) — `, `${upper}.- `],
    ar: [`${city} - ${agency}: `, `${city}، ${long} (${agency}) - `, `${city} — `],
    pt: [`${upper} — `, `${city} (${agency}) — `, `${city}, ${long} (${agency}) - `],
    cs: [`${city} – `, `${upper} (${agency}) – `, `${city}/${agency} – `],
    ja: [`【${city}＝${fill('name')}】`, `【${city}時事】`, `${city}発 — `],
    zh: [`本报${city}${month}月${day}日电（记者 ${fill('name')}）`, `（中央社记者${fill('name')}${city}${day}日电）`, `${agency}${city}${month}月${day}日电 `],
  };
  return rng.pick(forms[lang]);
}

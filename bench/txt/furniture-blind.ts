/**
 * The fifth furniture vocabulary of `bench:txt`, the split `blind`: written without reading
 * the cleaner (functions/core/articles/, its tests) or the phrases of the four vocabularies before it. It is
 * furniture as real sites print it (wire services, local papers and TV stations, UK/Irish/Australian/NZ/
 * Canadian/Indian/Singaporean/African papers, Gulf and Levant Arabic sites, Balkan portals in Serbian and
 * Albanian, Russian, German, French, Spanish and Latin-American, Brazilian/Portuguese, Czech, Japanese and
 * Chinese sites), with its own slot filling: invented people, headlines, photo descriptions, shops and
 * products; dates, times, relative times, counts and prices formatted by Intl in each language.
 *
 * It was the never-studied split until `sealed` (furniture-sealed.ts) was written; it has since been studied
 * once, so the honest figures on furniture the cleaner has never seen are now sealed's.
 * Single-line kinds hold no newline; block kinds (readingTime, listen, gallery, embed, price, newsletter,
 * bio, comments) are split into lines by the harness (comments also on `|`).
 */
import type { FurnitureLang, Rng } from './furniture.js';
import type { Vocabulary } from './furniture-fresh.js';

export const BLIND_SITES: readonly string[] = ['Kestrel Gazette', 'Tri-County Beacon', 'Dunavski Glasnik', 'Lumi Press', 'Meridian 24', 'Bayside Sentinel'];

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
    locales: ['en-US', 'en-GB', 'en-AU', 'en-IN', 'en-ZA', 'en-NZ', 'en-CA', 'en-SG', 'en-IE', 'en-KE', 'en-NG'],
    currencies: ['USD', 'GBP', 'AUD', 'INR', 'ZAR', 'NZD', 'CAD', 'SGD', 'EUR', 'KES', 'NGN'],
    names: ['Maren Okafor', 'Dev Raghunathan', 'Callum Fitzgerald', 'Priya Castellanos', 'Tomasz Whitfield', 'Amara Ndlovu', 'Lachlan Moore', 'Wanjiru Kamau', 'Hollis Gray', 'Siobhan Tarrant', 'Kofi Adeyemi', 'Mei Lin Tan', 'Ruth Abernathy', 'Jonah Pellegrino', 'Aroha Ngata', 'Chidi Eze'],
    cities: ['Brisbane', 'Nairobi', 'Leeds', 'Cork', 'Winnipeg', 'Pune', 'Wellington', 'Durban', 'Abuja', 'Singapore', 'Tulsa', 'Sacramento', 'Hobart', 'Galway', 'Halifax', 'Coimbatore'],
    agencies: ['AP', 'Reuters', 'AFP', 'PA', 'AAP', 'PTI', 'Bloomberg', 'Getty Images', 'EPA', 'ANI', 'NZME', 'The Canadian Press'],
    descs: [
      'Commuters wait for a delayed train at the central station',
      'Volunteers sort donated food at a community hall on Tuesday',
      'Firefighters work to contain a grass fire near the highway',
      'The new footbridge lit up after its opening ceremony',
      'Supporters gather outside the courthouse ahead of the verdict',
      'A farmer inspects drought-damaged maize on his land',
      'Students sit an exam in a temporary classroom',
      'Council workers clear debris after overnight flooding',
      'The mayor speaks to reporters outside City Hall on Monday',
      'Fans queue for tickets outside the stadium',
    ],
    headlines: [
      'Council approves late-night bus trial for three suburbs',
      'Why are rents still rising in regional towns?',
      'Teenage swimmer smashes national record at first attempt',
      'Water restrictions eased after wettest spring in a decade',
      'Hospital waiting lists: what the new figures really show',
      'Police appeal for witnesses after hit-and-run on ring road',
      'Ferry operator cancels winter timetable, blames fuel costs',
      '"We had nowhere else to go": families describe flood night',
      'Five things to know before the budget vote',
      'Startup founder charged over investor payments (updated)',
      'Drought hits maize harvest hardest in 20 years',
      'City marathon route changed after bridge works overrun!',
      "Inside the scramble to save the town's last cinema",
      'Minister resigns after leaked messages row',
      'Is the four-day week finally coming to the public sector?',
      'Beloved corner bakery closes after 61 years (PHOTOS)',
    ],
    snippets: [
      'The trial will run for six months and could be extended to other routes if passenger numbers justify the extra cost, officials said on Monday',
      'Residents described water rising through the floorboards within minutes, forcing them to carry children and pets to neighbours upstairs',
      'Analysts say the figures mask large regional differences, with some clinics reporting waits of more than a year for routine procedures',
      'The company said it had been left with no choice after fuel prices doubled over the summer and passenger numbers failed to recover',
      'Organisers confirmed the new route will avoid the river crossing entirely and add a short loop through the botanical gardens instead',
      'The 16-year-old, who only took up competitive swimming three years ago, finished almost a full second inside the previous mark',
    ],
    topics: ['Transport', 'Local Government', 'Housing', 'Health', 'Climate', 'Courts', 'Education', 'Weather', 'Economy', 'Crime', 'Agriculture', 'Elections'],
    sections: ['News', 'Local', 'Politics', 'Business', 'World', 'Opinion', 'Sport', 'Lifestyle', 'Metro', 'National'],
    shops: ['Brightcart', 'Hollow Oak Outfitters', 'Parcelio', 'Dealhaus', 'Northgate Electrical'],
    products: ['Aeroflow 3 cordless vacuum', 'Trailhead 40L hiking backpack', 'Lumen Pro noise-cancelling headphones', 'Cast-iron 26cm skillet', 'Kindling smart thermostat', 'Orbit 2 e-reader'],
  },
  'sr-Latn': {
    locales: ['sr-Latn-RS', 'sr-Latn-ME', 'sr-Latn-BA'],
    currencies: ['RSD', 'EUR', 'BAM'],
    names: ['Milica Radovanović', 'Nemanja Stojković', 'Jelena Vuksanović', 'Dušan Paunović', 'Ivana Grujić', 'Bojan Lazić', 'Tamara Zečević'],
    cities: ['Novi Sad', 'Niš', 'Kragujevac', 'Subotica', 'Čačak', 'Podgorica', 'Banjaluka'],
    agencies: ['Tanjug', 'Beta', 'FoNet', 'MINA', 'Srna'],
    descs: ['Građani čekaju autobus na okretnici u centru grada', 'Radnici postavljaju novu rasvetu na mostu', 'Poljoprivrednici sa traktorima ispred opštine', 'Učenici tokom prvog školskog časa', 'Navijači ispred stadiona pred utakmicu'],
    headlines: ['Gradsko veće usvojilo plan za nove biciklističke staze', 'Da li će cene struje ponovo rasti?', 'Počinje rekonstrukcija glavne pijace', 'Saobraćajna nesreća na obilaznici, dvoje povređeno', '"Nismo imali kud": meštani o noći poplave', 'Studenti nastavljaju blokadu fakulteta', 'Stiže zahlađenje, sneg i u nižim predelima (VIDEO)'],
    snippets: ['Radovi će trajati najmanje šest meseci, a saobraćaj će za to vreme biti preusmeren na susedne ulice, saopšteno je iz gradske uprave', 'Meštani kažu da je voda za nekoliko minuta ušla u kuće i da su stvari iznosili na sprat uz pomoć komšija'],
    topics: ['saobraćaj', 'Novi Sad', 'obrazovanje', 'zdravstvo', 'vremenska prognoza', 'lokalna samouprava'],
    sections: ['Vesti', 'Društvo', 'Politika', 'Ekonomija', 'Hronika', 'Sport', 'Region'],
    shops: ['Kupovina24', 'TehnoSvet', 'Domaćica Shop'],
    products: ['Usisivač AirMax 300', 'Ranac za planinarenje 35 l', 'Bežične slušalice Zvuk Pro'],
  },
  'sr-Cyrl': {
    locales: ['sr-Cyrl-RS', 'sr-Cyrl-BA'],
    currencies: ['RSD', 'EUR', 'BAM'],
    names: ['Милица Радовановић', 'Немања Стојковић', 'Јелена Вуксановић', 'Душан Пауновић', 'Ивана Грујић', 'Стефан Милинковић', 'Тамара Зечевић'],
    cities: ['Нови Сад', 'Ниш', 'Крагујевац', 'Суботица', 'Чачак', 'Бања Лука', 'Ужице'],
    agencies: ['Танјуг', 'Бета', 'ФоНет', 'Срна', 'РТС'],
    descs: ['Грађани чекају аутобус на окретници у центру града', 'Радници постављају нову расвету на мосту', 'Пољопривредници са тракторима испред општине', 'Ученици током првог школског часа', 'Вернци испред храма на Бадње вече'],
    headlines: ['Градско веће усвојило план за нове бициклистичке стазе', 'Да ли ће цене струје поново расти?', 'Почиње реконструкција главне пијаце', 'Саобраћајна несрећа на обилазници, двоје повређено', '„Нисмо имали куд“: мештани о ноћи поплаве', 'Студенти настављају блокаду факултета', 'Стиже захлађење, снег и у нижим пределима (ВИДЕО)'],
    snippets: ['Радови ће трајати најмање шест месеци, а саобраћај ће за то време бити преусмерен на суседне улице, саопштено је из градске управе', 'Мештани кажу да је вода за неколико минута ушла у куће и да су ствари износили на спрат уз помоћ комшија'],
    topics: ['саобраћај', 'Крагујевац', 'образовање', 'здравство', 'временска прогноза', 'локална самоуправа'],
    sections: ['Вести', 'Друштво', 'Политика', 'Економија', 'Хроника', 'Спорт', 'Култура'],
    shops: ['Купи Брзо', 'ТехноКутак', 'Књижара Ћирилица'],
    products: ['Усисивач АерМакс 300', 'Ранац за планинарење 35 л', 'Бежичне слушалице Звук Про'],
  },
  sq: {
    locales: ['sq-AL', 'sq-XK', 'sq-MK'],
    currencies: ['ALL', 'EUR', 'MKD'],
    names: ['Arta Krasniqi', 'Dritan Hoxha', 'Elira Shala', 'Besnik Gashi', 'Mimoza Berisha', 'Arben Lleshi', 'Kaltrina Morina'],
    cities: ['Tiranë', 'Prishtinë', 'Durrës', 'Shkodër', 'Prizren', 'Vlorë', 'Tetovë'],
    agencies: ['ATA', 'KosovaPress', 'AFP', 'Reuters', 'MIA'],
    descs: ['Qytetarët presin autobusin në qendër të qytetit', 'Punëtorët shtrojnë asfalt të ri në rrugën kryesore', 'Protestuesit para ndërtesës së Kuvendit', 'Nxënësit në ditën e parë të shkollës', 'Turistët në shëtitoren e Vlorës'],
    headlines: ['Bashkia miraton planin për korsitë e reja të biçikletave', 'A do të rriten sërish çmimet e energjisë?', 'Nis rindërtimi i tregut qendror', 'Aksident në unazë, dy të lënduar', '"Nuk kishim ku të shkonim": banorët për natën e përmbytjes', 'Studentët vazhdojnë protestën para rektoratit', 'Moti i keq, mbyllen shkollat në veri (FOTO)'],
    snippets: ['Punimet pritet të zgjasin të paktën gjashtë muaj dhe qarkullimi do të devijohet në rrugët përreth, njoftoi bashkia', 'Banorët tregojnë se uji hyri në shtëpi brenda pak minutash dhe se sendet i nxorën në katin e sipërm me ndihmën e fqinjëve'],
    topics: ['trafiku', 'arsimi', 'shëndetësia', 'moti', 'Kuvendi', 'ekonomia'],
    sections: ['Lajme', 'Politikë', 'Ekonomi', 'Aktualitet', 'Sport', 'Kulturë', 'Bota'],
    shops: ['Dyqani Im', 'TeknoShqip', 'Bleje Online'],
    products: ['Fshesë elektrike AirMax 300', 'Çantë shpine për ecje 35 l', 'Kufje pa tel Zëri Pro'],
  },
  ru: {
    locales: ['ru-RU', 'ru-BY', 'ru-KZ'],
    currencies: ['RUB', 'BYN', 'KZT'],
    names: ['Анна Корнилова', 'Дмитрий Селезнёв', 'Ольга Журавлёва', 'Игорь Малышев', 'Ксения Белоусова', 'Павел Гринёв', 'Вера Сафонова'],
    cities: ['Казань', 'Новосибирск', 'Екатеринбург', 'Самара', 'Пермь', 'Томск', 'Калининград'],
    agencies: ['ТАСС', 'РИА Новости', 'Интерфакс', 'РБК', 'Коммерсантъ'],
    descs: ['Пассажиры ожидают электричку на платформе', 'Рабочие ремонтируют мост через реку', 'Волонтёры раздают горячий чай на площади', 'Школьники на торжественной линейке', 'Очередь у пункта выдачи гуманитарной помощи'],
    headlines: ['Горсовет одобрил план новых велодорожек', 'Подорожает ли электричество снова?', 'Началась реконструкция центрального рынка', 'ДТП на объездной: двое пострадавших', '«Нам некуда было идти»: жители о ночи наводнения', 'Студенты продолжают акцию протеста', 'Синоптики пообещали аномальные морозы (видео)'],
    snippets: ['Работы продлятся не менее шести месяцев, движение транспорта на это время перенаправят на соседние улицы, сообщили в мэрии', 'По словам жителей, вода поднялась за считаные минуты, и вещи пришлось переносить к соседям на второй этаж'],
    topics: ['транспорт', 'ЖКХ', 'образование', 'здравоохранение', 'погода', 'городская среда'],
    sections: ['Новости', 'Общество', 'Политика', 'Экономика', 'Происшествия', 'Спорт', 'Культура'],
    shops: ['Маркет Сова', 'ТехноДом', 'Озон'],
    products: ['Пылесос АэроМакс 300', 'Туристический рюкзак 40 л', 'Беспроводные наушники Звук Про'],
  },
  de: {
    locales: ['de-DE', 'de-AT', 'de-CH'],
    currencies: ['EUR', 'CHF'],
    names: ['Katharina Vogelsang', 'Jonas Brettschneider', 'Miriam Achterberg', 'Felix Hornung', 'Lena Ostwald', 'Tobias Reinholz', 'Ülkü Demirtaş'],
    cities: ['Leipzig', 'Bremen', 'Graz', 'Basel', 'Münster', 'Rostock', 'Freiburg'],
    agencies: ['dpa', 'AFP', 'Reuters', 'APA', 'KNA', 'epd', 'Keystone-SDA'],
    descs: ['Pendler warten am Hauptbahnhof auf einen verspäteten Zug', 'Helfer verteilen Sandsäcke am Flussufer', 'Demonstrierende vor dem Rathaus am Samstag', 'Ein Landwirt prüft sein Feld nach dem Hagel', 'Die neue Fußgängerbrücke bei der Eröffnung'],
    headlines: ['Stadtrat beschließt neue Radwege in der Innenstadt', 'Steigen die Strompreise erneut?', 'Sanierung des Wochenmarkts beginnt im Frühjahr', 'Unfall auf der Umgehungsstraße: zwei Verletzte', '„Wir wussten nicht wohin“: Anwohner über die Flutnacht', 'Streik legt Nahverkehr lahm (mit Video)', 'Rekord! So viele Besucher wie nie auf der Buchmesse'],
    snippets: ['Die Arbeiten sollen mindestens sechs Monate dauern, der Verkehr wird in dieser Zeit über die Nebenstraßen umgeleitet, teilte die Stadt mit', 'Anwohner berichten, das Wasser sei binnen Minuten durch die Dielen gestiegen, viele hätten bei Nachbarn im Obergeschoss Zuflucht gesucht'],
    topics: ['Verkehr', 'Kommunalpolitik', 'Wohnen', 'Gesundheit', 'Klimawandel', 'Bildung'],
    sections: ['Politik', 'Wirtschaft', 'Panorama', 'Lokales', 'Sport', 'Kultur', 'Wissen'],
    shops: ['Kaufhalle Nord', 'Technikwelt24', 'Gartenparadies'],
    products: ['Akku-Staubsauger AeroMax 300', 'Wanderrucksack 40 Liter', 'Kopfhörer Klangwerk Pro'],
  },
  fr: {
    locales: ['fr-FR', 'fr-BE', 'fr-CA', 'fr-CH', 'fr-SN'],
    currencies: ['EUR', 'CAD', 'CHF', 'XOF'],
    names: ['Camille Delorme', 'Antoine Vasseur', 'Élodie Marchetti', 'Julien Bérard', 'Sophie Lefranc', 'Mathieu Royer', 'Awa Diop'],
    cities: ['Lyon', 'Nantes', 'Lille', 'Bordeaux', 'Genève', 'Montréal', 'Dakar'],
    agencies: ['AFP', 'Reuters', 'Belga', 'MaxPPP', 'Hans Lucas', 'La Presse Canadienne'],
    descs: ['Des passagers attendent un train retardé en gare', 'Des bénévoles trient des dons dans un entrepôt', 'Des manifestants devant la préfecture samedi', 'Un agriculteur inspecte sa récolte après la grêle', 'La nouvelle passerelle lors de son inauguration'],
    headlines: ['Le conseil municipal vote de nouvelles pistes cyclables', "Les prix de l'électricité vont-ils encore augmenter ?", "Le marché couvert fermé pour travaux jusqu'en juin", 'Accident sur la rocade : deux blessés', "« On n'avait nulle part où aller » : la nuit de la crue racontée", 'Grève des transports : ce qui change lundi', 'Record de fréquentation pour le salon du livre !'],
    snippets: ["Les travaux doivent durer au moins six mois et la circulation sera déviée par les rues voisines pendant toute cette période, a indiqué la mairie", "Les habitants racontent que l'eau est montée en quelques minutes et qu'ils ont dû se réfugier chez des voisins à l'étage"],
    topics: ['transports', 'collectivités', 'logement', 'santé', 'climat', 'éducation'],
    sections: ['Actualité', 'Politique', 'Économie', 'Société', 'Faits divers', 'Sports', 'Culture'],
    shops: ['Boutique Azur', 'ÉlectroPlus', 'Librairie du Quai'],
    products: ['Aspirateur sans fil AeroMax 300', 'Sac de randonnée 40 L', 'Casque audio Sonore Pro'],
  },
  es: {
    locales: ['es-ES', 'es-MX', 'es-AR', 'es-CO', 'es-CL'],
    currencies: ['EUR', 'MXN', 'ARS', 'COP', 'CLP'],
    names: ['Lucía Montenegro', 'Diego Arrieta', 'Valentina Sosa', 'Martín Echeverría', 'Carmen Villalba', 'Andrés Quiroga', 'Ximena Ibarra'],
    cities: ['Valencia', 'Rosario', 'Guadalajara', 'Medellín', 'Sevilla', 'Valparaíso', 'Bilbao'],
    agencies: ['EFE', 'Europa Press', 'Télam', 'Notimex', 'AFP', 'Reuters'],
    descs: ['Pasajeros esperan un tren retrasado en la estación', 'Voluntarios reparten alimentos en un comedor social', 'Manifestantes frente al ayuntamiento el sábado', 'Un agricultor revisa su cosecha tras la sequía', 'Aficionados celebran el título en la plaza mayor'],
    headlines: ['El ayuntamiento aprueba nuevos carriles bici', '¿Volverá a subir el precio de la luz?', 'Comienza la reforma del mercado central', 'Accidente en la circunvalación: dos heridos', '"No teníamos adónde ir": vecinos relatan la noche de la riada', '¡Récord de visitantes en la feria del libro!', 'Paro de transporte: qué líneas funcionan el lunes'],
    snippets: ['Las obras durarán al menos seis meses y el tráfico se desviará por las calles adyacentes durante ese tiempo, informó el consistorio', 'Los vecinos cuentan que el agua subió en pocos minutos y que tuvieron que refugiarse en casa de otros vecinos en el piso de arriba'],
    topics: ['movilidad', 'ayuntamiento', 'vivienda', 'sanidad', 'clima', 'educación'],
    sections: ['Nacional', 'Política', 'Economía', 'Sociedad', 'Sucesos', 'Deportes', 'Cultura'],
    shops: ['TiendaSol', 'ElectroMundo', 'Librería Faro'],
    products: ['Aspiradora sin cable AeroMax 300', 'Mochila de montaña 40 L', 'Auriculares inalámbricos Sonido Pro'],
  },
  ar: {
    locales: ['ar-EG', 'ar-SA', 'ar-AE', 'ar-JO', 'ar-LB', 'ar-MA'],
    currencies: ['EGP', 'SAR', 'AED', 'JOD', 'KWD', 'QAR'],
    names: ['سارة الحمدان', 'محمد العتيبي', 'ليلى الخوري', 'أحمد الشامي', 'نور الهدى منصور', 'يوسف القاسم', 'ريم الزعبي'],
    cities: ['عمّان', 'بيروت', 'دبي', 'الرياض', 'القاهرة', 'الدوحة', 'الكويت'],
    agencies: ['رويترز', 'أ ف ب', 'الأناضول', 'وام', 'واس', 'كونا', 'د ب أ'],
    descs: ['ركاب ينتظرون القطار في المحطة المركزية', 'متطوعون يوزعون المساعدات الغذائية', 'محتجون أمام مبنى البرلمان يوم السبت', 'مزارع يتفقد محصوله بعد موجة الجفاف', 'جانب من افتتاح الجسر الجديد'],
    headlines: ['المجلس البلدي يقر خطة لمسارات الدراجات', 'هل ترتفع أسعار الكهرباء مجدداً؟', 'بدء أعمال ترميم السوق المركزي', 'حادث سير على الطريق الدائري وإصابة شخصين', '"لم يكن لدينا مكان نذهب إليه": سكان يروون ليلة الفيضان', 'الطلاب يواصلون اعتصامهم أمام الجامعة', 'رقم قياسي لزوار معرض الكتاب!'],
    snippets: ['وتستمر الأعمال ستة أشهر على الأقل، وسيتم تحويل حركة المرور إلى الشوارع المجاورة خلال هذه الفترة، بحسب البلدية', 'وقال السكان إن المياه ارتفعت خلال دقائق واضطروا إلى نقل أغراضهم إلى الطابق العلوي بمساعدة الجيران'],
    topics: ['النقل', 'البلديات', 'الإسكان', 'الصحة', 'المناخ', 'التعليم'],
    sections: ['محليات', 'سياسة', 'اقتصاد', 'عربي ودولي', 'رياضة', 'ثقافة', 'منوعات'],
    shops: ['سوق الواحة', 'إلكترونيات النخبة', 'مكتبة المنارة'],
    products: ['مكنسة لاسلكية إيروماكس 300', 'حقيبة ظهر للرحلات 40 لتراً', 'سماعات لاسلكية صوت برو'],
  },
  pt: {
    locales: ['pt-BR', 'pt-PT', 'pt-AO'],
    currencies: ['BRL', 'EUR', 'AOA'],
    names: ['Mariana Figueiredo', 'Rafael Campos', 'Beatriz Nogueira', 'Thiago Lacerda', 'Inês Carvalhal'],
    cities: ['Recife', 'Porto', 'Curitiba', 'Coimbra', 'Belém', 'Luanda'],
    agencies: ['Lusa', 'Agência Brasil', 'Folhapress', 'Estadão Conteúdo', 'Reuters'],
    descs: ['Passageiros aguardam o metrô na estação central', 'Voluntários distribuem cestas básicas na comunidade', 'Manifestantes em frente à prefeitura no sábado', 'Agricultor avalia plantação atingida pela seca'],
    headlines: ['Prefeitura aprova novas ciclovias no centro', 'A conta de luz vai subir de novo?', 'Começa a reforma do mercado municipal', 'Acidente no anel viário deixa dois feridos', '"Não tínhamos para onde ir": moradores relembram a enchente'],
    snippets: ['As obras devem durar pelo menos seis meses e o trânsito será desviado para as ruas vizinhas durante esse período, informou a prefeitura', 'Moradores contam que a água subiu em poucos minutos e que tiveram de se abrigar na casa de vizinhos no andar de cima'],
    topics: ['mobilidade', 'prefeitura', 'habitação', 'saúde', 'clima'],
    sections: ['Cotidiano', 'Política', 'Economia', 'Mundo', 'Esporte', 'Cultura'],
    shops: ['Loja Aurora', 'EletroMais', 'Livraria Farol'],
    products: ['Aspirador sem fio AeroMax 300', 'Mochila de trilha 40 L', 'Fone sem fio Som Pro'],
  },
  cs: {
    locales: ['cs-CZ'],
    currencies: ['CZK', 'EUR'],
    names: ['Tereza Horáková', 'Ondřej Vlček', 'Klára Benešová', 'Martin Doležal', 'Radek Šťastný'],
    cities: ['Brno', 'Olomouc', 'Plzeň', 'Liberec', 'Ostrava', 'Zlín'],
    agencies: ['ČTK', 'Profimedia', 'Reuters', 'MAFRA'],
    descs: ['Cestující čekají na zpožděný vlak na hlavním nádraží', 'Dobrovolníci třídí potravinovou sbírku', 'Demonstranti před radnicí v sobotu', 'Nová lávka pro pěší při slavnostním otevření'],
    headlines: ['Zastupitelé schválili nové cyklostezky', 'Zdraží elektřina znovu?', 'Začíná rekonstrukce tržnice', 'Nehoda na obchvatu, dva zranění', '„Neměli jsme kam jít“: obyvatelé popisují noc povodně'],
    snippets: ['Práce potrvají nejméně šest měsíců a doprava bude po tu dobu odkloněna do okolních ulic, uvedla radnice', 'Obyvatelé popisují, že voda stoupla během několika minut a věci museli stěhovat k sousedům do patra'],
    topics: ['doprava', 'komunální politika', 'bydlení', 'zdravotnictví', 'počasí'],
    sections: ['Domácí', 'Zahraniční', 'Ekonomika', 'Regiony', 'Sport', 'Kultura'],
    shops: ['Obchod Sova', 'ElektroKoruna', 'Knihkupectví Most'],
    products: ['Akumulátorový vysavač AeroMax 300', 'Turistický batoh 40 l', 'Bezdrátová sluchátka Zvuk Pro'],
  },
  ja: {
    locales: ['ja-JP'],
    currencies: ['JPY'],
    names: ['佐藤美咲', '高橋健太', '中村由紀', '山口大輔', '森本彩'],
    cities: ['札幌', '福岡', '仙台', '神戸', '那覇', '金沢'],
    agencies: ['共同通信', '時事通信', 'ロイター', 'AFP時事'],
    descs: ['駅のホームで電車を待つ乗客', '被災地で支援物資を配るボランティア', '記者会見に臨む市長', '開通式で新しい歩道橋を渡る市民'],
    headlines: ['市議会、新たな自転車道の整備計画を可決', '電気料金は再び上がるのか？', '中央市場の改修工事が始まる', '環状道路で事故、2人けが', '「行く場所がなかった」住民が語る浸水の夜'],
    snippets: ['工事は少なくとも半年続く見込みで、その間、車両は周辺道路に迂回させると市が発表した', '住民によると、水は数分のうちに床上まで達し、近所の住民の2階に避難したという'],
    topics: ['交通', '地方自治', '住宅', '医療', '気象'],
    sections: ['社会', '政治', '経済', '国際', 'スポーツ', '地域'],
    shops: ['ショップ桜', '家電のミナト', '本の森'],
    products: ['コードレス掃除機 エアロマックス300', '登山用リュック 40L', 'ワイヤレスイヤホン サウンドプロ'],
  },
  zh: {
    locales: ['zh-CN', 'zh-TW', 'zh-HK'],
    currencies: ['CNY', 'TWD', 'HKD'],
    names: ['王晓婷', '李建国', '陈思远', '刘雨桐', '周子豪'],
    cities: ['成都', '杭州', '武汉', '西安', '台中', '深圳'],
    agencies: ['新华社', '中新社', '中央社', '路透社'],
    descs: ['市民在车站候车', '志愿者在社区分发物资', '工人在桥梁施工现场作业', '学生在新学期第一天走进校园'],
    headlines: ['市议会通过新建自行车道计划', '电价会再次上涨吗？', '中心市场改造工程启动', '环路发生交通事故 两人受伤', '“我们无处可去”：居民讲述洪水之夜'],
    snippets: ['工程预计持续至少六个月，其间车辆将绕行周边道路，市政府表示', '居民说，洪水在几分钟内涌进屋内，他们只能带着孩子到楼上邻居家避难'],
    topics: ['交通', '城市建设', '住房', '医疗', '天气'],
    sections: ['国内', '国际', '财经', '社会', '体育', '文化'],
    shops: ['优品商城', '数码之家', '书香阁'],
    products: ['无线吸尘器 AeroMax 300', '40升登山背包', '无线降噪耳机 声音Pro'],
  },
};

const HANDLES = ['kestrelgazette', 'm_okafor', 'devr_reports', 'cfitz_writes', 'wanjiru_k', 'siobhan_t', 'kofi.adeyemi', 'milica_rad', 'arta_kras', 'kvogelsang', 'cdelorme', 'lmontenegro', 'sara_hamdan', 'baysidesentinel', 'meridian24news'];
const TIME_ZONES = ['ET', 'EST', 'PT', 'GMT', 'BST', 'AEDT', 'AEST', 'IST', 'SGT', 'EAT', 'WAT', 'SAST', 'NZDT', 'CT'];
const PLATFORMS = ['YouTube', 'Instagram', 'TikTok', 'X', 'Facebook', 'Spotify', 'Vimeo', 'Bluesky', 'Threads', 'Telegram', 'Datawrapper', 'Flourish'];

const DATE_STYLES: readonly Intl.DateTimeFormatOptions[] = [
  { dateStyle: 'long' },
  { dateStyle: 'medium' },
  { dateStyle: 'full' },
  { day: 'numeric', month: 'long', year: 'numeric' },
  { day: '2-digit', month: '2-digit', year: 'numeric' },
  { day: 'numeric', month: 'short' },
];

function randomDate(rng: Rng): Date {
  return new Date(Date.UTC(rng.pick([2025, 2026]), rng.int(0, 11), rng.int(1, 28), rng.int(0, 23), rng.int(0, 59)));
}

function format(locale: string, date: Date, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
}

const slug = (site: string) => site.replace(/\s+\d+$/u, '').toLowerCase().replace(/[^a-z0-9]+/gu, '');
const alnum = (rng: Rng, length: number) => Array.from({ length }, () => 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'[rng.int(0, 55)]).join('');

/** Distinct picks: `{topic}`, `{topic2}` and `{topic3}` are three different topics. */
function picks<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0] as T);
  while (out.length < count) out.push(rng.pick(items));
  return out;
}

/** One value per slot name; `{NAME}` is `{name}` in capitals. Unknown slots are a mistake in a template. */
function slotFiller(lang: FurnitureLang, rng: Rng, site: string): (slot: string) => string {
  const data = DATA[lang];
  const locale = rng.pick(data.locales);
  const currency = rng.pick(data.currencies);
  const [name, name2, name3] = picks(rng, data.names, 3);
  const [topic, topic2, topic3] = picks(rng, data.topics, 3);
  const handle = rng.pick(HANDLES);
  const money = (value: number) => new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: value >= 1000 ? 0 : 2 }).format(value);
  const scale = ({ JPY: 150, RSD: 110, ALL: 100, RUB: 90, INR: 80, KES: 130, NGN: 1500, ZAR: 18, MXN: 18, ARS: 900, COP: 4000, CLP: 900, EGP: 48, CZK: 24, KZT: 480, XOF: 650, AOA: 900, TWD: 32, HKD: 8, CNY: 7, MKD: 60 } as Record<string, number>)[currency] ?? 1;
  const base = rng.int(9, 349) + 0.99;
  const total = rng.int(6, 40);
  const number = (value: number, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options).format(value);
  const values: Record<string, () => string> = {
    name: () => name as string,
    name2: () => name2 as string,
    name3: () => name3 as string,
    photog: () => rng.pick(data.names),
    city: () => rng.pick(data.cities),
    agency: () => rng.pick(data.agencies),
    desc: () => rng.pick(data.descs),
    headline: () => rng.pick(data.headlines),
    topic: () => topic as string,
    topic2: () => topic2 as string,
    topic3: () => topic3 as string,
    tag: () => (topic as string).replace(/[\s-]+/gu, ''),
    tag2: () => (topic2 as string).replace(/[\s-]+/gu, ''),
    section: () => rng.pick(data.sections),
    shop: () => rng.pick(data.shops),
    product: () => rng.pick(data.products),
    site: () => site,
    handle: () => handle,
    email: () => `${handle.replace(/[^a-z]/gu, '').slice(0, 10)}@${slug(site)}.com`,
    platform: () => rng.pick(PLATFORMS),
    date: () => format(locale, randomDate(rng), rng.pick(DATE_STYLES)),
    time: () => format(locale, randomDate(rng), { hour: 'numeric', minute: '2-digit' }),
    day: () => format(locale, randomDate(rng), { weekday: 'long' }),
    datetime: () => format(locale, randomDate(rng), { dateStyle: rng.pick(['medium', 'long', 'short'] as const), timeStyle: 'short' }),
    ago: () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-rng.int(1, 23), rng.pick(['minute', 'hour', 'hour', 'day'] as const)),
    tz: () => rng.pick(TIME_ZONES),
    year: () => String(rng.pick([2025, 2026])),
    since: () => String(rng.int(2003, 2021)),
    n: () => number(rng.int(2, 480)),
    k: () => number(rng.int(1200, 98_000), { notation: 'compact' }),
    words: () => number(rng.int(380, 2900)),
    min: () => String(rng.int(2, 14)),
    dur: () => `${rng.int(1, 24)}:${String(rng.int(0, 59)).padStart(2, '0')}`,
    idx: () => String(rng.int(1, total)),
    total: () => String(total),
    price: () => money(Math.round(base * scale * 100) / 100),
    price2: () => money(Math.round(base * scale * 1.35 * 100) / 100),
    regno: () => String(rng.int(1_000_000, 9_999_999)),
    code: () => alnum(rng, 10),
  };
  return (slot) => {
    const lower = slot.toLowerCase();
    const value = values[slot] ?? values[lower];
    if (!value) throw new Error(`blind furniture: unknown slot {${slot}}`);
    const text = value();
    return slot !== lower && slot === slot.toUpperCase() ? text.toLocaleUpperCase(locale) : text;
  };
}

export function fillBlind(template: string, lang: FurnitureLang, rng: Rng, site: string): string {
  const fill = slotFiller(lang, rng, site);
  return template.replace(/\{(\w+)\}/gu, (_, slot: string) => fill(slot));
}

/** The templates, by kind and language. Single-line kinds hold no newline; block kinds are split into lines by the harness. */
const BLIND: Record<string, Vocabulary> = {
  byline: {
    en: [
      'By {name} | {section} Editor',
      '{NAME} and {NAME2}, Associated Press',
      'Story by {name} • Staff writer',
      '{name}, Political Correspondent',
      'By {name} for {site}',
      'BY {NAME} / STAFF REPORTER',
      'Reporting by {name} in {city}; writing by {name2}; editing by {name3}',
      'By {name} and {name2} · Updated {ago}',
      '{name} | {city} bureau',
      'Words: {name} · Pictures: {name2}',
      'Posted by {name} in {section}',
      'Article author: {name}',
      '{name} (@{handle})',
      'Guest contributor {name}',
      'From {name} in {city}',
      'Compiled by {name} with wires',
      'Opinion | {name}, columnist',
      'Analysis by {name}, {city} correspondent',
      '{NAME} | {agency} | Updated {ago}',
      '{name}, Senior Health Reporter',
      'Words and pictures by {name}',
      'Express News Service | {city}',
      'By {name}, Special to {site}',
      '{name} – {site} Reporter',
    ],
    'sr-Latn': ['Autor teksta: {name}', 'Piše: {name} | {city}', '{name} | {site}', 'Tekst: {name} | Fotografije: {name2}', 'Priredila: {name} ({agency})', '{name} / {agency}', 'Izvor: {agency}, {site}'],
    'sr-Cyrl': ['Аутор текста: {name}', 'Пише: {name}, {city}', 'Текст: {name} / Фотографије: {name2}', 'Приредила: {name} ({agency})', '{name} | {site}', '{name}, дописник {site} ({city})', 'Извор: {agency} / {site}'],
    sq: ['Nga: {name} | {site}', 'Shkruan: {name}, {city}', 'Autori: {name}', 'Përgatiti: {name} ({agency})', 'Nga {name}, {city}'],
    ru: ['Автор: {name}, обозреватель {site}', 'Текст — {name}, фотографии — {name2}', '{name}, специальный корреспондент {site}', 'Материал подготовил {name}', 'Фото и текст: {name}, {city}', '{name} / {site}'],
    de: ['{name}, Korrespondentin in {city}', 'Ein Gastbeitrag von {name}', '{name}, {city}', 'Recherche: {name}, {name2} und {name3}', 'Text: {name} | Fotos: {name2}', 'Eine Analyse von {name}, {city}', '{name} ({agency})'],
    fr: ['Par notre correspondant {name}', 'Par {name}, envoyée spéciale à {city}', '{name}, avec {agency} et {site}', 'Propos recueillis par {name}, à {city}', 'Rédaction {site}', 'Par {name} et {name2}, à {city}'],
    es: ['Por {name} | Corresponsal en {city}', '{name} | {city}', 'Redacción {site} / {agency}', 'Textos: {name} y {name2}', 'Escrito por {name} el {date}', '{name} / Enviada especial a {city}'],
    ar: ['بقلم: {name} - {city}', 'كتبت: {name} | {site}', '{city} - {name}', 'تقرير وتصوير: {name}', 'تحرير: {name} - مراجعة: {name2}', '{name} - {site}'],
    pt: ['Por {name}, do {site}', '{name}, especial para o {site}', 'Reportagem: {name} | Edição: {name2}', '{name} | {site}'],
    cs: ['Autor článku: {name}', '{name}, redaktor', 'Text a foto: {name}', '{name}, {site}'],
    ja: ['（{city}総局・{name}）', '文・写真 {name}', '（{name}）', '取材・構成：{name}'],
    zh: ['{site}记者 {name} 报道', '撰文：{name}', '文｜{name} 编辑｜{name2}', '本报记者 {name} 通讯员 {name2}'],
  },
  timestamp: {
    en: [
      '{date}',
      '{date} at {time}',
      'Story published {date}',
      'Last Updated: {date} | {time} {tz}',
      'Posted {ago}',
      'Last modified on {date}',
      '{day} {date} {time}',
      'First published on {date}',
      '{time} {tz} · {date}',
      'Published: {date} | Updated: {ago}',
      'This story was originally published {date}',
      '{DATE} — {time}',
      'Filed {date}, {time}',
      'Created: {datetime}',
      'Posted at {time} {tz} on {day}',
      'Updated {ago} · Published {date}',
      'Page last updated at {time} on {date}',
      '{date} – {time} {tz}',
    ],
    'sr-Latn': ['Objavljeno: {date}, {time}', '{day}, {date} u {time}', 'Ažurirano {ago}', 'Datum: {date}', '{datetime}', 'Poslednja izmena: {date} u {time}'],
    'sr-Cyrl': ['Објављено: {day}, {date}, {time}', '{date} {time}', 'Вест ажурирана {ago}', 'Датум и време објаве: {datetime}', '{datetime}'],
    sq: ['Publikuar më {date}, ora {time}', 'Përditësuar: {ago}', '{date} {time}', 'Data: {date}', 'E publikuar: {datetime}'],
    ru: ['Дата публикации: {date}, {time} (мск)', '{date} в {time}', 'Материал обновлён {ago}', '{time}, {date}', '{datetime}'],
    de: ['Erschienen am {date}, {time} Uhr', 'Zuletzt aktualisiert: {datetime} Uhr', 'Aktualisiert {ago} · Erstveröffentlichung {date}', 'Datum: {date} | Uhrzeit: {time}', 'Online seit {datetime}'],
    fr: ['Article publié le {date}, à {time}', 'Mis à jour {ago}', 'Dernière modification le {date}', 'Publié le {date} à {time}, mis à jour {ago}', '{datetime}'],
    es: ['Fecha de publicación: {date}, {time} h', 'Actualizado el {date} a las {time} h', '{day} {date}, {time} h (hora local)', 'Actualizado {ago}', '{datetime}'],
    ar: ['نُشر بتاريخ {date} في تمام الساعة {time}', 'آخر تحديث: {day} {date} الساعة {time}', '{date} | {time}', 'تاريخ النشر: {datetime} - آخر تحديث: {ago}', 'حُدّث {ago}'],
    pt: ['Publicada em {date} às {time} - Atualizada {ago}', 'Atualizado {ago}', '{datetime}'],
    cs: ['Publikováno {date} v {time}', 'Naposledy aktualizováno {ago}', '{datetime}'],
    ja: ['{date} {time}', '公開日時：{datetime}', '最終更新日：{date}'],
    zh: ['发布于 {date} {time} | {city}', '{datetime} 来源：{site} 作者：{name}', '最后更新：{ago}'],
  },
  cookie: {
    en: [
      '{site} and our {n} partners use cookies and similar technologies to store and access information on your device. [Accept] [Reject] [Customise]',
      '🍪 Cookies help us deliver our services. Learn more · Got it',
      'Your privacy choices: we and our partners process personal data such as IP addresses for ads and measurement. I agree / Show purposes',
      'By continuing to browse this site you consent to the use of cookies under our Privacy & Cookie Policy. Dismiss',
      'We value your privacy. Cookies set by us and third parties help us run this site. ACCEPT ALL COOKIES  MANAGE SETTINGS',
      'Cookie notice: only essential cookies are set until you choose otherwise. Change settings ✕',
      'This site uses cookies. Some are essential; others help us improve your experience. Allow selection | Allow all',
      'Do Not Sell or Share My Personal Information — California residents, see our Privacy Notice.',
      'To keep reading, accept cookies for personalised ads or subscribe for an ad-free experience. Accept and continue | Subscribe',
      "We've updated our Privacy Policy and Cookie Policy. By using {site} you agree to the updated terms. Close",
      "Consent needed: click 'Agree' to let {site} and {n} vendors use cookies for personalised advertising. Agree · Disagree · More options",
      'Tracking preferences saved. You can change them at any time under Privacy Settings.',
      'We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits. Cookie Settings  Accept All',
      'Manage consent preferences — Strictly necessary (always active) · Performance · Targeting',
    ],
    'sr-Latn': ['Ovaj sajt koristi kolačiće kako bi vam pružio bolje korisničko iskustvo. Saznajte više | Prihvatam', 'Korišćenjem sajta {site} pristajete na upotrebu kolačića. U redu', 'Kolačići nam pomažu da unapredimo sadržaj. Podešavanja · Prihvati sve', 'Vaša privatnost nam je važna. {site} i partneri koriste kolačiće. Slažem se / Odbij'],
    'sr-Cyrl': ['Овај сајт користи колачиће за анализу посећености и прилагођавање садржаја. Прихватам | Сазнај више', 'Наставком прегледања сајта {site} слажете се са употребом колачића. У реду', 'Колачићи: само неопходни · Прихвати све · Подешавања', 'Ваша приватност нам је важна. Прочитајте политику приватности. Слажем се'],
    sq: ["Kjo faqe përdor cookies për t'ju ofruar një përvojë më të mirë. Pranoj | Më shumë", 'Duke vazhduar shfletimin, ju pranoni përdorimin e cookies nga {site}. Në rregull', 'Ne dhe partnerët tanë përdorim cookies. Prano të gjitha · Cilësimet', 'Privatësia juaj ka rëndësi për ne. Lexoni politikën e privatësisë. Mbyll'],
    ru: ['Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с этим. Хорошо', '{site} использует cookies и сервисы аналитики. Подробнее | Принять', 'Нажимая «Принять», вы даёте согласие на обработку персональных данных. Принять · Отклонить', 'Сайт использует метрические программы и файлы cookie. Понятно'],
    de: ['Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren. Alle akzeptieren | Einstellungen', 'Mit Werbung lesen oder werbefrei im Pur-Abo: Sie haben die Wahl. Zustimmen und weiter', 'Datenschutzhinweis: {site} und {n} Partner verarbeiten Ihre Daten. Akzeptieren · Ablehnen · Details', 'Diese Website nutzt Cookies. Weitere Informationen finden Sie in unserer Datenschutzerklärung. OK', 'Privatsphäre-Einstellungen: Nur notwendige Cookies erlauben'],
    fr: ['Nous utilisons des cookies pour améliorer votre expérience. Tout accepter | Paramétrer', "En poursuivant votre navigation sur {site}, vous acceptez l'utilisation de traceurs. Fermer", 'Vos choix concernant les cookies : Continuer sans accepter → Accepter et fermer', 'Avec votre accord, nous et nos {n} partenaires utilisons des cookies. J’accepte · Personnaliser'],
    es: ['Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Aceptar | Configurar', 'Al continuar navegando en {site} acepta nuestra política de cookies. Entendido', 'Tu privacidad es importante para nosotros. Aceptar todo · Rechazar · Más opciones', 'Este sitio usa cookies. Si sigues navegando, consideramos que aceptas su uso. Más información'],
    ar: ['يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. موافق | المزيد', 'باستمرارك في تصفح {site} فإنك توافق على سياسة الكوكيز. أوافق', 'نحن نحترم خصوصيتك. قبول الكل · الإعدادات', 'نستخدم الكوكيز لأغراض التحليل والإعلانات. اعرف المزيد - إغلاق'],
    pt: ['Usamos cookies para melhorar sua experiência. Ao continuar, você concorda com a nossa Política de Privacidade. Aceitar', 'Este site utiliza cookies. Aceitar todos | Definições'],
    cs: ['Tento web používá soubory cookie. Přijmout vše | Nastavení', 'Používáním webu {site} souhlasíte s ukládáním cookies. Rozumím'],
    ja: ['当サイトではCookieを使用しています。詳しくはプライバシーポリシーをご覧ください。同意する', 'クッキーの利用に同意しますか？ 同意する｜拒否する'],
    zh: ['本网站使用Cookie以提升您的浏览体验。继续浏览即表示您同意。接受', '我们使用 Cookie 来改善服务。同意并继续 | 了解更多'],
  },
  share: {
    en: [
      'Share this article via:',
      'Share: Facebook | X | WhatsApp | Email',
      'SHARE ON FACEBOOK   SHARE ON X',
      'Facebook Twitter LinkedIn Email Print',
      '📤 Share  🔗 Copy link',
      'Share via Email · Print · Save for later',
      'Tweet | Share | Pin | Email',
      'Copy link ✓ Link copied',
      'Share {k}',
      '{n} shares',
      'Know someone who would like this? Share it.',
      'Gift this article — you have {n} gifts left this month',
      'Send this to a friend',
      'Share on WhatsApp',
      'Reddit  Flipboard  Pocket  Threads',
      'Print-friendly version',
      'Share or comment on this article:',
      'Bluesky · Mastodon · LinkedIn · Copy URL',
      'Save to reading list  ·  Share ↗',
      'Gift 5 articles to anyone you choose each month when you subscribe.',
    ],
    'sr-Latn': ['Podeli: Facebook | X | Viber', 'Podelite ovaj članak', 'Pošalji tekst prijatelju', 'Podeli na društvenim mrežama', 'Kopiraj link vesti'],
    'sr-Cyrl': ['Подели вест: Фејсбук · Икс · Вајбер', 'Поделите вест', 'Пошаљи | Штампај | Подели', 'Копирај везу до текста'],
    sq: ['Shpërndaje: Facebook · X · WhatsApp', 'Shpërndaje këtë artikull', 'Ndaje me miqtë', 'Kopjo linkun'],
    ru: ['Поделиться новостью: ВК · ОК · Telegram · WhatsApp', 'Расскажите друзьям в соцсетях', 'Отправить материал на почту', 'Ссылка скопирована в буфер обмена'],
    de: ['Artikel teilen: Facebook | X | WhatsApp | E-Mail', 'Diesen Artikel verschenken', 'Link zum Artikel kopieren', 'Teilen auf Facebook · Per Mail versenden', 'Artikel merken · Teilen · Feedback'],
    fr: ['Partager sur : Facebook · X · LinkedIn', 'Partagez l’info avec vos proches', 'Offrir cet article à un proche (abonnés)', 'Lien copié dans le presse-papier'],
    es: ['Compartir en: Facebook | X | WhatsApp', 'Comparte esta nota en tus redes', 'Enviar esta nota por e-mail', 'Enlace copiado al portapapeles'],
    ar: ['شارك: فيسبوك | إكس | واتساب', 'شارك هذا المقال', 'تم نسخ رابط الخبر', 'مشاركة عبر البريد'],
    pt: ['Compartilhe: Facebook · X · WhatsApp', 'Compartilhar esta notícia', 'Link da matéria copiado'],
    cs: ['Sdílet: Facebook | X | E-mail', 'Sdílejte článek'],
    ja: ['シェアする：X Facebook LINE', 'この記事をSNSでシェアする'],
    zh: ['分享到：微信 微博 QQ空间', '分享本文'],
  },
  subscribe: {
    en: [
      'Subscribe for unlimited access — just $1 for 6 months',
      'Support local journalism: become a subscriber today.',
      'Have a subscription already? Sign in to keep reading',
      'Get full access to {site} for {price}/month. Cancel anytime.',
      'SUBSCRIBE TODAY — FIRST MONTH FREE',
      'This article is for subscribers only. Start your free trial',
      'Unlock this article and everything on {site} with a digital subscription.',
      'You have {n} free articles remaining this month. Subscribe now',
      'Become a member from {price} a week →',
      "Don't miss a story: subscribe to {site}.",
      'Subscriber exclusive ✦',
      'Join {k} readers who support independent reporting. Contribute',
      'Keep reading with a {site} Plus subscription',
      'Support our journalism. Donate today',
      'Premium | Members only',
      'Get the {site} app: breaking news alerts, offline reading and more',
      'Follow {site} on WhatsApp for the latest updates',
    ],
    'sr-Latn': ['Pretplatite se na {site} već od {price} mesečno', 'Postanite pretplatnik i čitajte bez ograničenja', 'Već ste pretplatnik? Prijavite se', 'Podržite rad redakcije {site} – postanite član', 'Preuzmite našu aplikaciju za Android i iOS'],
    'sr-Cyrl': ['Претплатите се на дигитално издање {site}', 'Постаните претплатник', 'Већ сте претплатник? Пријавите се', 'Подржите наш рад донацијом', 'Пратите {site} на Телеграм каналу'],
    sq: ['Abonohu në {site} për vetëm {price} në muaj', 'Bëhu abonent sot', 'Jeni tashmë abonent? Hyni', 'Mbështetni {site} me një donacion', 'Na ndiqni në Facebook dhe Instagram'],
    ru: ['Оформите подписку на {site} всего за {price} в месяц', 'Чтобы дочитать материал, оформите подписку', 'Уже есть подписка? Войти в аккаунт', 'Поддержите редакцию {site} рублём', 'Больше новостей — в Telegram-канале {site}'],
    de: ['Jetzt abonnieren und weiterlesen', '{site}+ – 4 Wochen gratis testen', 'Sie sind bereits Abonnent? Hier anmelden', 'Unterstützen Sie {site} mit einem Digital-Abo', 'Exklusiv für Abonnenten'],
    fr: ['La suite de cet article est réservée à nos abonnés. S’abonner', 'Article réservé aux abonnés · Offre découverte {price}', 'Vous êtes déjà abonné ? Connectez-vous', 'Offre spéciale : {price} le premier mois', 'Soutenez une rédaction indépendante'],
    es: ['Para continuar leyendo, suscríbete a {site}', 'Contenido exclusivo para suscriptores', '¿Ya tienes cuenta? Ingresa aquí', 'Suscríbete por {price} al mes', 'Únete a nuestro canal de WhatsApp'],
    ar: ['اشترك الآن للوصول غير المحدود', 'هذا المحتوى متاح للمشتركين فقط', 'مشترك بالفعل؟ سجّل الدخول', 'اشترك في {site} مقابل {price} شهرياً', 'تابعونا على قناة واتساب'],
    pt: ['Para continuar lendo, assine o {site}', 'Conteúdo exclusivo para assinantes', 'Já é assinante? Entre'],
    cs: ['Předplaťte si {site} a čtěte bez omezení', 'Tento článek je jen pro předplatitele', 'Máte předplatné? Přihlaste se'],
    ja: ['この記事は有料会員限定です', '続きは会員登録（無料）で読めます', '有料会員になると全ての記事が読み放題'],
    zh: ['订阅以继续阅读', '本文为付费内容', '下载客户端，阅读更多精彩内容'],
  },
  ad: {
    en: [
      'Give ad feedback',
      'ADVERTISEMENT - CONTINUE READING BELOW',
      'Presented by {shop}',
      'Brought to you by {shop}',
      'Paid Content',
      'Promoted by {shop}',
      'Sponsored content from {shop}',
      'Ad · {shop} · Shop now',
      'Skip Ad',
      'Support {site}: ads help fund our journalism',
      'Paid Post by {shop}',
      'Content continues below',
      'Recommended by {shop}',
      'Report this ad',
      'Advertiser content from {shop}',
      'In partnership with {shop}',
      'Ads by {shop} | Why this ad?',
      'Remove ads with {site} Premium',
      'Continue reading below the ad',
      'The article continues beneath this sponsored message',
      'Close ad ✕',
    ],
    'sr-Latn': ['Reklama · {shop}', 'Plaćeni oglas', 'Sponzorisani sadržaj', 'Sponzor rubrike: {shop}', 'PR članak', 'Članak se nastavlja nakon reklame'],
    'sr-Cyrl': ['Рекламни простор', 'Наставак текста испод огласа', 'Огласи', 'Плаћени оглас компаније {shop}', 'ПРОМО САДРЖАЈ'],
    sq: ['Hapësirë reklamuese – {shop}', 'Teksti vazhdon poshtë reklamës', 'Sponsorizuar nga {shop}', 'Artikull me pagesë', 'Lajmi vazhdon pas reklamës'],
    ru: ['Реклама 16+', 'Рекламный материал', 'Продолжение статьи — после рекламы', 'Партнёрский проект {shop}', 'Реклама. {shop}. erid: {code}', 'Спецпроект {site} и {shop}'],
    de: ['Anzeige | {shop}', 'Werbefrei lesen mit {site}+', 'Der Artikel geht unter der Werbung weiter', 'ANZEIGE – Sonderveröffentlichung', 'Bezahlte Partnerschaft mit {shop}', 'Artikel wird unterhalb der Anzeige fortgesetzt'],
    fr: ['Publicité · {shop}', 'La suite après la publicité', 'Contenu proposé par {shop}', 'Publi-rédactionnel réalisé pour {shop}', "L'article continue ci-dessous", 'Cette annonce vous est présentée par {shop}'],
    es: ['PUBLICIDAD - SIGUE LEYENDO ABAJO', 'Contenido de marca creado para {shop}', 'Sigue leyendo después del anuncio', 'Espacio publicitario', 'Continúa leyendo'],
    ar: ['إعلان ممول من {shop}', 'محتوى برعاية {shop}', 'يتبع المقال بعد الإعلان', 'المقال يستكمل أسفل الإعلان', 'إعلانات جوجل'],
    pt: ['PUBLICIDADE - CONTINUE LENDO', 'Conteúdo de marca {shop}', 'Publieditorial'],
    cs: ['Reklamní sdělení {shop}', 'Článek pokračuje pod reklamou', 'PR článek'],
    ja: ['【PR】{shop}', '記事は広告の下に続きます', 'PR（提供：{shop}）'],
    zh: ['广告 · {shop}', '推广', '本文内容由{shop}提供'],
  },
  readAlso: {
    en: [
      "Don't miss out — {headline}",
      'RELATED STORY FROM {SITE} | {headline}',
      '▶ {headline}',
      'MUST-SEE VIDEO → {headline}',
      'Catch up on the story so far: {headline}',
      'In other news: {headline}',
      'Recommended for you: {headline}',
      'Trending now — {headline}',
      'Previously: {headline}',
      'Our {topic} coverage → {headline}',
      "Editor's pick: {headline}",
      '👉 {headline}',
      '[ {headline} ]',
      'RELATED COVERAGE: {headline}',
      'Go deeper: {headline}',
      'Elsewhere on {site} – {headline}',
      'Need the background? {headline}',
      'LIVE — follow the latest ● {headline}',
      '{headline} (opens in new tab)',
      'EARLIER: {headline}',
    ],
    'sr-Latn': ['Pročitajte još i ovo – {headline}', 'Povezano: {headline}', 'Ne propustite ni ovo » {headline}', 'Izdvajamo iz rubrike {section}: {headline}', 'Preporuka redakcije ▶ {headline}', 'Pogledajte i ovu vest – {headline}'],
    'sr-Cyrl': ['Прочитајте још и ово – {headline}', 'Још на ову тему: {headline}', 'Препорука уредништва ▶ {headline}', 'ВИДЕО » {headline}', 'Повезане вести: {headline}'],
    sq: ['Lexo edhe këtë lajm – {headline}', 'Mos e anashkaloni ▶ {headline}', 'Nga rubrika {section}: {headline}', 'Zgjedhja e redaksisë » {headline}', 'Rekomandojmë: {headline}'],
    ru: ['Ещё на {site} — {headline}', 'Ещё по теме ▶ {headline}', 'Видео дня » {headline}', 'Выбор редакции ▶ {headline}', 'Главное сейчас » {headline}'],
    de: ['Dazu passt – {headline}', 'Mehr aus {section} ▶ {headline}', 'Empfehlung der Redaktion » {headline}', 'Passend dazu: {headline}', 'Zum Weiterlesen – {headline}'],
    fr: ['À lire aussi : {headline}', 'Le choix de la rédaction ▶ {headline}', 'Sur le même thème – {headline}', 'VIDÉO » {headline}', 'Nos explications en détail – {headline}'],
    es: ['Lee también en {site} – {headline}', 'Quizá te interese ▶ {headline}', 'Más sobre {topic}: {headline}', 'Recomendado por la redacción » {headline}', 'EN VIDEO – {headline}'],
    ar: ['اقرأ أيضاً: {headline}', 'ذو صلة ◀ {headline}', 'لا تفوت: {headline}', 'مواضيع مقترحة ← {headline}', 'اخترنا لك - {headline}'],
    pt: ['Leia mais sobre {topic}: {headline}', 'Veja ainda ▶ {headline}', 'Recomendado pela redação » {headline}'],
    cs: ['Přečtěte si k tomu – {headline}', 'Výběr redakce ▶ {headline}', 'Více k tématu {topic}: {headline}'],
    ja: ['▽関連ニュース {headline}', 'この記事を読んだ人におすすめ ▶ {headline}', '【写真特集】{headline}'],
    zh: ['相关专题 ▶ {headline}', '编辑推荐 » {headline}', '【视频】{headline}'],
  },
  relatedHeading: {
    en: ['Stories you might have missed', 'Recommended reading from {site}', 'More headlines', 'Trending in {city}', 'The latest from the newsroom', 'More in {section}', 'Popular on {site}', "Editors' picks", 'Also in the news today', 'Read these next from {site}', 'Related: more {topic} coverage', 'MORE TOP STORIES FROM {SECTION}', 'People are also reading', 'MOST VIEWED TODAY', 'Latest from {section}', 'Sponsored stories'],
    'sr-Latn': ['Najnovije iz rubrike {section}', 'Vesti koje ne smete propustiti', 'Najčitanije danas', 'Još iz rubrike {section}', 'Preporuka urednika'],
    'sr-Cyrl': ['Најновије из рубрике {section}', 'Најчитаније данас', 'Још из рубрике {section}', 'Издвајамо', 'Препорука уредника', 'Остале вести дана'],
    sq: ['Lajmet më të lexuara sot', 'Më shumë nga {section}', 'Të tjera nga rubrika {section}', 'Zgjedhja e redaksisë', 'Ju rekomandojmë'],
    ru: ['Похожие материалы', 'Самое популярное за неделю', 'Ещё в рубрике «{section}»', 'Главное за день', 'Редакция рекомендует прочитать', 'Новости партнёров'],
    de: ['Meistgelesene Artikel der Woche', 'Die wichtigsten Nachrichten des Tages', 'Mehr aus {section}', 'Die Redaktion empfiehlt heute', 'Weitere Nachrichten aus {city}'],
    fr: ['Articles similaires', 'Les articles les plus lus de la semaine', 'Plus dans {section}', 'Le choix de la rédaction', 'Dans la rubrique {section}'],
    es: ['Otras noticias de {section}', 'Lo más visto de la semana', 'Selección del editor', 'Noticias de {city}', 'Te puede gustar también'],
    ar: ['الأكثر مشاهدة هذا الأسبوع', 'اخترنا لكم', 'المزيد من {section}', 'قد يهمك أيضاً', 'أخبار أخرى من {section}'],
    pt: ['Outras notícias de {section}', 'As mais lidas da semana', 'Recomendadas para você'],
    cs: ['Nejčtenější za týden', 'Redakce doporučuje', 'Další z rubriky {section}'],
    ja: ['編集部のおすすめ', 'よく読まれている記事', '{section}の最新ニュース'],
    zh: ['本周热读', '编辑精选', '更多{section}新闻'],
  },
  readMore: {
    en: ['Read the rest of this story on {site}', 'Continue to full article »', 'Read more on {site}', 'Tap to read the full piece', 'View story', 'Open story ›', 'Read the story →', 'Learn more ›', 'See full coverage', 'Go to story', 'Read more about {topic}', 'Read the whole thing »', 'Keep going →', 'Read the full report'],
    'sr-Latn': ['Pročitajte ceo tekst na {site}', 'Nastavak vesti »', 'Saznajte sve detalje →', 'Klikni za ceo članak'],
    'sr-Cyrl': ['Прочитајте цео текст »', 'Наставак вести →', 'Сазнајте све детаље', 'Кликни за цео чланак'],
    sq: ['Lexoni lajmin e plotë »', 'Vazhdimi i lajmit →', 'Kliko për më shumë', 'Lexo artikullin në {site}'],
    ru: ['Читать материал целиком »', 'Продолжение — на сайте {site}', 'Узнать подробности на {site} →', 'Перейти к материалу'],
    de: ['Den ganzen Text lesen »', 'Hier geht es weiter →', 'Mehr dazu auf {site}', 'Zur Meldung'],
    fr: ['Voir l’article en entier »', 'La suite sur {site}', 'Découvrir →', 'Lire la suite sur notre site'],
    es: ['Lee la nota completa »', 'Continuar leyendo en {site}', 'Ver la nota →', 'Ir a la nota completa'],
    ar: ['اقرأ الخبر كاملاً »', 'للمزيد اضغط هنا', 'كامل التفاصيل ←', 'تابع التفاصيل على {site}'],
    pt: ['Confira a reportagem completa »', 'Continue lendo no {site}', 'Saiba mais →'],
    cs: ['Přečíst celý článek »', 'Pokračování na {site}', 'Zobrazit více →'],
    ja: ['記事全文はこちら »', '記事の続きを読む', '詳細はこちら →'],
    zh: ['查看全文 »', '继续阅读 →', '点击查看详情'],
  },
  comments: {
    en: [
      'Discussion|Join the discussion on {site}|Your email address stays private. Required fields are starred.|Screen name (shown publicly) *|Your e-mail (never shown) *|Publish comment',
      '{n} comments on this story|Join the conversation on {site}|Log in or register to comment',
      'Reply to this story\nCancel your reply\nOnly registered readers can post a comment.',
      'Conversation ({n})\nSort comments by: Newest first\nNo comments yet. Start the conversation.',
      'Commenting has been turned off for this story.',
      'Load {n} comments ↓',
      'Commenting policy | Report abuse',
      'Post your comment\nName to display\nE-mail (will not be published)\nSend comment',
      'What do you think? Share your thoughts below.\nResponses: {n}',
      'Tell us what you think\nSign in or create an account to comment\nView all {n} comments',
      'COMMENT POLICY: We welcome respectful discussion. Abusive posts will be removed.',
      "Readers' comments ({n})|Most liked|Newest|Oldest",
      'Facebook Comments Plugin\nWrite something nice…\nAlso post on Facebook',
      'This discussion is now closed. Check back for more debate on {section} stories.',
      '{n} Reactions\n💬 Reply\n👍 Like',
    ],
    'sr-Latn': ['Komentara: {n}\nNapišite komentar ovde\nIme ili nadimak\nE-mail (neće biti objavljen)\nPošaljite mišljenje', 'Komentarisanje ovog teksta je isključeno.', 'Uređivačka pravila za komentare | Prijavi neprikladan sadržaj', 'Budite prvi koji će komentarisati', 'Prikaži sve komentare ({n})'],
    'sr-Cyrl': ['Коментара на вест: {n}\nУнесите коментар\nИме или надимак\nПошаљите мишљење', 'Прикажи коментаре', 'Коментарисање је онемогућено.', 'Уређивачка правила за коментаре | Пријави неприкладан садржај'],
    sq: ['Numri i komenteve: {n}\nShkruani komentin tuaj këtu\nEmri ose nofka\nDërgo mendimin', 'Shfaq të gjitha komentet ({n})', 'Komentimi për këtë artikull është çaktivizuar.', 'Bëhu i pari që komenton'],
    ru: ['Комментариев: {n}\nТекст комментария\nКомментировать могут только зарегистрированные читатели', 'Обсуждение материала|По дате|По рейтингу', 'Комментарии закрыты.', 'Добавить отзыв\nКак вас зовут?\nОпубликовать'],
    de: ['{n} Leserkommentare\nSchreiben Sie uns Ihre Meinung\nName oder Pseudonym\nBeitrag veröffentlichen', 'Die Kommentarfunktion ist für diesen Artikel geschlossen.', 'Jetzt mitdiskutieren|Unsere Diskussionsregeln|Zum Login', 'Leserkommentare anzeigen'],
    fr: ['{n} réactions de lecteurs\nÉcrire votre commentaire ici\nVotre pseudo\nEnvoyer mon commentaire', 'Les commentaires sont fermés.', 'Réagissez à cet article|Lire la charte de modération', 'Voir les {n} contributions'],
    es: ['{n} comentarios de lectores\nDeja aquí tu opinión\nNombre o apodo\nEnviar opinión', 'Los comentarios están cerrados.', 'Normas de la comunidad|Mostrar los comentarios', 'Participa en el debate de {site}'],
    ar: ['عدد التعليقات: {n}\nتعليقك\nاسمك\nنشر التعليق', 'التعليقات مغلقة.', 'شاركنا رأيك في الخبر|شروط التعليق', 'عرض التعليقات'],
    pt: ['{n} comentários de leitores\nDeixe aqui sua opinião\nNome ou apelido\nPublicar opinião', 'Os comentários estão encerrados.'],
    cs: ['Příspěvků v diskusi: {n}\nNapsat komentář\nVaše jméno\nPublikovat', 'Zobrazit celou diskusi'],
    ja: ['みんなのコメント（{n}件）\nコメントを書き込む\n書き込む', 'コメントを見る'],
    zh: ['网友评论 {n} 条\n说说你的看法\n提交评论', '查看全部评论'],
  },
  tags: {
    en: ['Article tags: {topic}, {topic2}, {topic3}', 'Topics in this story: {topic} · {topic2}', 'Filed under: {topic}, {topic2}', '#{tag} #{tag2}', 'TAGS  {TOPIC}  {TOPIC2}', 'More on: {topic} | {topic2} | {topic3}', 'Categories: {section}', 'Keywords: {topic}; {topic2}', 'Posted in {section} | Tagged {topic}, {topic2}', 'Follow topics: {topic} +  {topic2} +', 'Explore more: {topic} / {topic2}', 'Related topics: {topic}, {topic2}, {city}', 'Published in: {section}'],
    'sr-Latn': ['Oznake teksta: {topic}, {topic2}, {topic3}', 'Tagovi: {topic} · {topic2} · {topic3}', 'Teme: {topic}, {city}', '#{tag} #{tag2}'],
    'sr-Cyrl': ['Ознаке: {topic}, {topic2}', 'Тагови вести: {topic} · {topic2}', 'Теме: {topic}, {city}', '#{tag} #{tag2}'],
    sq: ['Etiketat e lajmit: {topic}, {topic2}', 'Tema: {topic} · {topic2}', 'Fjalë kyçe: {topic}, {city}'],
    ru: ['Теги материала: {topic}, {topic2}', 'Темы: {topic} · {topic2} · {topic3}', 'Ключевые слова: {topic}, {city}', '#{tag} #{tag2}'],
    de: ['Schlagwörter zum Artikel: {topic}, {topic2}', 'Themen in diesem Artikel: {topic} · {topic2}', 'Mehr zu: {topic} | {city}', '#{tag} #{tag2}'],
    fr: ['Mots-clés de l’article : {topic}, {topic2}', 'Thèmes : {topic} · {topic2}', 'Sujets associés : {topic}, {city}'],
    es: ['Etiquetas de la nota: {topic}, {topic2}', 'Temas relacionados: {topic} · {topic2}', 'Más sobre: {topic} | {city}'],
    ar: ['وسوم الخبر: {topic}، {topic2}', 'كلمات مفتاحية: {topic} - {topic2}', 'مواضيع: {topic} | {city}'],
    pt: ['Tags: {topic}, {topic2}', 'Assuntos: {topic} · {city}'],
    cs: ['Témata článku: {topic}, {topic2}', 'Štítky: {topic} · {city}'],
    ja: ['タグ：{topic}、{topic2}', '#{tag} #{tag2}'],
    zh: ['标签：{topic} {topic2}', '关键词：{topic}、{city}'],
  },
  copyright: {
    en: [
      '© {year} {site}. All rights reserved.',
      'Copyright {year} {site} LLC',
      '© {site} {year}',
      '(c) {year} {site}. This material may not be reproduced without written permission.',
      'All content © {site} Media Group, unless otherwise stated.',
      'Copyright © {year} {site} Ltd | Registered in England and Wales No. {regno}',
      '© {year} {site}, a division of {shop} Media. Privacy | Terms',
      'Reproduction in whole or in part without permission is prohibited.',
      '{site} accepts no responsibility for the content of linked websites.',
      'Distributed by {agency}.',
      '©{year} {site} — Independent news since {since}',
      'Copyright {year} {site}. All Rights Reserved. Terms of Service | Privacy Policy | Accessibility',
      'Republish this article under Creative Commons CC BY-ND 4.0',
      '{site} ABN {regno} | © {year}',
    ],
    'sr-Latn': ['© {year} {site}. Sva prava zadržana.', 'Preuzimanje tekstova dozvoljeno je samo uz navođenje izvora i linka ka {site}.', 'Copyright © {site} {year}', 'Uslovi korišćenja | Politika privatnosti | Impresum'],
    'sr-Cyrl': ['© {year} {site}. Сва права задржана.', 'Забрањено преузимање садржаја без дозволе уредништва.', 'Copyright © {site} {year}', 'Услови коришћења | Политика приватности'],
    sq: ['© {year} {site}. Të gjitha të drejtat e rezervuara.', 'Riprodhimi i lajmeve lejohet vetëm duke cituar {site}.', 'Copyright © {site} {year}', 'Kushtet e përdorimit | Privatësia'],
    ru: ['© {year} {site}. Все права защищены.', 'При использовании материалов ссылка на {site} обязательна.', 'Сетевое издание {site}. 18+', 'Copyright © {site} {year}'],
    de: ['© {site} {year}. Alle Rechte vorbehalten.', 'Impressum | Datenschutz | AGB', 'Alle Inhalte sind urheberrechtlich geschützt. Nutzung nur mit Zustimmung von {site}.', 'Copyright-Hinweis: Text {agency}, Bearbeitung {site}'],
    fr: ['© {site} {year}. Tous droits réservés.', 'Mentions légales | Confidentialité | CGU', 'Toute reproduction, même partielle, est soumise à autorisation de {site}.', '© {year} {site} – Toute reproduction est interdite'],
    es: ['© {year} {site}. Todos los derechos reservados.', 'Aviso legal | Política de privacidad', 'Queda prohibida la reproducción de este contenido sin citar a {site}.', 'Copyright © {site} {year}'],
    ar: ['© {year} {site}. جميع الحقوق محفوظة.', 'جميع الحقوق محفوظة لموقع {site}', 'يمنع النسخ دون إذن مسبق.', 'سياسة الخصوصية | شروط الاستخدام'],
    pt: ['© {year} {site}. Todos os direitos reservados.', 'É proibida a reprodução deste conteúdo.'],
    cs: ['© {year} {site}. Všechna práva vyhrazena.', 'Obsah je chráněn autorským zákonem.'],
    ja: ['Copyright © {year} {site} All rights reserved.', '無断転載・複製を禁じます'],
    zh: ['版权所有 © {year} {site}', '未经授权禁止转载'],
  },
  nav: {
    en: ['Home > News > {section}', 'Home / {section} / {city}', 'News | Sport | Business | Opinion | Lifestyle | Puzzles | Obituaries', 'Menu ☰  Search 🔍  My account', 'Skip to content (press Enter)', '☰ Sections', 'HOME » {SECTION}', 'You are here: Home › {section}', 'Log in | Register', 'Subscribe  Sign in  Search', 'Weather {city} 18°C', 'Latest · Politics · World · Climate · Tech', "Today's paper | E-edition | Puzzles", 'Watch Live  |  Newscasts  |  Traffic  |  Weather', 'Choose your edition: UK · US · Australia · India'],
    'sr-Latn': ['Početna > Vesti > {section}', 'Početna / {section}', 'Vesti | Sport | Ekonomija | Kultura', 'Prijava  Pretraga', 'Vremenska prognoza: {city} 12°C'],
    'sr-Cyrl': ['Насловна > Вести > {section}', 'Почетна / {section}', 'Вести | Спорт | Економија | Култура | Забава | Хороскоп', 'Пријава  Претрага'],
    sq: ['Ballina » Lajme » {section}', 'Kreu / {section}', 'Lajme | Sport | Ekonomi | Showbiz', 'Kërko  Hyr'],
    ru: ['Главная → Новости → {section}', 'Главная / {section}', 'Новости | Спорт | Экономика | Культура', 'Войти  Поиск'],
    de: ['Startseite > {section} > {city}', 'Startseite / {section}', 'Politik | Wirtschaft | Sport | Kultur | Reise | Auto', 'Anmelden  Suche  Abo'],
    fr: ['Accueil > {section}', 'Accueil / {section} / {city}', 'Actualité | Sports | Culture | Météo', 'Se connecter  Rechercher  S’abonner'],
    es: ['Inicio / {section}', 'Portada > {section} > {city}', 'Nacional | Deportes | Cultura | Opinión', 'Iniciar sesión  Buscar'],
    ar: ['الرئيسية > أخبار > {section}', 'الرئيسية / {section}', 'أخبار | رياضة | اقتصاد | ثقافة', 'تسجيل الدخول  بحث'],
    pt: ['Início > {section}', 'Últimas | Política | Esporte | Cultura'],
    cs: ['Úvod > {section}', 'Zprávy | Sport | Ekonomika | Kultura'],
    ja: ['トップ > {section} > 記事', 'ニュース｜スポーツ｜経済｜エンタメ'],
    zh: ['首页 > {section} > 正文', '新闻 | 体育 | 财经 | 娱乐'],
  },
  caption: {
    en: [
      '{desc} (Photo: {photog}/{agency} pool)',
      '{desc}. Photograph: {photog}/{agency}/Alamy',
      'Photo: {photog} | {site} staff photographer',
      '{desc} | Credit: {photog} for The {site}',
      '{desc}. THE CANADIAN PRESS/{photog}',
      'Image: {agency}',
      '{desc} [{agency}]',
      '{desc}. (ABC {city}: {photog})',
      '{desc}. Photo: supplied by {name}',
      '{desc}. Picture: {photog}/{site} Media',
      '📷 {photog}',
      '{desc} Photo source: {agency} Images',
      '{desc} Image credit: {agency} Creative',
      '▲ {desc} Photograph: {photog}',
      '{desc} (File photo: {agency})',
      '{desc}. Illustration by {photog}; photos via {agency}',
      'Pictured: {desc}',
      '{desc}. Image courtesy of {photog}',
      '{desc} | PHOTO BY {PHOTOG}',
      '{desc} (Image credit: {agency})',
      '{desc} — {photog} / {site}',
      '{desc}. (HT Photo/{photog})',
      '{desc}. ST PHOTO: {PHOTOG}',
      '{desc}. PHOTO | {PHOTOG} | NMG',
    ],
    'sr-Latn': ['{desc} FOTO: {agency}/{photog}, arhiva', 'Fotografija: {photog} za {site}', '{desc} (Fotografija: {agency})', '{desc} | Foto: Printskrin {platform}', '{desc} / Ilustracija: Canva', 'FOTO: {photog} / Arhiva lista {site}'],
    'sr-Cyrl': ['{desc} (Фотографија: {agency})', 'Фотографија: {photog} за {site}', '{desc} / Фото: Принтскрин {platform}', '{desc} / Илустрација: архива {site}', 'ФОТО: {photog}, архива'],
    sq: ['{desc} (Fotografia: {agency})', 'Foto: {photog} për {site}', '{desc} | Foto: Printscreen nga {platform}', '{desc} / Foto nga arkivi i {site}', 'FOTOGRAFI: {photog}'],
    ru: ['{desc}. Фотография: {photog} для {site}', 'Фото: {agency} / Архив', '{desc} © {photog}/{agency}', '{desc}. Фото: кадр из видео {platform}', '{desc}. Фото: пресс-служба правительства региона', '{desc}. Кадр: {site}'],
    de: ['{desc}. Foto: {photog}/dpa/Archiv', 'Bild: {agency}', '{desc} Foto: {photog} – Archiv {site}', '{desc} | Bildquelle: {agency}', '© {agency} / {photog}', '{desc}. Archivbild: {agency}'],
    fr: ['{desc}. (Photo {photog}/AFP/Archives)', 'Image d’illustration : {agency}/{photog}', '{desc} © {photog} / {agency}', 'Crédit photo : {photog}', '{desc} | Illustration © {site} / {photog}', '{desc}. (Photo d’archives {agency})'],
    es: ['{desc}. Imagen cedida por {agency}', 'Fotografía: {agency}', '{desc} | Foto: {photog} / Especial', '{desc}. Imagen de archivo de {agency}', '{desc}. Crédito de la foto: {agency}', '{desc} (Cortesía)'],
    ar: ['{desc} ({agency})', 'صورة: {agency}', '{desc} - عدسة: {photog}', '{desc} | مصدر الصورة: {agency}', '{desc} (صورة من الأرشيف - {agency})'],
    pt: ['{desc} - Foto: {photog}/{agency}/Arquivo pessoal', 'Foto: Divulgação/{agency}', '{desc} | Crédito da imagem: {photog}', '{desc} - Imagem: Reprodução'],
    cs: ['{desc} (Foto: ČTK / {photog})', 'Foto: {photog}, {site} – archiv', '{desc} | Zdroj snímku: {agency}', '{desc} Ilustrační foto: Profimedia'],
    ja: ['{desc}（{city}で、{photog}撮影）', '写真：{agency}', '{desc}＝{agency}', '{desc}（写真提供：{site}）'],
    zh: ['{desc}（图/{agency}）', '图片来源：{agency}', '{desc}。{agency}发（{photog} 摄）', '{desc}（资料图片，来源：{agency}）'],
  },
  readingTime: {
    en: ['{min} min read · {section}', 'Reading time: about {min} minutes', '⏱ A {min}-minute read', 'Estimated reading time: {min} min', '{SECTION} · {min} MIN READ', '{words} words · {min} min', 'Time to read: {min}′', '{min} minutes to read', 'Read time {min}m', 'Approx. reading time {min} min.', 'Read in {min} min\n{words} words', 'This article is more than {min} years old', 'Reading Time: {min} mins (approx.)\nPrint this article', 'You can read this in {min} minutes'],
    'sr-Latn': ['Za čitanje vam treba oko {min} min', '{min} minuta čitanja', 'Čitanje: oko {min} min'],
    'sr-Cyrl': ['За читање вам треба око {min} мин', 'Читање траје око {min} минута', 'Читање: око {min} минута'],
    sq: ['Koha e nevojshme për lexim: {min} min', '{min} minuta lexim', 'Lexohet për rreth {min} minuta'],
    ru: ['Время на прочтение: {min} мин', 'Читать {min} мин.', '≈ {min} минут на прочтение'],
    de: ['Lesezeit: {min} Minuten', 'Lesezeit etwa {min} Minuten', 'Lesedauer ca. {min} Min.'],
    fr: ['Temps de lecture estimé : {min} min', 'Lecture : {min} minutes environ', 'Article de {min} min de lecture'],
    es: ['Tiempo estimado de lectura: {min} min', 'Lectura de {min} minutos', '{min} min de lectura'],
    ar: ['الوقت المقدر للقراءة: {min} دقائق', '{min} دقيقة للقراءة', 'مدة القراءة {min} د'],
    pt: ['Tempo estimado de leitura: {min} min', 'Leitura de {min} minutos'],
    cs: ['Doba čtení: {min} min', 'Článek přečtete za {min} minut'],
    ja: ['この記事は約{min}分で読めます', '読了時間：{min}分'],
    zh: ['阅读时间：约{min}分钟', '预计阅读 {min} 分钟'],
  },
  listen: {
    en: ['Listen to the audio version of this article\n{dur}', '🎧 Listen to this story · {min} min', 'Listen to this story. Audio is generated by AI and may contain errors.', '▶ Play audio | {dur}', 'Narrated by {name}\n{dur}', 'Audio version of this article\n0:00 / {dur}\nPlayback speed 1x', 'Press play to hear this article read aloud', 'Hear this story: {min} minutes', 'Voiced by artificial intelligence.', 'LISTEN\n{dur}\nSpeed 1.0x', 'Listen on Apple Podcasts · Spotify · Pocket Casts', 'Audio article\nPowered by text-to-speech\n{dur}'],
    'sr-Latn': ['Poslušajte ovu vest\n{dur}', 'Audio verzija ovog teksta', '▶ Slušaj članak · {min} min'],
    'sr-Cyrl': ['Слушајте текст\n{dur}', 'Послушајте аудио верзију текста', '▶ Слушај чланак · {min} мин'],
    sq: ['Dëgjojeni këtë artikull\n{dur}', 'Versioni audio i lajmit', '▶ Dëgjoje lajmin · {min} min'],
    ru: ['Слушать эту статью\n{dur}', 'Прослушать · {min} мин', 'Аудиоверсия материала'],
    de: ['Diesen Artikel anhören\n{dur}', 'Vorlesen lassen · {min} Min.', 'Audio-Version: Dieser Text wurde mit künstlicher Stimme vertont.'],
    fr: ['Écouter cet article en version audio\n{dur}', 'Version audio · {min} min', 'Article lu par une voix de synthèse'],
    es: ['Escuchar esta noticia\n{dur}', 'Escucha este artículo · {min} min', 'Versión en audio generada con IA'],
    ar: ['استمع إلى هذا الخبر بصوت الذكاء الاصطناعي\n{dur}', 'النسخة الصوتية', '▶ استمع للخبر · {min} دقائق'],
    pt: ['Ouvir esta notícia\n{dur}', 'Ouça a reportagem · {min} min'],
    cs: ['Poslechnout článek\n{dur}', 'Audioverze článku'],
    ja: ['この記事を音声で聞く\n{dur}', '音声読み上げ'],
    zh: ['收听本文\n{dur}', '语音播报'],
  },
  gallery: {
    en: ['Photo gallery: {total} pictures', '{idx} / {total}', 'View gallery ({total} images)', 'Image {idx} of {total} in gallery', '◀ Previous | Next ▶', 'Open the gallery\n{idx}/{total}', 'Swipe for more photos →', 'See all {total} photos in this gallery', 'Enlarge photo ⤢', 'Expand image ⤢', 'Click to enlarge', 'Full-screen gallery\n{total} pictures', 'IN PICTURES\nPicture {idx} of {total}\nNext image', 'Slideshow: {total} slides\nStart slideshow'],
    'sr-Latn': ['Foto-galerija ({total} fotografija)', 'Fotografija {idx}. od ukupno {total}', 'Pogledajte galeriju ({total})', 'POGLEDAJTE FOTO-GALERIJU\n{idx}/{total}'],
    'sr-Cyrl': ['Фото-галерија ({total} фотографија)', 'Фотографија {idx}. од укупно {total}', 'Погледајте галерију ({total})', 'ПОГЛЕДАЈТЕ ФОТО-ГАЛЕРИЈУ\n{idx}/{total}'],
    sq: ['Galeria fotografike ({total} foto)', 'Foto {idx} nga {total}', 'Shikoni të gjitha fotot ({total})', 'GALERI\n{idx}/{total}'],
    ru: ['Фотогалерея: {total} фото', 'Кадр {idx} из {total}', 'Смотреть все фото ({total})', 'ФОТОРЕПОРТАЖ\n{idx}/{total}'],
    de: ['Bildergalerie: {total} Bilder', 'Foto {idx} von {total} – weiter', 'Zur Bildergalerie ({total})', 'Bild vergrößern'],
    fr: ['Notre diaporama en {total} photos', 'Cliché {idx} sur {total}', 'Voir le diaporama ({total})', 'Agrandir l’image'],
    es: ['Fotogalería con {total} imágenes', 'Foto número {idx} de {total}', 'Ver galería ({total})', 'Ampliar imagen'],
    ar: ['ألبوم الصور ({total} صورة)', 'الصورة {idx} من أصل {total}', 'شاهد الألبوم ({total})', 'تكبير الصورة'],
    pt: ['Galeria: {total} fotos', 'Imagem {idx} de {total}', 'Ver galeria ({total})'],
    cs: ['Fotogalerie: {total} snímků', 'Foto {idx} z {total}', 'Zobrazit galerii ({total})'],
    ja: ['写真ギャラリー（全{total}枚）', '{idx}／{total}枚目', '写真を拡大する'],
    zh: ['图集：共{total}张', '第{idx}张/共{total}张', '点击查看大图'],
  },
  embed: {
    en: [
      'This content is provided by X (formerly Twitter). To view it, please accept cookies for social media.\nAllow and continue',
      'Instagram post\nOpen this post in the Instagram app\nPost shared by @{handle} on {date}',
      'YouTube video player\nWatch this video on YouTube',
      'Embedded content is blocked by your privacy settings. Enable it here.',
      'Skip {platform} post by @{handle}\nContent not available\nEnd of {platform} post by @{handle}',
      '— {name} (@{handle}) {date}',
      'pic.twitter.com/{code}',
      'Load {platform} content\nThis embed sets third-party cookies.',
      'Click to load the Spotify player',
      'Interactive map: {city} area\nSource: OpenStreetMap contributors',
      'Facebook post by {site}\nSee more on Facebook',
      'The following content is hosted by a third party ({platform}). Consent to view\nShow content',
      'Chart: {site} • Source: {agency} • Get the data • Created with {platform}',
      'Video duration {dur}\nAutoplay next video ON',
      'Loading post from X…\nIf the post does not load, view it on X.',
    ],
    'sr-Latn': ['Instagram objava\nObjavu je podelio/la {name} (@{handle})', 'Trajanje videa: {dur}\nPogledaj na YouTube-u', 'Sadržaj sa platforme {platform} je blokiran. Prikaži sadržaj', '— {name} (@{handle}) {date}'],
    'sr-Cyrl': ['Инстаграм објава\nОбјава корисника {name} (@{handle})', 'Видео: {dur}\nПогледај на Јутјубу', 'Садржај са платформе {platform} је блокиран. Прикажи садржај'],
    sq: ['Postim në Instagram\nPostuar nga {name} (@{handle})', 'Kohëzgjatja: {dur}\nShiko në YouTube', 'Përmbajtja nga {platform} është e bllokuar. Shfaq përmbajtjen'],
    ru: ['Пост в Telegram\nОткрыть в Telegram', 'Видео: {dur}\nСмотреть на YouTube', 'Контент {platform} скрыт. Показать', '— {name} (@{handle}) {date}'],
    de: ['Externer Inhalt von {platform}\nUm diesen Inhalt zu sehen, stimmen Sie bitte zu. Inhalt laden', 'Beitrag auf Instagram ansehen\nEin Beitrag geteilt von {name} (@{handle})', 'Videolänge: {dur}\nAuf YouTube ansehen'],
    fr: ['Ce contenu est bloqué car vous n’avez pas accepté les cookies de {platform}. Gérer mes choix', 'Voir cette publication sur Instagram\nUne publication partagée par {name} (@{handle})', 'Vidéo : {dur}\nRegarder sur YouTube'],
    es: ['Publicación de Instagram\nCompartida por {name} (@{handle})', 'Contenido de {platform} bloqueado. Aceptar cookies para verlo', 'Vídeo: {dur}\nVer en YouTube'],
    ar: ['منشور على إنستغرام\nشاركه {name} (@{handle})', 'فيديو: {dur}\nشاهد على يوتيوب', 'المحتوى من {platform} محجوب. عرض المحتوى'],
    pt: ['Ver esta publicação no Instagram\nUma publicação compartilhada por {name} (@{handle})', 'Vídeo: {dur}\nAssistir no YouTube'],
    cs: ['Zobrazit tento příspěvek na Instagramu\nPříspěvek sdílený uživatelem {name} (@{handle})', 'Délka videa: {dur}\nPřehrát na YouTube'],
    ja: ['この投稿をInstagramで見る\n{name}(@{handle})がシェアした投稿', '動画：{dur}\nYouTubeで見る'],
    zh: ['在 Instagram 查看这则帖子\n{name} (@{handle}) 分享的帖子', '视频：{dur}\n在优酷观看'],
  },
  bio: {
    en: [
      '{name} is a reporter at {site} covering {topic}. Contact: {email}',
      'Meet the reporter\n{name} has been with {site} since {since} and writes about {topic}.',
      "{name} is {site}'s {city} correspondent. Follow on X @{handle}",
      '{NAME} — Senior Writer\n{email}',
      'This article was written by {name}, a freelance journalist based in {city}.',
      'Contact the reporter: {email} | @{handle}',
      '{name} covers {topic} for {site}. Send tips to {email}.',
      'More stories by {name}\nFollow {name}',
      "Editor's note: This story has been updated with additional information.",
      'Reporting by {name} in {city}; additional reporting by {name2}; editing by {name3}',
      'Correction: An earlier version of this article misstated the date of the meeting.',
      '{name} is a data journalist. Previously at {shop} Media.\nRead more articles by {name}',
      'Got a story tip? Email {email} or message us on WhatsApp.',
      '{name} is the author of three books on {topic}. Views are personal.',
    ],
    'sr-Latn': ['{name} je novinarka portala {site} i piše o temama iz oblasti {topic}.', 'Kontakt autorke: {email}', 'Više tekstova autora: {name}', 'Imate priču? Pišite nam na {email}'],
    'sr-Cyrl': ['{name} је новинар {site} и прати теме из области {topic}.', 'Контакт аутора: {email}', 'Више текстова аутора: {name}', 'Имате причу за нас? Пишите на {email}'],
    sq: ['{name} është gazetare në {site} dhe mbulon {topic}.', 'Kontakti i autorit: {email}', 'Më shumë nga autori: {name}', 'Keni një histori? Na shkruani në {email}'],
    ru: ['{name} — корреспондент {site}, пишет о теме «{topic}».', 'Написать автору: {email}', 'Все материалы автора: {name}', 'Есть новость? Пишите в редакцию: {email}'],
    de: ['{name} ist Redakteurin im Ressort {section} bei {site}.', 'Kontakt zur Autorin: {email}', 'Mehr von {name}\nFolgen', 'Korrektur: In einer früheren Version hieß es fälschlich, die Sitzung finde am Freitag statt.'],
    fr: ['{name} est journaliste à {site}, spécialiste des questions de {topic}.', 'Contacter l’auteur : {email}', 'Tous les articles de {name}', 'Correction : une version précédente de cet article comportait une erreur de date.'],
    es: ['{name} es periodista de {site} especializada en {topic}.', 'Contacto: {email}', 'Más artículos de {name}', 'Fe de errores: una versión anterior de esta nota indicaba una fecha incorrecta.'],
    ar: ['{name} صحافية في {site} تغطي شؤون {topic}.', 'راسل الكاتب على: {email}', 'المزيد من مقالات {name}', 'لديك خبر؟ راسلنا على {email}'],
    pt: ['{name} é repórter do {site} e cobre {topic}.', 'Contato: {email}'],
    cs: ['{name} je redaktorkou {site}, píše o tématu {topic}.', 'Kontakt na autora: {email}'],
    ja: ['{name}（{site}記者）{topic}担当。', '筆者への連絡：{email}'],
    zh: ['{name}，{site}记者，长期关注{topic}领域。', '联系作者：{email}'],
  },
  price: {
    en: [
      '{product}\n{price} at {shop}\nBuy now',
      '{product} — {price} (was {price2}) | {shop}',
      'Shop now: {price} at {shop} →',
      'Check price on {shop}',
      '{site} may earn an affiliate commission if you buy something through the links on this page.',
      '{price} from {shop}\nSee deal',
      'Our pick: {product}, {price}',
      '★★★★☆ {product} | {price} at {shop}',
      'Best deal today: {price} at {shop}\nView deal',
      'Prices correct at time of publication.',
      '{product}\nRRP {price2}\nNow {price} at {shop}',
      'Buy it: {product}, {price}, {shop}',
      'SAVE {n}%\n{product}\n{price}\nAdd to basket',
    ],
    'sr-Latn': ['{product}\nCena: {price}\nDodaj u korpu', 'Akcija: {price} umesto {price2} u prodavnici {shop}', 'Proveri cenu na {shop}'],
    'sr-Cyrl': ['{product}\nЦена: {price}\nДодај у корпу', 'Акција: {price} уместо {price2}', 'Провери цену у продавници {shop}'],
    sq: ['{product}\nÇmimi: {price}\nBlije tani', 'Ofertë: {price} në vend të {price2}', 'Shiko çmimin në {shop}'],
    ru: ['{product}\nЦена: {price}\nКупить', 'Скидка: {price} вместо {price2} в {shop}', 'Смотреть цену на {shop}'],
    de: ['{product}\n{price} bei {shop}\nZum Angebot bei {shop}', 'Preis: {price} (UVP {price2})', '*Affiliate-Link: Beim Kauf erhalten wir ggf. eine Provision.'],
    fr: ['{product}\n{price} chez {shop}\nVoir l’offre chez {shop}', 'Prix : {price} au lieu de {price2}', 'Cet article contient des liens affiliés.'],
    es: ['{product}\n{price} en {shop}\nComprar', 'Oferta: {price} (antes {price2})', 'Este artículo incluye enlaces de afiliados.'],
    ar: ['{product}\nالسعر: {price}\nأضف إلى السلة', 'عرض خاص: {price} بدلاً من {price2}', 'تسوق الآن من {shop}'],
    pt: ['{product}\n{price} na {shop}\nComprar agora', 'De {price2} por {price}'],
    cs: ['{product}\nCena: {price}\nKoupit', 'Akce: {price} místo {price2}'],
    ja: ['{product}\n価格：{price}（税込）\n{shop}で見る', 'Amazonで購入する'],
    zh: ['{product}\n价格：{price}\n立即购买', '到{shop}查看价格'],
  },
  newsletter: {
    en: [
      "Sign up for the {site} Morning Briefing\nThe day's top stories in your inbox every weekday.\nEnter your email\nGet the briefing",
      'OUR NEWSLETTERS\nGet our best stories delivered straight to your inbox\nChoose newsletters',
      '📩 Like this? Get {site} Daily in your inbox.\nYour e-mail here\nSend it to me\nBy entering your email you accept the {site} terms and privacy notice.',
      'Thanks — check your inbox to confirm your subscription.',
      'Join {k} readers: the {section} newsletter, every Friday.\nname@domain.com\nJoin',
      'Get the app\nDownload {site} on the App Store or Google Play',
      'Stay informed. Get breaking news alerts.\nAllow notifications',
      'The Weekender\nLong reads, recipes and the week in pictures, every Saturday.\nYes, send me The Weekender',
      'Invalid email address. Please try again.',
      "We'll never share your email. Unsubscribe at any time.",
      'Want more {topic} news? Our free newsletter lands on Tuesdays.\nSign up free',
      'Scan the QR code to join our WhatsApp channel',
    ],
    'sr-Latn': ['Prijavite se na naš njuzleter\nUnesite e-mail adresu\nPrijavi me', 'Najvažnije vesti dana u vašem inboksu\nPretplati se besplatno', 'Hvala na prijavi!'],
    'sr-Cyrl': ['Пријавите се за дневни билтен {site}\nУнесите имејл\nПријави ме', 'Најважније вести дана у вашем сандучету\nПретплати се бесплатно', 'Хвала на пријави!'],
    sq: ['Regjistrohuni për buletinin ditor të {site}\nAdresa juaj e email-it\nMë regjistro', 'Lajmet kryesore të ditës në email-in tuaj\nAbonohuni falas tani', 'Faleminderit për regjistrimin!'],
    ru: ['Подпишитесь на вечернюю рассылку {site}\nВведите адрес почты\nПодписаться на письма', 'Главные новости дня — в вашей почте\nОформить бесплатную подписку', 'Спасибо за подписку!'],
    de: ['Den {section}-Newsletter abonnieren\nIhre E-Mail für den Newsletter\nJetzt eintragen', 'Der Morgen-Newsletter von {site}: jeden Werktag um 6 Uhr\nJetzt kostenlos anmelden', 'Vielen Dank für Ihre Anmeldung!'],
    fr: ['Recevez la newsletter {section} de {site}\nVotre e-mail pour recevoir la lettre\nRecevoir la lettre', 'Chaque matin, l’essentiel de l’info dans votre boîte mail\nJe m’inscris, c’est gratuit', 'Merci pour votre inscription !'],
    es: ['Recibe el boletín de {section} de {site}\nEscribe tu e-mail\nDarme de alta', 'Las noticias más importantes del día en tu correo\nApúntate, es gratis', '¡Gracias por suscribirte!'],
    ar: ['اشترك في النشرة اليومية من {site}\nأدخل بريدك الإلكتروني هنا\nسجّلني', 'أهم أخبار اليوم في بريدك\nاشترك مجاناً', 'شكراً لاشتراكك!'],
    pt: ['Assine nossa newsletter\nDigite seu e-mail\nCadastrar', 'Obrigado por se inscrever!'],
    cs: ['Odebírejte ranní newsletter {site}\nZadejte e-mail\nOdebírat', 'Děkujeme za přihlášení!'],
    ja: ['メールマガジン登録\nメールアドレスを入力\n登録する', 'ご登録ありがとうございます'],
    zh: ['订阅{site}每日早报\n请输入邮箱地址\n订阅', '扫码关注官方公众号'],
  },
};

/** The related-article teasers' headlines are checked against the earlier vocabularies like any template. */
const TEASER_HEADLINES: Vocabulary = Object.fromEntries(Object.entries(DATA).map(([lang, data]) => [lang, data.headlines]));

export const BLIND_KINDS: readonly string[] = [...Object.keys(BLIND), 'teaser'];

export function blindVocabulary(kind: string): Vocabulary {
  return kind === 'teaser' ? TEASER_HEADLINES : (BLIND[kind] ?? {});
}

export function blindFurniture(kind: string, lang: FurnitureLang, rng: Rng, site: string): string {
  const phrases = blindVocabulary(kind);
  const own = phrases[lang] ?? [];
  const list = own.length > 0 ? own : (phrases.en ?? []);
  if (list.length === 0) throw new Error(`blind furniture: no templates for ${kind}`);
  return fillBlind(rng.pick(list), lang, rng, site);
}

const CJK_LANGS: readonly FurnitureLang[] = ['ja', 'zh'];
const TEASER_ENDINGS = ['…', '...', ' […]', ' [...]', ' …', '... »', ' (…)', '…›'];

/** A related article: its headline, and its first sentence cut short the way listing pages cut it. */
export function blindTeaser(lang: FurnitureLang, rng: Rng): { headline: string; body: string } {
  const data = DATA[lang];
  const fill = slotFiller(lang, rng, '');
  const title = rng.pick(data.headlines);
  const headline = rng.pick([
    title,
    title,
    title,
    `${fill('SECTION')} | ${title}`,
    `${title} ›`,
    `${fill('section')} · ${title}`,
    `${title} (${fill('n')})`,
  ]);
  const snippet = rng.pick(data.snippets);
  let cut: string;
  if (CJK_LANGS.includes(lang)) cut = snippet.slice(0, Math.max(8, Math.floor(snippet.length * (0.45 + rng.next() * 0.35))));
  else {
    const words = snippet.split(' ');
    cut = words.slice(0, Math.max(6, Math.floor(words.length * (0.4 + rng.next() * 0.4)))).join(' ').replace(/[,;:]$/u, '');
  }
  const lead = rng.pick(['', '', '', `${fill('date')} — `, `${fill('ago')} · `, `${fill('CITY')}: `]);
  return { headline, body: `${lead}${cut}${rng.pick(TEASER_ENDINGS)}` };
}

const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** The dateline that opens a story, as each language's wires and papers print it. */
export function blindDateline(lang: FurnitureLang, rng: Rng): string {
  const data = DATA[lang];
  const fill = slotFiller(lang, rng, '');
  const city = fill('city');
  const upper = city.toLocaleUpperCase(data.locales[0]);
  const date = new Date(Date.UTC(2026, rng.int(0, 11), rng.int(1, 28)));
  const dayMonth = format(data.locales[0] as string, date, { day: 'numeric', month: 'long' });
  const short = format(data.locales[0] as string, date, { day: 'numeric', month: 'short' });
  const day = date.getUTCDate();
  const month = date.getUTCMonth() + 1;
  const wires = data.agencies.filter((name) => !/Getty|EPA|NZME|Profimedia|MaxPPP|Hans Lucas/u.test(name));
  const agency = rng.pick(wires.length > 0 ? wires : data.agencies);
  const forms: Record<FurnitureLang, readonly string[]> = {
    en: [
      `${upper} (${agency}) — `,
      `${upper}, ${AP_MONTHS[month - 1]} ${day} (Reuters) - `,
      `${city}, ${rng.pick(['Kenya', 'Australia', 'Ireland', 'Canada', 'New Zealand', 'India', 'Nigeria', 'South Africa'])} — `,
      `${upper}: `,
      `${upper} -- `,
      `${upper}, ${AP_MONTHS[month - 1]} ${day} — `,
      `${city} (${agency}) – `,
      `${upper} (IANS) `,
      `${city}, ${dayMonth}: `,
    ],
    'sr-Latn': [`${upper} – `, `${city} (${agency}) – `, `${city}, ${dayMonth} (${agency}) – `, `${upper} – ${agency}: `],
    'sr-Cyrl': [`${upper} – `, `${city} (${agency}) – `, `${city}, ${dayMonth} (${agency}) – `],
    sq: [`${upper} – `, `${city}, ${dayMonth} (${agency}) – `, `${city}, ${dayMonth} – `],
    ru: [`${upper}, ${dayMonth}. /${agency}/. `, `${upper}, ${short} – ${agency}. `, `${city}. `],
    de: [`${city} (${agency}) - `, `${upper}. `, `${city} – `, `${city}/Berlin (${agency}) – `],
    fr: [`${city} (${agency}) - `, `${upper} – `, `${city}, ${dayMonth} (${agency}) – `],
    es: [`${upper}, ${short} (${agency}).- `, `${city} (${agency}) - `, `${upper}.- `],
    ar: [`${city} - ${agency}: `, `${city} (${agency}) - `, `${city} – `, `${city} - ${dayMonth} (${agency}) - `],
    pt: [`${city} (${agency}) - `, `${upper} — `, `${city}, ${dayMonth} (${agency}) – `],
    cs: [`${city} - `, `${city} (${agency}) - `],
    ja: [`【${city}共同】`, `【${city}＝${fill('name')}】`, `（${city}）`],
    zh: [`新华社${city}${month}月${day}日电 `, `中新网${city}${month}月${day}日电 `, `本报${city}讯 `],
  };
  return rng.pick(forms[lang]);
}

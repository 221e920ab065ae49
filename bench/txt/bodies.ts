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
];

/**
 * Amounts of money in any notation and script, from the runtime's locale data rather than a hand-written list of
 * symbols: every currency symbol the runtime prints in the newsroom's languages and the English-speaking markets a
 * shop line comes from ("€", "A$", "R", "zł", "Kč", "дин.", "Lekë", "د.إ."), the Unicode currency signs, the ISO
 * codes a shop writes out ("USD 49"), and the currency nouns of the newsroom's languages ("49 euros", "3.990 dinara",
 * "1 490 рублей", "45 دولارا"). Digits of any script count ("٤٥ دولارا").
 */

/** Where a shop line's prices come from: the newsroom's languages and the English-speaking markets. */
const LOCALES = ['en', 'en-AU', 'en-ZA', 'sr-Latn', 'sr-Cyrl', 'sq', 'ru', 'de', 'fr', 'es', 'ar', 'ja', 'zh'];

/** ISO codes a shop writes next to an amount: only the common ones ("TOP 10" and "ALL 3" are headings, not prices). */
const CODES = ['USD', 'EUR', 'GBP', 'CHF', 'AUD', 'CAD', 'NZD', 'INR', 'ZAR', 'RSD', 'BAM', 'MKD', 'RUB', 'UAH', 'PLN', 'CZK', 'HUF', 'SEK', 'NOK', 'DKK', 'JPY', 'CNY', 'AED', 'SAR', 'EGP'];

/** Currency nouns of the newsroom's languages, stems taking their plural and case forms. */
const NOUNS = [
  'dollars?', 'euros?', 'pence', 'rupees?', 'rand', 'francs?', 'yen', 'yuan', 'dinars?', 'lek[eë]?', 'rubles?', 'roubles?',
  'dinar\\p{L}{0,2}', 'evr\\p{L}{0,2}', 'dolar\\p{L}{0,2}', 'rubal?\\p{L}{0,2}', 'динар\\p{L}{0,2}', 'евр\\p{L}{0,2}', 'долар\\p{L}{0,2}', 'доллар\\p{L}{0,2}',
  'рубл\\p{L}{0,2}', 'руб\\.?', 'дин\\.?', 'din\\.?', 'гривн\\p{L}{0,2}', 'франк\\p{L}{0,2}', 'euro', 'franken',
  'dólar(?:es)?', 'pesos?', 'céntimos?', 'centimes?', 'دولار\\p{L}{0,2}', 'يورو', 'دينار\\p{L}{0,2}', 'جنيه\\p{L}{0,2}', 'ريال\\p{L}{0,2}', 'درهم\\p{L}{0,2}',
  'ليرة', 'روبل\\p{L}{0,2}', '円', '元', '万円',
];

let cache: RegExp | undefined;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/gu, '\\$&');

/** Every symbol the runtime prints for a currency in the locales above, split into signs ("€", "$U") and those opening with a letter ("R", "A$", "zł", "د.إ."). */
function runtimeSymbols(): { signs: string[]; letters: string[] } {
  const found = new Set<string>();
  const codes = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : CODES.map((code) => code.toUpperCase());
  for (const locale of Intl.NumberFormat.supportedLocalesOf(LOCALES)) {
    for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
      // The narrow symbols are the same in every locale; the English ones are enough.
      if (currencyDisplay === 'narrowSymbol' && locale !== 'en') continue;
      for (const currency of codes) {
        const format = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay });
        for (const part of format.formatToParts(2.5)) if (part.type === 'currency') found.add(part.value.replace(/[\u200e\u200f\u061c]/gu, '').trim());
      }
    }
  }
  const symbols = [...found].filter((symbol) => symbol.length > 0 && !/^\p{Lu}{3}$/u.test(symbol));
  // A symbol opening with a letter ("A$", "Kč", "р.", "د.إ.") needs a word's edges: "стр. 5" is a page, not a price.
  return { signs: symbols.filter((symbol) => !/^\p{L}/u.test(symbol)), letters: symbols.filter((symbol) => /^\p{L}/u.test(symbol)) };
}

/**
 * An amount of money: a sign or a code before or after the figure ("$5", "5 €", "A$4.99", "USD 49", "49 zł"), a
 * letter symbol of one letter only before a figure with cents or thousands ("R4.99", "K1,200": "Q3" and "F1" are
 * not prices), or a figure and a currency noun ("3.990 dinara"). Linear: no quantifier is nested in another.
 */
export function priceAmount(): RegExp {
  if (cache) return cache;
  const { signs, letters } = runtimeSymbols();
  const byLength = (a: string, b: string) => b.length - a.length;
  const sign = `(?:\\p{Sc}|${signs.sort(byLength).map(escape).join('|')})`;
  const word = `(?:${[...letters.filter((letter) => [...letter].length >= 2).sort(byLength).map(escape), ...CODES, 'Rs\\.?'].join('|')})`;
  const single = `(?:${letters.filter((letter) => [...letter].length === 1).map(escape).join('|')})`;
  // A figure starts where no figure is running already ("1,1,1,…" is tried once, not at each of its digits).
  const figure = String.raw`(?<!\p{Nd}[.,\s'’]?)\p{Nd}+(?:[.,\s'’]\p{Nd}+)*`;
  // After one letter, cents or thousands: "R4.99", "K1,200"; "Q3 2026" is a quarter.
  const grouped = String.raw`\p{Nd}{1,3}(?:[.,]\p{Nd}{3})+(?:[.,]\p{Nd}{2})?(?!\p{Nd})|\p{Nd}+[.,]\p{Nd}{2}(?!\p{Nd})`;
  const noun = `(?:${NOUNS.map(capitalisable).join('|')})`;
  // Any other ISO code counts before or after an amount with cents or thousands ("SGD 246.99", "425,985 NGN"): "ALL 3" stays a heading.
  const iso = `(?:${isoCodes().join('|')})`;
  cache = new RegExp(
    [
      String.raw`${sign}\s?${figure}`,
      String.raw`${figure}\s?${sign}`,
      String.raw`(?<![\p{L}\p{N}])${word}\s?${figure}`,
      // After the figure a letter symbol stands apart: "49 zł", not the "5Rs" of a slogan.
      String.raw`${figure}\s${word}(?![\p{L}])`,
      String.raw`(?<![\p{L}\p{N}])${single}(?:${grouped})`,
      String.raw`(?<![\p{L}\p{N}])${iso}\s?(?:${grouped})`,
      String.raw`(?<!\p{Nd}[.,\s'’]?)(?:${grouped})\s${iso}(?![\p{L}])`,
      String.raw`${figure}\s?${noun}(?![\p{L}])`,
    ].join('|'),
    'u',
  );
  return cache;
}

/** Every ISO 4217 code the runtime knows, beyond the common ones: the rest of the world's shops. */
function isoCodes(): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];
  return known.filter((code) => /^[A-Z]{3}$/u.test(code) && !CODES.includes(code));
}

/** Symbols keep their case ("KM" is a mark, "km" a distance); a noun may open a line in capitals ("Euro 49"). */
function capitalisable(noun: string): string {
  const first = noun[0] as string;
  return first.toUpperCase() === first ? noun : `[${first}${first.toUpperCase()}]${noun.slice(1)}`;
}

/**
 * Near-duplicate detection: the same story republished with small edits.
 * Two articles are duplicates when they share a canonical URL or when the
 * Jaccard similarity of their word 5-shingles reaches the threshold.
 */
import { comparable, wordShingles } from './text-measures.js';

export interface DuplicateCandidate {
  key: string;
  url: string | null;
  text: string;
}

export const DEFAULT_SIMILARITY = 0.6;
const SHINGLE = 5;

/** For every article that duplicates an earlier one (in the given order), the key it duplicates. */
export function findDuplicates(candidates: readonly DuplicateCandidate[], threshold = DEFAULT_SIMILARITY): Map<string, string> {
  const duplicates = new Map<string, string>();
  const kept: Array<{ key: string; url: string | null; shingles: Set<string> }> = [];
  for (const candidate of candidates) {
    const shingles = shinglesOf(candidate.text);
    const url = candidate.url ? canonicalUrl(candidate.url) : null;
    const original = kept.find(
      (other) => (url !== null && other.url === url) || jaccardAtLeast(shingles, other.shingles, threshold),
    );
    if (original) duplicates.set(candidate.key, original.key);
    else kept.push({ key: candidate.key, url, shingles });
  }
  return duplicates;
}

/** Word 5-shingles; a text shorter than one shingle is a shingle of its own. */
function shinglesOf(text: string): Set<string> {
  const shingles = wordShingles(text, SHINGLE);
  if (shingles.size > 0) return shingles;
  const short = comparable(text.normalize('NFKC'));
  return short === '' ? shingles : new Set([short]);
}

function jaccardAtLeast(a: Set<string>, b: Set<string>, threshold: number): boolean {
  if (a.size === 0 || b.size === 0) return false;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  // Jaccard cannot reach the threshold when the sizes are too far apart; skip the intersection then.
  if (small.size / large.size < threshold) return false;
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared += 1;
  return shared / (a.size + b.size - shared) >= threshold;
}

function canonicalUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    for (const param of [...parsed.searchParams.keys()]) if (/^(utm_|fbclid|gclid|ref$)/i.test(param)) parsed.searchParams.delete(param);
    return `${parsed.host.replace(/^www\./, '')}${parsed.pathname.replace(/\/$/, '')}${parsed.search}`.toLowerCase();
  } catch {
    return url;
  }
}

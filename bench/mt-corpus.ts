/**
 * A synthetic translation memory for the benchmark: English letter sentences from a small
 * grammar (people, actions, things, times, places), deterministic for a seed, with enough
 * vocabulary that the trigram statistics look like real letters and enough shared structure
 * that near-duplicates (the fuzzy matches a memory exists for) occur. The "Russian" side is a
 * placeholder: lookups never read it.
 */
import type { ApprovedPair } from '../server/mt/memory/remember';

const PEOPLE = [
  'I',
  'We',
  'My sister',
  'My brother',
  'My mother',
  'My father',
  'Our neighbour',
  'My friend Paul',
  'The children',
  'My colleague',
  'My grandmother',
  'Our teacher',
  'My husband',
  'My daughter',
  'My son',
  'Our whole class',
  'The old man next door',
  'My aunt',
  'Our choir',
  'My best friend',
  'My cousin Lena',
  'The baker',
  'Our postman',
  'My uncle',
  'The students',
  'My wife',
  'Our vet',
  'The librarian',
  'My godson',
  'A stranger on the tram',
];
const VERBS = [
  'visited',
  'walked to',
  'read about',
  'cooked',
  'painted',
  'planted',
  'found',
  'watched',
  'bought',
  'repaired',
  'wrote about',
  'talked about',
  'dreamed of',
  'photographed',
  'cleaned',
  'remembered',
  'drew',
  'sang about',
  'looked for',
  'showed me',
  'took a picture of',
  'built',
  'carried',
  'sold',
  'discovered',
  'waited near',
  'listened to',
  'thought about',
  'laughed about',
  'brought home',
  'borrowed',
  'lost',
  'decorated',
  'measured',
  'described',
  'knitted',
  'ordered',
  'opened',
  'closed',
  'admired',
  'visited again',
  'explored',
  'sketched',
  'fixed',
  'tidied',
  'packed',
  'delivered',
];
const ADJECTIVES = [
  'old',
  'new',
  'small',
  'huge',
  'red',
  'blue',
  'green',
  'wooden',
  'broken',
  'beautiful',
  'quiet',
  'noisy',
  'famous',
  'strange',
  'tiny',
  'golden',
  'yellow',
  'dusty',
  'shiny',
  'ancient',
  'modern',
  'cosy',
  'cold',
  'warm',
  'empty',
  'crowded',
  'bright',
  'dark',
  'wet',
  'snowy',
  'forgotten',
  'hidden',
  'lovely',
  'heavy',
  'light',
  'round',
  'square',
  'narrow',
  'wide',
  'sweet',
];
const NOUNS = [
  'bridge',
  'library',
  'river',
  'garden',
  'apple pie',
  'museum',
  'bicycle',
  'mountain hut',
  'concert hall',
  'market',
  'boat',
  'lake',
  'birthday cake',
  'cathedral',
  'cat',
  'greenhouse',
  'sunflower',
  'train station',
  'piano',
  'harbour',
  'kite',
  'bakery',
  'chess board',
  'forest path',
  'city park',
  'field of poppies',
  'castle',
  'bookshop',
  'football stadium',
  'chapel',
  'lighthouse',
  'vegetable soup',
  'zoo',
  'snowman',
  'swimming pool',
  'scarf',
  'village square',
  'orchard',
  'university',
  'puppy',
  'beach',
  'violin',
  'bus stop',
  'map',
  'hospital',
  'jar of honey',
  'theatre',
  'poem',
  'school yard',
  'tram',
  'windmill',
  'teapot',
  'umbrella',
  'bookcase',
  'fountain',
  'pier',
  'guitar',
  'sofa',
  'clock tower',
  'ferry',
  'vineyard',
  'lantern',
  'photo album',
  'wardrobe',
  'sailing ship',
  'beehive',
  'carousel',
  'telescope',
  'sewing machine',
  'staircase',
  'canal',
  'playground',
  'radio',
  'painting',
  'glacier',
  'waterfall',
  'sandcastle',
  'bonfire',
  'pumpkin',
  'cherry tree',
  'bird feeder',
  'bench',
  'tent',
  'cottage',
  'cellar',
  'attic',
  'balcony',
  'mailbox',
];
const TIMES = [
  'last Sunday',
  'in the morning',
  'after work',
  'yesterday',
  'on Saturday',
  'every weekend',
  'in the evening',
  'for the first time',
  'last summer',
  'this winter',
  'in spring',
  'at night',
  'before breakfast',
  'during the holidays',
  'on my birthday',
  'last week',
  'two days ago',
  'at Christmas',
  'in October',
  'in the afternoon',
  'on Monday',
  'at dawn',
  'after the storm',
  'last month',
  'in January',
  'at Easter',
  'on a rainy day',
  'three weeks ago',
  'at lunchtime',
  'after school',
];
const PLACES = [
  'in Hamburg',
  'in Lyon',
  'near the station',
  'with my children',
  'in the rain',
  'with friends',
  'in our town',
  'near the sea',
  'in the snow',
  'with my class',
  'in Warsaw',
  'near Kraków',
  'in the old town',
  'with our dog',
  'in Milan',
  'in Valencia',
  'in the mountains',
  'on the island',
  'in Lviv',
  'with my neighbours',
  'in the countryside',
  'in Vienna',
  'near the border',
  'in a small village',
  'with my students',
  'in Porto',
  'in Gdańsk',
  'near Lake Geneva',
  'in Bergen',
  'in Tartu',
  'in Ghent',
  'in Bologna',
  'in Seville',
  'in Brno',
  'in Toulouse',
];
const ARTICLES = ['the', 'a', 'our', 'my', 'their', 'that'];
const object = (n: () => number) =>
  `${pick(ARTICLES, n)} ${n() < 0.6 ? `${pick(ADJECTIVES, n)} ` : ''}${pick(NOUNS, n)}`;
const TEMPLATES: ((next: () => number) => string)[] = [
  (n) => `${pick(PEOPLE, n)} ${pick(VERBS, n)} ${object(n)} ${pick(TIMES, n)}`,
  (n) => `${pick(PEOPLE, n)} ${pick(VERBS, n)} ${object(n)} ${pick(PLACES, n)}`,
  (n) => `${pick(PEOPLE, n)} ${pick(VERBS, n)} ${object(n)}`,
  (n) => `${cap(pick(TIMES, n))} ${lower(pick(PEOPLE, n))} ${pick(VERBS, n)} ${object(n)}`,
  (n) => `${cap(pick(TIMES, n))} ${lower(pick(PEOPLE, n))} ${pick(VERBS, n)} ${object(n)} ${pick(PLACES, n)}`,
  (n) => `${cap(object(n))} ${pick(PLACES, n)} is ${pick(ADJECTIVES, n)}`,
  (n) => `Have you seen ${object(n)}?`,
];
const ENDINGS = ['.', '.', '.', '!', '.'];

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lower(text: string): string {
  return text === 'I' ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** Deterministic pseudo-random numbers (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(list: readonly T[], next: () => number): T {
  return list[Math.floor(next() * list.length)]!;
}

/** One generated sentence. */
export function sentence(next: () => number): string {
  const text = pick(TEMPLATES, next)(next);
  return /[?]$/.test(text) ? text : text + pick(ENDINGS, next);
}

/** `count` distinct approved en→ru pairs. */
export function syntheticMemory(count: number, seed = 42): ApprovedPair[] {
  const next = random(seed);
  const seen = new Set<string>();
  const pairs: ApprovedPair[] = [];
  while (pairs.length < count) {
    const source = sentence(next);
    if (seen.has(source)) continue;
    seen.add(source);
    pairs.push({ from: 'en', to: 'ru', source, target: `перевод ${pairs.length}` });
  }
  return pairs;
}

/**
 * A letter of `size` segments against a memory made by {@link syntheticMemory}: a third stored
 * verbatim (exact matches), a third with one part changed (fuzzy matches), a third new.
 */
export function syntheticLetter(stored: readonly ApprovedPair[], size: number, seed: number): string[] {
  const next = random(seed);
  const segments: string[] = [];
  for (let i = 0; i < size; i++) {
    const kind = i % 3;
    const base = stored[Math.floor(next() * stored.length)]!.source;
    if (kind === 0) segments.push(base);
    // One word changed: the kind of near-duplicate a memory is for.
    else if (kind === 1)
      segments.push(
        base.replace(
          /\b(\p{L}{4,})([.!?])$/u,
          (_w, _word: string, end: string) => `${pick(NOUNS, next)}${end}`,
        ),
      );
    else segments.push(sentence(next));
  }
  return segments;
}

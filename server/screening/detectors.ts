/**
 * Shape detectors: what is found by its form rather than by its words — links, emails, phone,
 * card, IBAN and account numbers, digit runs and number codes, letter-number jumbles, Morse,
 * unknown scripts, criminal-code article references, postal addresses, passport numbers, and
 * (in Russian text) Latin words. They run on the ORIGINAL text, so offsets need no mapping.
 * Each detector is gated by a cheap hint, digits are visited once by a plain loop, and checksums
 * and digit counts decide what a number is.
 */
import type { DetectorName } from './types';
import { ADDRESS_SHAPES } from './addresses';
import { isWordCode } from './normalize';

/** A detector match in the original text. */
export interface DetectorHit {
  detector: DetectorName;
  start: number;
  end: number;
}

const TLD = '(?:com|org|net|ru|su|рф|info|uk|eu|ua|by|pl|fr|de|io|onion|tv)';
const MARKS = '[.\\-\\u2013\\u2014\\u00B7\\u2022]';

// Each detector has a cheap hint (a plain search) and runs its real regex only when the hint hits:
// most letters contain no '@', no link and no foreign script, and regexes full of lookbehinds and
// Unicode classes are what would cost, not the scanning.
const EMAIL_LOCAL = /[\p{L}\p{N}._%+-]/u;
const EMAIL_DOMAIN = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;
const HANDLE = /[A-Za-z0-9_.]{3,30}(?![\p{L}\p{N}])/uy;
const SCHEME_URL = /(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/|[Ww]{3}\.)[^\s<>"«»()]+/g;
const BARE_TLD = new RegExp(`\\.${TLD}(?![a-zа-я0-9])`, 'gi');
const PATH = /\/[^\s<>"«»()]*/y;
const MORSE_HINT = /[.\-–—·•] *[ /|] *[.\-–—·•]/;
const MORSE = new RegExp(`(?<![\\p{L}\\p{N}.\\-])${MARKS}{1,7}(?:[ /|]{1,3}${MARKS}{1,7}){3,}`, 'gu');
/** Anything beyond Latin, Cyrillic, Greek, combining marks, punctuation and symbols (emoji pass the hint, not the check). */
const SCRIPT_HINT =
  /[\u0530-\u1CFF\u2C00-\u2DFF\u2E80-\uA63F\uA6A0-\uABFF\uAC00-\uD7FF\uF900-\uFAFF\uFB1D-\uFDFF\uFE70-\uFEFF\uD800-\uDBFF]/;
const FOREIGN = '[^\\p{sc=Latin}\\p{sc=Cyrillic}\\p{sc=Greek}\\p{sc=Common}\\p{sc=Inherited}\\s]';
const SCRIPT = new RegExp(`${FOREIGN}+(?:\\s+${FOREIGN}+)*`, 'gu');
// Digits joined by up to two spacing characters ("8 (916) 123-45-67") or a bare comma ("1,000,000"):
// a comma with a space ends the number, so a list of numbers stays a list.
const NUMBER = /\+?\d(?:(?:[ \u00A0\-()/]{0,2}|,)\d)+/y;
const IBAN = /[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![\p{L}\p{N}])/uy;
const ARTICLE_BEFORE =
  /(?:^|[^\p{L}\p{N}])((?:ст(?:\.|атья|атьи|атье|атью|атьей)|стат(?:тя|ті|тю)|art(?:icle|ikel|ículo|icolo|ykuł\p{L}*)?\.?|l'article)\s*)$/iu;
const PASSPORT_BEFORE = /(?:паспорт\p{L}*|pass(?:port|eport)|reisepass)[^\d\n]{0,20}$/iu;
const LATIN_WORD = /[A-Za-z\u00C0-\u024F]+(?:['’-][A-Za-z\u00C0-\u024F]+)*/g;

/** Runs the shape detectors over `text`. Latin words are reported only when `latinWords` is set. */
export function runDetectors(text: string, latinWords: boolean): DetectorHit[] {
  const hits: DetectorHit[] = [];
  const add = (detector: DetectorName, start: number, end: number): void => {
    if (!hits.some((h) => h.start < end && start < h.end)) hits.push({ detector, start, end });
  };
  if (text.includes('@')) emails(text, add);
  urls(text, add);
  scanDigits(text, add);
  if (MORSE_HINT.test(text)) {
    for (const m of text.matchAll(MORSE))
      if (/[.·•]/.test(m[0]) && /[-–—]/.test(m[0])) add('morse', m.index, m.index + m[0].length);
  }
  if (SCRIPT_HINT.test(text))
    for (const m of text.matchAll(SCRIPT)) add('script', m.index, m.index + m[0].length);
  // Addresses, names and Latin words may overlap the shapes above: they belong to other categories.
  for (const { hint, regex } of ADDRESS_SHAPES) {
    if (hint.test(text))
      for (const m of text.matchAll(regex))
        hits.push({ detector: 'address', start: m.index, end: m.index + m[0].length });
  }
  for (const phone of hits.filter((h) => h.detector === 'phone')) {
    const name = nameBefore(text, phone.start);
    if (name !== null) hits.push({ detector: 'name_with_phone', start: name, end: phone.end });
  }
  if (latinWords) hits.push(...latinWordHits(text, hits));
  return hits;
}

/** Emails and @handles, found from each "@": the local part backwards, the domain (or name) forwards. */
function emails(text: string, add: (d: DetectorName, start: number, end: number) => void): void {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && EMAIL_LOCAL.test(text[s - 1]!)) s--;
    EMAIL_DOMAIN.lastIndex = at + 1;
    const domain = EMAIL_DOMAIN.exec(text);
    if (s < at && domain) {
      add('email', s, at + 1 + domain[0].length);
    } else if (s === at) {
      HANDLE.lastIndex = at + 1;
      const name = HANDLE.exec(text);
      if (name) add('handle', at, at + 1 + name[0].length);
    }
  }
}

/** Links: with a scheme or "www.", or a bare domain found from its top-level domain backwards. */
function urls(text: string, add: (d: DetectorName, start: number, end: number) => void): void {
  const trim = (raw: string): number => raw.length - (/[.,;:!?)»]+$/.exec(raw)?.[0].length ?? 0);
  for (const m of text.matchAll(SCHEME_URL)) add('url', m.index, m.index + trim(m[0]));
  for (const m of text.matchAll(BARE_TLD)) {
    let s = m.index;
    while (s > 0 && (isWordCode(text.charCodeAt(s - 1)) || text[s - 1] === '-' || text[s - 1] === '.')) s--;
    if (s === m.index || text[s - 1] === '@' || text[s] === '.') continue;
    let end = m.index + m[0].length;
    PATH.lastIndex = end;
    const path = PATH.exec(text);
    if (path) end += trim(path[0]);
    add('url', s, end);
  }
}

/** Visits every run of digits once: numbers, IBANs, letter-digit jumbles, article and passport numbers. */
function scanDigits(text: string, add: (d: DetectorName, start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) {
      i++;
      continue;
    }
    let s = i;
    while (s > 0 && isWordCode(text.charCodeAt(s - 1))) s--;
    let e = i;
    while (e < n && isWordCode(text.charCodeAt(e))) e++;
    if (s < i) {
      // Letters before the digit: an IBAN ("GB82 WEST…") or a jumble ("X7K9Q2T"), else nothing.
      IBAN.lastIndex = s;
      const iban = IBAN.exec(text);
      if (iban && ibanValid(iban[0])) {
        add('iban', s, s + iban[0].length);
        i = s + iban[0].length;
      } else {
        if (isJumble(text.slice(s, e))) add('jumble', s, e);
        i = e;
      }
      continue;
    }
    if (e > i && /\p{L}/u.test(text.slice(i, e))) {
      if (isJumble(text.slice(i, e))) add('jumble', i, e);
      i = e;
      continue;
    }
    i = number(text, i, add);
  }
}

/** A number starting at `i`: phone, card, account, code; or the number of an article or a passport. */
function number(text: string, i: number, add: (d: DetectorName, start: number, end: number) => void): number {
  const start = i > 0 && text[i - 1] === '+' ? i - 1 : i;
  NUMBER.lastIndex = start;
  const m = NUMBER.exec(text);
  if (!m) return i + 1;
  const end = start + m[0].length;
  const before = text.slice(Math.max(0, start - 40), start);
  const article = /^\d{3}(?:\.\d{1,2})?(?!\d)/.exec(text.slice(start, start + 7));
  const keyword = article ? ARTICLE_BEFORE.exec(before) : null;
  if (article && keyword) {
    add('article', start - keyword[1]!.length, start + article[0].length);
    return start + article[0].length;
  }
  if (PASSPORT_BEFORE.test(before) && m[0].replace(/\D/g, '').length >= 6) {
    add('passport', start, end);
    return end;
  }
  const kind = classifyNumber(m[0]);
  if (kind) add(kind, start, end);
  return end;
}

/** What a run of digits with separators is: a phone, a card, an account, a code, or nothing. */
export function classifyNumber(raw: string): DetectorName | null {
  const digits = raw.replace(/\D/g, '');
  const groups = raw.split(/\D+/).filter(Boolean);
  if (raw.startsWith('+')) return digits.length >= 8 && digits.length <= 15 ? 'phone' : null;
  if (digits.length === 20) return 'account';
  if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) return 'card';
  // Local phone numbers start with a trunk prefix: 8 in Russia, 0 in most of Europe.
  if (digits.length >= 10 && digits.length <= 12 && /^[08]/.test(digits)) return 'phone';
  if (groups.length >= 5 && groups.every((g) => g.length <= 2)) return 'number_sequence';
  if (groups.some((g) => g.length >= 7)) return 'digits';
  return null;
}

/** The Luhn checksum every payment card number carries. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1 && (d *= 2) > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/** The ISO 13616 mod-97 check of an IBAN. */
export function ibanValid(raw: string): boolean {
  const iban = raw.replace(/ /g, '');
  if (iban.length < 15 || iban.length > 34) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const value = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of value) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}

/** A token that keeps switching between letters and digits ("x7k9q2"), unlike "covid19" or "10am". */
function isJumble(token: string): boolean {
  if (token.length < 5) return false;
  let switches = 0;
  let digits = 0;
  for (let i = 0; i < token.length; i++) {
    const isDigit = /\p{N}/u.test(token[i]!);
    if (isDigit) digits++;
    if (i > 0 && isDigit !== /\p{N}/u.test(token[i - 1]!)) switches++;
  }
  return switches >= 3 && digits >= 2 && token.length - digits >= 2;
}

/** Start of a "Firstname Surname" just before a phone number (not the first words of a sentence). */
function nameBefore(text: string, phoneStart: number): number | null {
  const window = text.slice(Math.max(0, phoneStart - 60), phoneStart);
  const m = /(^|[^.!?\n\s]\s+)(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)(?=[^\n]*$)/u.exec(window);
  if (!m || m[1] === '') return null;
  return phoneStart - window.length + m.index + m[1]!.length;
}

const ROMAN = /^[IVXLCDM]+$/;

/** Latin words in a Russian text, neighbours joined ("Taylor Swift"), links and emails left out. */
function latinWordHits(text: string, found: DetectorHit[]): DetectorHit[] {
  const out: DetectorHit[] = [];
  for (const m of text.matchAll(LATIN_WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
    const after = end < text.length ? text.charCodeAt(end) : 0x20;
    // Part of a longer word (mixed scripts, digits) or of an address: not a word of its own.
    if (isWordCode(before) || isWordCode(after) || before === 0x40 || after === 0x40 || before === 0x2f)
      continue;
    if (m[0].length < 2 || ROMAN.test(m[0])) continue;
    if (found.some((h) => h.start < end && start < h.end)) continue;
    const last = out[out.length - 1];
    if (last && /^\s+$/.test(text.slice(last.end, start))) last.end = end;
    else out.push({ detector: 'latin_word', start, end });
  }
  return out;
}

/** What the writer is told about links, contact details and bank numbers. */
import type { Messages } from '../../types';

/** Messages of the `contact` category. */
export const CONTACT_MESSAGES = {
  contact: {
    en: 'Links, emails and phone numbers are no use to a prisoner (no internet) and can expose you or others. Please remove them.',
    ru: 'Ссылки, почта и телефоны заключённому не пригодятся (интернета нет), а вас или других могут раскрыть. Пожалуйста, уберите их.',
    uk: 'Посилання, пошта й телефони в’язню не знадобляться (інтернету немає), а вас чи інших можуть розкрити. Будь ласка, приберіть їх.',
    de: 'Links, E-Mail-Adressen und Telefonnummern nützen einem Gefangenen nichts (kein Internet) und können dich oder andere preisgeben. Bitte entfernen.',
    fr: "Les liens, e-mails et numéros de téléphone ne servent à rien à un prisonnier (pas d'internet) et peuvent vous exposer, vous ou d'autres. Merci de les retirer.",
    es: 'Los enlaces, correos y teléfonos no le sirven a un preso (no hay internet) y pueden exponerte a ti o a otros. Por favor, quítalos.',
    it: 'Link, e-mail e numeri di telefono non servono a un detenuto (niente internet) e possono esporre te o altri. Per favore toglili.',
    pl: 'Linki, e-maile i numery telefonów nie przydadzą się więźniowi (nie ma internetu), a mogą ujawnić ciebie lub innych. Prosimy je usunąć.',
  },
  bank: {
    en: 'Card, bank account and IBAN numbers never go in a letter: money is a prison-security matter, and the number puts you at risk.',
    ru: 'Номера карт, счетов и IBAN не пишут в письмах: деньги — вопрос безопасности колонии, а номер подвергает риску вас.',
    uk: 'Номери карток, рахунків та IBAN не пишуть у листах: гроші — питання безпеки колонії, а номер наражає на ризик вас.',
    de: 'Karten-, Konto- und IBAN-Nummern gehören nie in einen Brief: Geld ist eine Sicherheitsfrage im Gefängnis, und die Nummer gefährdet dich.',
    fr: "Les numéros de carte, de compte ou d'IBAN n'ont pas leur place dans une lettre : l'argent est une question de sécurité en prison, et le numéro vous expose.",
    es: 'Los números de tarjeta, cuenta o IBAN nunca van en una carta: el dinero es un asunto de seguridad penitenciaria y el número te pone en riesgo.',
    it: 'Numeri di carta, di conto o IBAN non vanno mai in una lettera: il denaro è una questione di sicurezza carceraria e il numero ti mette a rischio.',
    pl: 'Numery kart, kont i IBAN nigdy nie trafiają do listu: pieniądze to sprawa bezpieczeństwa więzienia, a numer naraża ciebie.',
  },
} satisfies Record<string, Messages>;

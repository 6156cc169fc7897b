/** What the writer is told when the text attacks the prisoner. */
import type { Messages } from '../../types';

/** Messages of the `abuse` category. */
export const ABUSE_MESSAGES = {
  abuse: {
    en: 'This reads as an insult, a threat or hate aimed at the prisoner. Letterbridge does not deliver such letters.',
    ru: 'Это читается как оскорбление, угроза или ненависть к заключённому. Letterbridge такие письма не доставляет.',
    uk: 'Це читається як образа, погроза чи ненависть до в’язня. Letterbridge такі листи не доставляє.',
    de: 'Das liest sich als Beleidigung, Drohung oder Hass gegen den Gefangenen. Letterbridge stellt solche Briefe nicht zu.',
    fr: 'Cela se lit comme une insulte, une menace ou de la haine envers le prisonnier. Letterbridge ne distribue pas ces lettres.',
    es: 'Esto se lee como un insulto, una amenaza o odio hacia el preso. Letterbridge no entrega estas cartas.',
    it: 'Questo si legge come un insulto, una minaccia o odio verso il detenuto. Letterbridge non consegna queste lettere.',
    pl: 'To brzmi jak obelga, groźba lub nienawiść wobec więźnia. Letterbridge nie doręcza takich listów.',
  },
} satisfies Record<string, Messages>;

/** What the writer is told about protests and calls to overthrow. */
import type { Messages } from '../../types';

/** Messages of the `protest` category. */
export const PROTEST_MESSAGES = {
  call: {
    en: 'Calls to protest or to overthrow the government are stopped by the censor and can be used against the prisoner.',
    ru: 'Призывы к протестам или к свержению власти цензор не пропустит, и их могут использовать против заключённого.',
    uk: 'Заклики до протестів чи повалення влади цензор не пропустить, і їх можуть використати проти в’язня.',
    de: 'Aufrufe zu Protesten oder zum Sturz der Regierung hält der Zensor an, und sie können gegen den Gefangenen verwendet werden.',
    fr: 'Les appels à manifester ou à renverser le pouvoir sont arrêtés par le censeur et peuvent être utilisés contre le prisonnier.',
    es: 'Los llamamientos a protestar o a derrocar al gobierno los detiene el censor y pueden usarse contra el preso.',
    it: 'Gli appelli a protestare o a rovesciare il governo vengono bloccati dal censore e possono essere usati contro il detenuto.',
    pl: 'Wezwania do protestów lub obalenia władzy cenzor zatrzymuje i mogą zostać użyte przeciwko więźniowi.',
  },
  report: {
    en: 'Protests and rallies are political topics the censor watches closely; describing them may stop the letter.',
    ru: 'Протесты и митинги — политическая тема, за которой цензор следит особо; из-за неё письмо могут не пропустить.',
    uk: 'Протести й мітинги — політична тема, за якою цензор стежить особливо; через неї лист можуть не пропустити.',
    de: 'Proteste und Kundgebungen sind politische Themen, auf die der Zensor achtet; der Brief kann daran scheitern.',
    fr: "Les manifestations sont un sujet politique que le censeur surveille ; la lettre peut être arrêtée à cause d'elles.",
    es: 'Las protestas y concentraciones son temas políticos que el censor vigila; la carta puede quedar detenida por ello.',
    it: 'Proteste e manifestazioni sono temi politici che il censore sorveglia; la lettera potrebbe essere bloccata.',
    pl: 'Protesty i wiece to tematy polityczne, które cenzor śledzi; list może zostać przez nie zatrzymany.',
  },
} satisfies Record<string, Messages>;

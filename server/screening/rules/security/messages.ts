/** What the writer is told about prison-security topics. */
import type { Messages } from '../../types';

/** Messages of the `security` category. */
export const SECURITY_MESSAGES = {
  smuggling: {
    en: 'Escape, smuggling, hidden phones or SIM cards: the censor stops such letters and the prisoner may be punished for them.',
    ru: 'Побег, пронос запрещённого, спрятанные телефоны или сим-карты: цензор остановит такое письмо, а заключённого могут наказать.',
    uk: 'Втеча, пронесення забороненого, сховані телефони чи сім-картки: цензор зупинить такий лист, а в’язня можуть покарати.',
    de: 'Flucht, Schmuggel, versteckte Handys oder SIM-Karten: Der Zensor hält solche Briefe an, und der Gefangene kann bestraft werden.',
    fr: 'Évasion, contrebande, téléphones ou cartes SIM cachés : le censeur arrête ces lettres et le prisonnier peut être puni.',
    es: 'Fuga, contrabando, teléfonos o tarjetas SIM escondidos: el censor detiene estas cartas y el preso puede ser castigado.',
    it: 'Evasione, contrabbando, telefoni o SIM nascosti: il censore blocca queste lettere e il detenuto può essere punito.',
    pl: 'Ucieczka, przemyt, ukryte telefony lub karty SIM: cenzor zatrzymuje takie listy, a więzień może zostać ukarany.',
  },
  contraband: {
    en: 'Drugs, weapons and money transfers are prison-security topics the censor watches for.',
    ru: 'Наркотики, оружие и переводы денег — темы безопасности, за которыми цензор следит.',
    uk: 'Наркотики, зброя та грошові перекази — теми безпеки, за якими цензор стежить.',
    de: 'Drogen, Waffen und Geldüberweisungen sind Sicherheitsthemen, auf die der Zensor achtet.',
    fr: "Drogues, armes et transferts d'argent sont des sujets de sécurité que le censeur surveille.",
    es: 'Drogas, armas y envíos de dinero son temas de seguridad que el censor vigila.',
    it: 'Droghe, armi e trasferimenti di denaro sono temi di sicurezza che il censore sorveglia.',
    pl: 'Narkotyki, broń i przelewy pieniędzy to tematy bezpieczeństwa, które cenzor śledzi.',
  },
} satisfies Record<string, Messages>;

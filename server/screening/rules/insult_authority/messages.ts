/** What the writer is told about insults to the authorities. */
import type { Messages } from '../../types';

/** Messages of the `insult_authority` category. */
export const INSULT_MESSAGES = {
  insult: {
    en: 'Insulting the authorities or their leaders will stop the letter and can bring trouble to the prisoner.',
    ru: 'Оскорбления власти и её руководителей остановят письмо и могут навлечь неприятности на заключённого.',
    uk: 'Образи влади та її керівників зупинять лист і можуть накликати біду на в’язня.',
    de: 'Beleidigungen der Behörden oder ihrer Führung halten den Brief auf und können dem Gefangenen Ärger bringen.',
    fr: 'Insulter les autorités ou leurs dirigeants bloque la lettre et peut causer des ennuis au prisonnier.',
    es: 'Insultar a las autoridades o a sus dirigentes detiene la carta y puede causar problemas al preso.',
    it: 'Insultare le autorità o i loro capi blocca la lettera e può causare guai al detenuto.',
    pl: 'Obrażanie władz lub ich przywódców zatrzyma list i może sprowadzić kłopoty na więźnia.',
  },
} satisfies Record<string, Messages>;

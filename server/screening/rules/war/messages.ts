/** What the writer is told about the war, the army and mobilisation. */
import type { Messages } from '../../types';

/** Messages of the `war` category. */
export const WAR_MESSAGES = {
  war: {
    en: 'The censor stops letters about the war and mobilisation, and they can be used against the prisoner. Please leave the war out.',
    ru: 'Цензор не пропускает письма о войне и мобилизации, и они могут навредить заключённому. Пожалуйста, не пишите о войне.',
    uk: 'Цензор не пропускає листи про війну й мобілізацію, і вони можуть зашкодити в’язню. Будь ласка, не пишіть про війну.',
    de: 'Der Zensor hält Briefe über den Krieg und die Mobilmachung an, und sie können dem Gefangenen schaden. Bitte lass den Krieg weg.',
    fr: 'Le censeur arrête les lettres sur la guerre et la mobilisation, et elles peuvent nuire au prisonnier. Merci de ne pas parler de la guerre.',
    es: 'El censor detiene las cartas sobre la guerra y la movilización, y pueden perjudicar al preso. Por favor, no hables de la guerra.',
    it: 'Il censore blocca le lettere sulla guerra e sulla mobilitazione, e possono danneggiare il detenuto. Per favore non parlare della guerra.',
    pl: 'Cenzor zatrzymuje listy o wojnie i mobilizacji, a mogą one zaszkodzić więźniowi. Prosimy nie pisać o wojnie.',
  },
  army: {
    en: 'Military topics (the army, soldiers, military service) are often stopped by the censor.',
    ru: 'Военные темы (армия, солдаты, служба) цензор часто не пропускает.',
    uk: 'Військові теми (армія, солдати, служба) цензор часто не пропускає.',
    de: 'Militärische Themen (Armee, Soldaten, Wehrdienst) hält der Zensor oft an.',
    fr: "Les sujets militaires (l'armée, les soldats, le service) sont souvent arrêtés par le censeur.",
    es: 'Los temas militares (el ejército, los soldados, el servicio) a menudo los detiene el censor.',
    it: "I temi militari (l'esercito, i soldati, il servizio) vengono spesso bloccati dal censore.",
    pl: 'Tematy wojskowe (armia, żołnierze, służba) cenzor często zatrzymuje.',
  },
} satisfies Record<string, Messages>;

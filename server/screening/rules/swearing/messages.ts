/** What the writer is told about swearing. */
import type { Messages } from '../../types';

/** Messages of the `swearing` category. */
export const SWEARING_MESSAGES = {
  swear: {
    en: 'Swearing is a reason for the censor to stop a letter.',
    ru: 'Мат и ругательства — повод для цензора не пропустить письмо.',
    uk: 'Лайка — привід для цензора не пропустити лист.',
    de: 'Schimpfwörter sind für den Zensor ein Grund, den Brief anzuhalten.',
    fr: 'Les jurons sont une raison pour le censeur d’arrêter la lettre.',
    es: 'Las palabrotas son un motivo para que el censor detenga la carta.',
    it: 'Le parolacce sono un motivo per il censore di bloccare la lettera.',
    pl: 'Przekleństwa to dla cenzora powód, by zatrzymać list.',
  },
} satisfies Record<string, Messages>;

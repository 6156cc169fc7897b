/** What the writer is told about sexual content. */
import type { Messages } from '../../types';

/** Messages of the `sexual` category. */
export const SEXUAL_MESSAGES = {
  sexual: {
    en: 'Sexual content is stopped by the censor, and the letter is read by staff before the prisoner.',
    ru: 'Откровенное содержание цензор не пропустит, а письмо до адресата читают сотрудники.',
    uk: 'Відвертий зміст цензор не пропустить, а лист до адресата читають працівники.',
    de: 'Sexuelle Inhalte hält der Zensor an, und das Personal liest den Brief vor dem Gefangenen.',
    fr: 'Le contenu sexuel est arrêté par le censeur, et le personnel lit la lettre avant le prisonnier.',
    es: 'El contenido sexual lo detiene el censor, y el personal lee la carta antes que el preso.',
    it: 'I contenuti sessuali vengono bloccati dal censore, e il personale legge la lettera prima del detenuto.',
    pl: 'Treści seksualne cenzor zatrzymuje, a list czyta personel przed więźniem.',
  },
} satisfies Record<string, Messages>;

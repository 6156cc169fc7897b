/** A gentle note about describing food and freedoms. */
import type { Messages } from '../../types';

/** Messages of the `food_freedom` category. */
export const FOOD_FREEDOM_MESSAGES = {
  kindness: {
    en: 'A gentle note: long descriptions of food and of freedoms (holidays, parties, the sea) can hurt someone who cannot have them. Keep them short if you can.',
    ru: 'Мягкое замечание: подробные описания еды и свободы (отпуска, праздники, море) могут ранить того, у кого этого нет. По возможности пишите о них коротко.',
    uk: 'М’яке зауваження: докладні описи їжі та свободи (відпустки, свята, море) можуть ранити того, хто цього не має. За можливості пишіть про це коротко.',
    de: 'Ein sanfter Hinweis: Ausführliche Beschreibungen von Essen und Freiheiten (Urlaub, Feste, das Meer) können jemanden schmerzen, der sie nicht haben kann. Lieber kurz halten.',
    fr: 'Une remarque douce : les longues descriptions de repas et de libertés (vacances, fêtes, la mer) peuvent blesser quelqu’un qui en est privé. Restez bref si vous pouvez.',
    es: 'Una nota amable: las descripciones largas de comida y de libertades (vacaciones, fiestas, el mar) pueden doler a quien no puede tenerlas. Mejor breves.',
    it: 'Una nota gentile: lunghe descrizioni di cibo e di libertà (vacanze, feste, il mare) possono ferire chi non può averle. Meglio essere brevi.',
    pl: 'Delikatna uwaga: długie opisy jedzenia i wolności (wakacje, imprezy, morze) mogą ranić kogoś, kto ich nie ma. Lepiej krótko.',
  },
} satisfies Record<string, Messages>;

/** The writer's emails in Spanish (server/mail/writer-texts.ts says what each text is for). */
import type { WriterTexts } from '../writer-texts';

/** Spanish. */
export const es: WriterTexts = {
  confirmSubject: 'Por favor, confirma tu carta',
  confirmLines: [
    'Gracias por escribir.',
    '',
    'Tu carta está guardada, pero aún no se ha enviado. Confírmala abriendo este enlace:',
    '{link}',
    '',
    'El enlace funciona una sola vez y caduca en {hours} horas. Referencia: {ref}.',
    'Si no escribiste ninguna carta, ignora este correo y no se enviará nada.',
  ],
  updateSubject: 'Carta {ref}: novedades',
  myLetters: 'Mis cartas',
  status: {
    screening: 'Tu carta está confirmada. Ahora nuestros voluntarios la revisarán y la traducirán.',
    changes_requested:
      'Un voluntario pide un cambio en tu carta antes de poder enviarla. Abre «Mis cartas» para ver cuál y editarla.',
    rejected: 'Lo sentimos: tu carta no puede enviarse. Abre «Mis cartas» para saber por qué.',
    dispatched: 'Tu carta ha sido enviada al centro penitenciario.',
    delivered: 'Tu carta ha sido entregada.',
    returned:
      'Tu carta fue retenida por la censura del centro o devuelta. Encontrarás los detalles en «Mis cartas».',
    lost: 'Hace mucho que no tenemos noticias de tu carta. Puede que se haya perdido; lo estamos averiguando.',
    on_hold:
      'La persona a quien escribiste ha sido trasladada o no puede recibir cartas por ahora. Guardamos tu carta y la enviaremos en cuanto podamos.',
  },
  held: {
    recipient_released:
      'Buenas noticias: la persona a quien escribiste ha sido liberada. Tu carta no se enviará al centro penitenciario y no podemos hacérsela llegar. Está en espera; puedes retirarla en «Mis cartas».',
    recipient_deceased:
      'Lamentamos mucho comunicarte que la persona a quien escribiste ha fallecido. Tu carta no se enviará. Gracias por haberle escrito. Puedes retirar la carta en «Mis cartas».',
    recipient_abroad:
      'Buenas noticias: la persona a quien escribiste ya no está detenida y ha salido del país. Tu carta no se enviará al centro penitenciario y no podemos hacérsela llegar. Está en espera; puedes retirarla en «Mis cartas».',
    recipient_house_arrest:
      'La persona a quien escribiste está ahora en arresto domiciliario. El correo penitenciario no llega a su casa y no enviamos cartas a domicilios particulares. Tu carta está en espera: si vuelven a detener a la persona, seguirá desde donde se quedó. Puedes retirarla en «Mis cartas».',
  },
  loginSubject: 'Tu enlace a «Mis cartas»',
  loginLines: [
    'Abre este enlace para ver tus cartas:',
    '{link}',
    '',
    'El enlace funciona una sola vez y caduca en {minutes} minutos.',
    'Si no lo pediste, ignora este correo.',
  ],
  deletedSubject: 'Tus datos han sido eliminados',
  deletedLines: [
    'Como pediste, hemos eliminado tu dirección de correo y el texto de tus cartas.',
    'Las cartas aún no enviadas no se enviarán. Las ya enviadas siguen con la persona a quien escribiste.',
    'Este es el último correo que recibirás de nosotros.',
  ],
};

/**
 * The words of every email a writer receives, in the eight UI languages. Kept apart from the
 * message builders so translators can review one file. Subjects say nothing about prisons or
 * politics: a subject line is what an onlooker sees first.
 */
import type { RecipientHoldCause } from '../../shared/letter-status';
import type { UiLanguage } from '../../shared/limits';

/** Status sentences a writer is told about. */
export type NotifiedStatus =
  | 'screening'
  | 'changes_requested'
  | 'rejected'
  | 'dispatched'
  | 'delivered'
  | 'returned'
  | 'lost'
  | 'on_hold';

/** The texts of one language. `{ref}`, `{link}`, `{hours}` and `{minutes}` are filled in. */
export interface WriterTexts {
  confirmSubject: string;
  confirmLines: string[];
  updateSubject: string;
  myLetters: string;
  status: Record<NotifiedStatus, string>;
  /** Said instead of `status.on_hold` when the hold is because the person left custody. */
  held: Record<RecipientHoldCause, string>;
  loginSubject: string;
  loginLines: string[];
  deletedSubject: string;
  deletedLines: string[];
}

const en: WriterTexts = {
  confirmSubject: 'Please confirm your letter',
  confirmLines: [
    'Thank you for writing.',
    '',
    'Your letter is saved but not sent yet. Please confirm it by opening this link:',
    '{link}',
    '',
    'The link works once and expires in {hours} hours. Reference: {ref}.',
    'If you did not write a letter, ignore this email and nothing will be sent.',
  ],
  updateSubject: 'Letter {ref}: an update',
  myLetters: 'My letters',
  status: {
    screening: 'Your letter is confirmed. Our volunteers will now check and translate it.',
    changes_requested:
      'A volunteer asked for a change to your letter before it can be sent. Open "My letters" to see what, and edit it.',
    rejected: 'We are sorry: your letter cannot be sent. Open "My letters" to read why.',
    dispatched: 'Your letter has been sent to the prison.',
    delivered: 'Your letter has been delivered.',
    returned: 'Your letter was stopped by the prison censor or returned. Open "My letters" for details.',
    lost: 'We have had no news of your letter for a long time. It may have been lost; we are following up.',
    on_hold:
      'The person you wrote to has been moved or cannot receive letters right now. We are holding your letter and will send it on as soon as we can.',
  },
  held: {
    recipient_released:
      'Good news: the person you wrote to has been released. Your letter will not be sent to the prison, and we cannot forward it to them. It is on hold; you can withdraw it in "My letters".',
    recipient_deceased:
      'We are very sorry to tell you that the person you wrote to has died. Your letter will not be sent. Thank you for writing to them. You can withdraw the letter in "My letters".',
    recipient_abroad:
      'Good news: the person you wrote to is no longer held and has left the country. Your letter will not be sent to the prison, and we cannot forward it to them. It is on hold; you can withdraw it in "My letters".',
    recipient_house_arrest:
      'The person you wrote to is now under house arrest. Prison mail does not reach them at home, and we do not send letters to home addresses. We are keeping your letter on hold: if they are taken back into custody, it goes on from where it stopped. You can withdraw it in "My letters".',
  },
  loginSubject: 'Your link to My letters',
  loginLines: [
    'Open this link to see your letters:',
    '{link}',
    '',
    'The link works once and expires in {minutes} minutes.',
    'If you did not ask for it, ignore this email.',
  ],
  deletedSubject: 'Your data has been deleted',
  deletedLines: [
    'As you asked, we have deleted your email address and the text of your letters.',
    'Letters that were not sent yet will not be sent. Letters already sent stay with the person you wrote to.',
    'This is the last email you will receive from us.',
  ],
};

const ru: WriterTexts = {
  confirmSubject: 'Подтвердите, пожалуйста, ваше письмо',
  confirmLines: [
    'Спасибо, что написали.',
    '',
    'Письмо сохранено, но ещё не отправлено. Подтвердите его, открыв эту ссылку:',
    '{link}',
    '',
    'Ссылка работает один раз и действует {hours} часов. Номер письма: {ref}.',
    'Если вы не писали письмо, просто проигнорируйте это сообщение — ничего отправлено не будет.',
  ],
  updateSubject: 'Письмо {ref}: новости',
  myLetters: 'Мои письма',
  status: {
    screening: 'Ваше письмо подтверждено. Теперь волонтёры проверят и переведут его.',
    changes_requested:
      'Волонтёр просит кое-что изменить в письме, прежде чем его можно будет отправить. Откройте «Мои письма», чтобы посмотреть и исправить.',
    rejected: 'К сожалению, ваше письмо нельзя отправить. Причину вы найдёте в разделе «Мои письма».',
    dispatched: 'Ваше письмо отправлено в учреждение.',
    delivered: 'Ваше письмо доставлено.',
    returned: 'Ваше письмо задержала цензура учреждения или его вернули. Подробности — в «Моих письмах».',
    lost: 'О вашем письме давно нет новостей. Возможно, оно потерялось; мы выясняем.',
    on_hold:
      'Адресата перевели или он сейчас не может получать письма. Мы придержим ваше письмо и отправим его, как только сможем.',
  },
  held: {
    recipient_released:
      'Хорошая новость: человека, которому вы написали, освободили. Ваше письмо не будет отправлено в учреждение, и переслать его адресату мы не можем. Письмо приостановлено; вы можете отозвать его в разделе «Мои письма».',
    recipient_deceased:
      'С глубоким сожалением сообщаем, что человек, которому вы написали, умер. Ваше письмо отправлено не будет. Спасибо, что написали ему. Вы можете отозвать письмо в разделе «Мои письма».',
    recipient_abroad:
      'Хорошая новость: человек, которому вы написали, больше не под стражей и уехал из страны. Ваше письмо не будет отправлено в учреждение, и переслать его адресату мы не можем. Письмо приостановлено; вы можете отозвать его в разделе «Мои письма».',
    recipient_house_arrest:
      'Человек, которому вы написали, теперь под домашним арестом. Тюремная почта домой не доходит, а на домашние адреса мы письма не отправляем. Ваше письмо приостановлено: если человека снова возьмут под стражу, оно пойдёт дальше с того места, где остановилось. Вы можете отозвать его в разделе «Мои письма».',
  },
  loginSubject: 'Ваша ссылка на «Мои письма»',
  loginLines: [
    'Откройте эту ссылку, чтобы увидеть свои письма:',
    '{link}',
    '',
    'Ссылка работает один раз и действует {minutes} минут.',
    'Если вы её не запрашивали, просто проигнорируйте это сообщение.',
  ],
  deletedSubject: 'Ваши данные удалены',
  deletedLines: [
    'Как вы и просили, мы удалили ваш адрес электронной почты и тексты ваших писем.',
    'Неотправленные письма отправлены не будут. Уже отправленные письма остаются у адресата.',
    'Это последнее письмо, которое вы от нас получите.',
  ],
};

const uk: WriterTexts = {
  confirmSubject: 'Будь ласка, підтвердьте свій лист',
  confirmLines: [
    'Дякуємо, що написали.',
    '',
    'Лист збережено, але ще не надіслано. Підтвердьте його, відкривши це посилання:',
    '{link}',
    '',
    'Посилання працює один раз і дійсне {hours} годин. Номер листа: {ref}.',
    'Якщо ви не писали листа, просто проігноруйте це повідомлення — нічого не буде надіслано.',
  ],
  updateSubject: 'Лист {ref}: новини',
  myLetters: 'Мої листи',
  status: {
    screening: 'Ваш лист підтверджено. Тепер волонтери перевірять і перекладуть його.',
    changes_requested:
      'Волонтер просить дещо змінити в листі, перш ніж його можна буде надіслати. Відкрийте «Мої листи», щоб переглянути й виправити.',
    rejected: 'На жаль, ваш лист не можна надіслати. Причину ви знайдете в розділі «Мої листи».',
    dispatched: 'Ваш лист надіслано до установи.',
    delivered: 'Ваш лист доставлено.',
    returned: 'Ваш лист затримала цензура установи або його повернули. Подробиці — у «Моїх листах».',
    lost: 'Про ваш лист давно немає новин. Можливо, він загубився; ми з’ясовуємо.',
    on_hold:
      'Адресата перевели або він зараз не може отримувати листи. Ми притримаємо ваш лист і надішлемо його, щойно зможемо.',
  },
  held: {
    recipient_released:
      'Добра новина: людину, якій ви написали, звільнили. Ваш лист не буде надіслано до установи, і переслати його адресатові ми не можемо. Лист призупинено; ви можете відкликати його в розділі «Мої листи».',
    recipient_deceased:
      'З глибоким жалем повідомляємо, що людина, якій ви написали, померла. Ваш лист не буде надіслано. Дякуємо, що написали їй. Ви можете відкликати лист у розділі «Мої листи».',
    recipient_abroad:
      'Добра новина: людина, якій ви написали, більше не під вартою і виїхала з країни. Ваш лист не буде надіслано до установи, і переслати його адресатові ми не можемо. Лист призупинено; ви можете відкликати його в розділі «Мої листи».',
    recipient_house_arrest:
      'Людина, якій ви написали, тепер під домашнім арештом. Тюремна пошта додому не доходить, а на домашні адреси ми листів не надсилаємо. Ваш лист призупинено: якщо людину знову візьмуть під варту, він піде далі з того місця, де зупинився. Ви можете відкликати його в розділі «Мої листи».',
  },
  loginSubject: 'Ваше посилання на «Мої листи»',
  loginLines: [
    'Відкрийте це посилання, щоб побачити свої листи:',
    '{link}',
    '',
    'Посилання працює один раз і дійсне {minutes} хвилин.',
    'Якщо ви його не запитували, просто проігноруйте це повідомлення.',
  ],
  deletedSubject: 'Ваші дані видалено',
  deletedLines: [
    'Як ви й просили, ми видалили вашу електронну адресу й тексти ваших листів.',
    'Ненадіслані листи не будуть надіслані. Уже надіслані листи залишаються в адресата.',
    'Це останній лист, який ви від нас отримаєте.',
  ],
};

const de: WriterTexts = {
  confirmSubject: 'Bitte bestätigen Sie Ihren Brief',
  confirmLines: [
    'Danke, dass Sie schreiben.',
    '',
    'Ihr Brief ist gespeichert, aber noch nicht abgeschickt. Bitte bestätigen Sie ihn über diesen Link:',
    '{link}',
    '',
    'Der Link funktioniert einmal und ist {hours} Stunden gültig. Referenz: {ref}.',
    'Wenn Sie keinen Brief geschrieben haben, ignorieren Sie diese E-Mail; dann wird nichts verschickt.',
  ],
  updateSubject: 'Brief {ref}: Neuigkeiten',
  myLetters: 'Meine Briefe',
  status: {
    screening: 'Ihr Brief ist bestätigt. Unsere Freiwilligen prüfen und übersetzen ihn jetzt.',
    changes_requested:
      'Eine Freiwillige oder ein Freiwilliger bittet um eine Änderung, bevor der Brief verschickt werden kann. Unter „Meine Briefe“ sehen Sie, was, und können ihn bearbeiten.',
    rejected:
      'Es tut uns leid: Ihr Brief kann nicht verschickt werden. Den Grund finden Sie unter „Meine Briefe“.',
    dispatched: 'Ihr Brief wurde an die Haftanstalt geschickt.',
    delivered: 'Ihr Brief wurde zugestellt.',
    returned:
      'Ihr Brief wurde von der Zensur der Anstalt angehalten oder zurückgeschickt. Details unter „Meine Briefe“.',
    lost: 'Wir haben lange nichts von Ihrem Brief gehört. Vielleicht ging er verloren; wir gehen dem nach.',
    on_hold:
      'Die Person, der Sie geschrieben haben, wurde verlegt oder kann gerade keine Briefe erhalten. Wir halten Ihren Brief zurück und schicken ihn weiter, sobald es geht.',
  },
  held: {
    recipient_released:
      'Eine gute Nachricht: Die Person, der Sie geschrieben haben, ist freigelassen worden. Ihr Brief wird nicht an die Haftanstalt geschickt, und wir können ihn nicht an sie weiterleiten. Er ist angehalten; Sie können ihn unter „Meine Briefe“ zurückziehen.',
    recipient_deceased:
      'Es tut uns sehr leid, Ihnen mitteilen zu müssen, dass die Person, der Sie geschrieben haben, verstorben ist. Ihr Brief wird nicht verschickt. Danke, dass Sie ihr geschrieben haben. Sie können den Brief unter „Meine Briefe“ zurückziehen.',
    recipient_abroad:
      'Eine gute Nachricht: Die Person, der Sie geschrieben haben, ist nicht mehr in Haft und hat das Land verlassen. Ihr Brief wird nicht an die Haftanstalt geschickt, und wir können ihn nicht an sie weiterleiten. Er ist angehalten; Sie können ihn unter „Meine Briefe“ zurückziehen.',
    recipient_house_arrest:
      'Die Person, der Sie geschrieben haben, steht jetzt unter Hausarrest. Gefängnispost erreicht sie zu Hause nicht, und an Privatadressen schicken wir keine Briefe. Ihr Brief ist angehalten: Kommt die Person wieder in Haft, geht er dort weiter, wo er stehen geblieben ist. Sie können ihn unter „Meine Briefe“ zurückziehen.',
  },
  loginSubject: 'Ihr Link zu „Meine Briefe“',
  loginLines: [
    'Öffnen Sie diesen Link, um Ihre Briefe zu sehen:',
    '{link}',
    '',
    'Der Link funktioniert einmal und ist {minutes} Minuten gültig.',
    'Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail.',
  ],
  deletedSubject: 'Ihre Daten wurden gelöscht',
  deletedLines: [
    'Wie gewünscht haben wir Ihre E-Mail-Adresse und die Texte Ihrer Briefe gelöscht.',
    'Noch nicht verschickte Briefe werden nicht verschickt. Bereits verschickte Briefe bleiben bei der Person, der Sie geschrieben haben.',
    'Dies ist die letzte E-Mail, die Sie von uns erhalten.',
  ],
};

const fr: WriterTexts = {
  confirmSubject: 'Merci de confirmer votre lettre',
  confirmLines: [
    'Merci d’avoir écrit.',
    '',
    'Votre lettre est enregistrée mais pas encore envoyée. Confirmez-la en ouvrant ce lien :',
    '{link}',
    '',
    'Le lien ne fonctionne qu’une fois et expire dans {hours} heures. Référence : {ref}.',
    'Si vous n’avez pas écrit de lettre, ignorez ce message : rien ne sera envoyé.',
  ],
  updateSubject: 'Lettre {ref} : des nouvelles',
  myLetters: 'Mes lettres',
  status: {
    screening: 'Votre lettre est confirmée. Nos bénévoles vont maintenant la relire et la traduire.',
    changes_requested:
      'Un ou une bénévole demande une modification avant que votre lettre puisse partir. Ouvrez « Mes lettres » pour voir laquelle et la corriger.',
    rejected:
      'Nous sommes désolés : votre lettre ne peut pas être envoyée. Ouvrez « Mes lettres » pour savoir pourquoi.',
    dispatched: 'Votre lettre a été envoyée à l’établissement.',
    delivered: 'Votre lettre a été remise.',
    returned:
      'Votre lettre a été bloquée par la censure de l’établissement ou retournée. Détails dans « Mes lettres ».',
    lost: 'Nous n’avons pas de nouvelles de votre lettre depuis longtemps. Elle s’est peut-être perdue ; nous nous en occupons.',
    on_hold:
      'La personne à qui vous avez écrit a été transférée ou ne peut pas recevoir de lettres pour l’instant. Nous gardons votre lettre et l’enverrons dès que possible.',
  },
  held: {
    recipient_released:
      'Bonne nouvelle : la personne à qui vous avez écrit a été libérée. Votre lettre ne sera pas envoyée à l’établissement, et nous ne pouvons pas la lui faire suivre. Elle est suspendue ; vous pouvez la retirer dans « Mes lettres ».',
    recipient_deceased:
      'Nous avons le regret de vous annoncer que la personne à qui vous avez écrit est décédée. Votre lettre ne sera pas envoyée. Merci de lui avoir écrit. Vous pouvez retirer la lettre dans « Mes lettres ».',
    recipient_abroad:
      'Bonne nouvelle : la personne à qui vous avez écrit n’est plus détenue et a quitté le pays. Votre lettre ne sera pas envoyée à l’établissement, et nous ne pouvons pas la lui faire suivre. Elle est suspendue ; vous pouvez la retirer dans « Mes lettres ».',
    recipient_house_arrest:
      'La personne à qui vous avez écrit est désormais assignée à résidence. Le courrier pénitentiaire ne l’atteint pas chez elle, et nous n’envoyons pas de lettres à des adresses privées. Votre lettre est suspendue : si la personne est de nouveau détenue, elle reprendra là où elle s’est arrêtée. Vous pouvez la retirer dans « Mes lettres ».',
  },
  loginSubject: 'Votre lien vers « Mes lettres »',
  loginLines: [
    'Ouvrez ce lien pour voir vos lettres :',
    '{link}',
    '',
    'Le lien ne fonctionne qu’une fois et expire dans {minutes} minutes.',
    'Si vous ne l’avez pas demandé, ignorez ce message.',
  ],
  deletedSubject: 'Vos données ont été supprimées',
  deletedLines: [
    'Comme vous l’avez demandé, nous avons supprimé votre adresse e-mail et le texte de vos lettres.',
    'Les lettres pas encore envoyées ne partiront pas. Celles déjà envoyées restent chez la personne à qui vous avez écrit.',
    'C’est le dernier message que vous recevrez de notre part.',
  ],
};

const es: WriterTexts = {
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

const it: WriterTexts = {
  confirmSubject: 'Conferma la tua lettera',
  confirmLines: [
    'Grazie per aver scritto.',
    '',
    'La tua lettera è salvata ma non ancora spedita. Confermala aprendo questo link:',
    '{link}',
    '',
    'Il link funziona una sola volta e scade tra {hours} ore. Riferimento: {ref}.',
    'Se non hai scritto nessuna lettera, ignora questa email: non verrà spedito nulla.',
  ],
  updateSubject: 'Lettera {ref}: aggiornamenti',
  myLetters: 'Le mie lettere',
  status: {
    screening: 'La tua lettera è confermata. Ora i nostri volontari la controlleranno e la tradurranno.',
    changes_requested:
      'Un volontario chiede una modifica alla tua lettera prima di poterla spedire. Apri «Le mie lettere» per vedere quale e modificarla.',
    rejected: 'Ci dispiace: la tua lettera non può essere spedita. Apri «Le mie lettere» per sapere perché.',
    dispatched: 'La tua lettera è stata spedita all’istituto.',
    delivered: 'La tua lettera è stata consegnata.',
    returned:
      'La tua lettera è stata bloccata dalla censura dell’istituto o restituita. Dettagli in «Le mie lettere».',
    lost: 'Da molto tempo non abbiamo notizie della tua lettera. Potrebbe essersi persa; stiamo verificando.',
    on_hold:
      'La persona a cui hai scritto è stata trasferita o al momento non può ricevere lettere. Teniamo da parte la tua lettera e la spediremo appena possibile.',
  },
  held: {
    recipient_released:
      'Una buona notizia: la persona a cui hai scritto è stata liberata. La tua lettera non verrà spedita all’istituto e non possiamo inoltrarla. È sospesa; puoi ritirarla in «Le mie lettere».',
    recipient_deceased:
      'Siamo molto dispiaciuti di comunicarti che la persona a cui hai scritto è morta. La tua lettera non verrà spedita. Grazie per averle scritto. Puoi ritirare la lettera in «Le mie lettere».',
    recipient_abroad:
      'Una buona notizia: la persona a cui hai scritto non è più detenuta e ha lasciato il paese. La tua lettera non verrà spedita all’istituto e non possiamo inoltrarla. È sospesa; puoi ritirarla in «Le mie lettere».',
    recipient_house_arrest:
      'La persona a cui hai scritto è ora agli arresti domiciliari. La posta del carcere non arriva a casa e non spediamo lettere a indirizzi privati. La tua lettera è sospesa: se la persona torna in detenzione, riprenderà da dove si era fermata. Puoi ritirarla in «Le mie lettere».',
  },
  loginSubject: 'Il tuo link a «Le mie lettere»',
  loginLines: [
    'Apri questo link per vedere le tue lettere:',
    '{link}',
    '',
    'Il link funziona una sola volta e scade tra {minutes} minuti.',
    'Se non l’hai richiesto, ignora questa email.',
  ],
  deletedSubject: 'I tuoi dati sono stati cancellati',
  deletedLines: [
    'Come hai chiesto, abbiamo cancellato il tuo indirizzo email e il testo delle tue lettere.',
    'Le lettere non ancora spedite non partiranno. Quelle già spedite restano alla persona a cui hai scritto.',
    'Questa è l’ultima email che riceverai da noi.',
  ],
};

const pl: WriterTexts = {
  confirmSubject: 'Prosimy o potwierdzenie listu',
  confirmLines: [
    'Dziękujemy, że piszesz.',
    '',
    'Twój list jest zapisany, ale jeszcze nie wysłany. Potwierdź go, otwierając ten link:',
    '{link}',
    '',
    'Link działa jeden raz i wygasa za {hours} godzin. Numer listu: {ref}.',
    'Jeśli nie pisałeś(-aś) listu, zignoruj tę wiadomość — nic nie zostanie wysłane.',
  ],
  updateSubject: 'List {ref}: nowe informacje',
  myLetters: 'Moje listy',
  status: {
    screening: 'Twój list jest potwierdzony. Teraz nasi wolontariusze go sprawdzą i przetłumaczą.',
    changes_requested:
      'Wolontariusz prosi o zmianę w liście, zanim będzie można go wysłać. Otwórz „Moje listy”, aby zobaczyć, o co chodzi, i go poprawić.',
    rejected: 'Przykro nam: Twojego listu nie można wysłać. Powód znajdziesz w „Moich listach”.',
    dispatched: 'Twój list został wysłany do zakładu.',
    delivered: 'Twój list został doręczony.',
    returned: 'Twój list zatrzymała cenzura zakładu albo został zwrócony. Szczegóły w „Moich listach”.',
    lost: 'Od dawna nie mamy wiadomości o Twoim liście. Mógł zaginąć; wyjaśniamy to.',
    on_hold:
      'Osoba, do której piszesz, została przeniesiona lub nie może teraz otrzymywać listów. Zatrzymujemy Twój list i wyślemy go, gdy tylko będzie to możliwe.',
  },
  held: {
    recipient_released:
      'Dobra wiadomość: osoba, do której piszesz, została zwolniona. Twój list nie zostanie wysłany do zakładu i nie możemy go jej przekazać. Jest wstrzymany; możesz go wycofać w „Moich listach”.',
    recipient_deceased:
      'Z wielkim żalem informujemy, że osoba, do której piszesz, zmarła. Twój list nie zostanie wysłany. Dziękujemy, że do niej napisałeś(-aś). Możesz wycofać list w „Moich listach”.',
    recipient_abroad:
      'Dobra wiadomość: osoba, do której piszesz, nie jest już w areszcie ani w więzieniu i wyjechała z kraju. Twój list nie zostanie wysłany do zakładu i nie możemy go jej przekazać. Jest wstrzymany; możesz go wycofać w „Moich listach”.',
    recipient_house_arrest:
      'Osoba, do której piszesz, jest teraz w areszcie domowym. Poczta więzienna nie dociera do domu, a na adresy prywatne listów nie wysyłamy. Twój list jest wstrzymany: jeśli ta osoba znów trafi do aresztu, pójdzie dalej od miejsca, w którym się zatrzymał. Możesz go wycofać w „Moich listach”.',
  },
  loginSubject: 'Twój link do „Moich listów”',
  loginLines: [
    'Otwórz ten link, aby zobaczyć swoje listy:',
    '{link}',
    '',
    'Link działa jeden raz i wygasa za {minutes} minut.',
    'Jeśli o niego nie prosiłeś(-aś), zignoruj tę wiadomość.',
  ],
  deletedSubject: 'Twoje dane zostały usunięte',
  deletedLines: [
    'Zgodnie z prośbą usunęliśmy Twój adres e-mail i treść Twoich listów.',
    'Listy jeszcze niewysłane nie zostaną wysłane. Te już wysłane pozostają u adresata.',
    'To ostatnia wiadomość, jaką od nas otrzymasz.',
  ],
};

/** Texts per UI language. */
export const WRITER_TEXTS: Record<UiLanguage, WriterTexts> = { en, ru, uk, de, fr, es, it, pl };

/** The writer's emails in Italian (server/mail/writer-texts.ts says what each text is for). */
import type { WriterTexts } from '../writer-texts';

/** Italian. */
export const it: WriterTexts = {
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

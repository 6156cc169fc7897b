/** The writer's emails in French (server/mail/writer-texts.ts says what each text is for). */
import type { WriterTexts } from '../writer-texts';

/** French. */
export const fr: WriterTexts = {
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

/** The writer's emails in German (server/mail/writer-texts.ts says what each text is for). */
import type { WriterTexts } from '../writer-texts';

/** German. */
export const de: WriterTexts = {
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

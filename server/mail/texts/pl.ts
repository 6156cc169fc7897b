/** The writer's emails in Polish (server/mail/writer-texts.ts says what each text is for). */
import type { WriterTexts } from '../writer-texts';

/** Polish. */
export const pl: WriterTexts = {
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

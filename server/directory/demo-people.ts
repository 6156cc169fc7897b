/**
 * Fictional people for demonstrations, in real facilities. None of them exists; every summary
 * says so. Names cover the shapes the address block must handle: women, Tatar and Azerbaijani
 * names, Ukrainian surnames, a fleeting vowel, a Georgian surname.
 */
import type { PrisonerStatus } from './prisoners/status';

/** The source name of demo records. */
export const DEMO_SOURCE = 'demo';

/** One fictional person. */
export interface DemoPerson {
  id: string;
  fullName: string;
  /** Used when `birthdayInDays` is not set. */
  birthDate: string;
  birthYear: number;
  /** The birthday falls this many days after the seed date (to show the birthday view). */
  birthdayInDays?: number;
  status: PrisonerStatus;
  /** A facility as lists name it (matched to the registry), or null. */
  facility: string | null;
  interests: string[];
  languages: string[];
  summaryEn: string;
  summaryRu: string;
}

const EN = 'Fictional person for demonstration.';
const RU = 'Вымышленный человек для демонстрации.';

/** The demo people. */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    id: 'demo-01',
    fullName: 'Соколова Анна Дмитриевна',
    birthDate: '1992-03-14',
    birthYear: 1992,
    status: 'pre_trial',
    facility: 'СИЗО-6 г. Москва',
    interests: ['books', 'poetry', 'cats'],
    languages: ['ru', 'en'],
    summaryEn: `${EN} A librarian who reads English novels and writes poems about her two cats.`,
    summaryRu: `${RU} Библиотекарь, читает английские романы и пишет стихи о своих двух кошках.`,
  },
  {
    id: 'demo-02',
    fullName: 'Галиев Ринат Ильдарович',
    birthDate: '1988-01-20',
    birthYear: 1988,
    birthdayInDays: 9,
    status: 'convicted',
    facility: 'ИК-2 Республика Татарстан',
    interests: ['chess', 'mathematics'],
    languages: ['ru', 'tt'],
    summaryEn: `${EN} A mathematics teacher from Kazan who solves chess problems by post.`,
    summaryRu: `${RU} Учитель математики из Казани, решает шахматные задачи по переписке.`,
  },
  {
    id: 'demo-03',
    fullName: 'Мельниченко Олег Тарасович',
    birthDate: '1979-07-02',
    birthYear: 1979,
    status: 'pre_trial',
    facility: 'СИЗО-2 Симферополь',
    interests: ['fishing', 'history'],
    languages: ['ru', 'uk'],
    summaryEn: `${EN} A fisherman from the Crimean coast who loves local history.`,
    summaryRu: `${RU} Рыбак с крымского побережья, увлекается краеведением.`,
  },
  {
    id: 'demo-04',
    fullName: 'Гарипова Гульнара Рашитовна',
    birthDate: '1995-11-08',
    birthYear: 1995,
    status: 'pre_trial',
    facility: 'СИЗО-6 г. Москва',
    interests: ['music', 'languages'],
    languages: ['ru', 'en', 'tt'],
    summaryEn: `${EN} A violinist learning Spanish; she asks for letters about music.`,
    summaryRu: `${RU} Скрипачка, учит испанский; просит писать о музыке.`,
  },
  {
    id: 'demo-05',
    fullName: 'Кравец Андрей Петрович',
    birthDate: '1984-05-30',
    birthYear: 1984,
    status: 'convicted',
    facility: 'ИК-7 Карелия',
    interests: ['football', 'woodwork'],
    languages: ['ru'],
    summaryEn: `${EN} A carpenter and football fan who follows every match he can hear about.`,
    summaryRu: `${RU} Столяр и футбольный болельщик, следит за каждым матчем, о котором слышит.`,
  },
  {
    id: 'demo-06',
    fullName: 'Бондаренко Ирина Васильевна',
    birthDate: '1986-09-17',
    birthYear: 1986,
    status: 'convicted',
    facility: 'ИК-2 Мордовия',
    interests: ['gardening', 'cooking'],
    languages: ['ru', 'uk'],
    summaryEn: `${EN} A gardener who wants to hear what grows in your part of the world.`,
    summaryRu: `${RU} Садовод, хочет знать, что растёт в ваших краях.`,
  },
  {
    id: 'demo-07',
    fullName: 'Ахмедов Эльдар Рашид оглы',
    birthDate: '1993-02-11',
    birthYear: 1993,
    status: 'pre_trial',
    facility: 'СИЗО-1 Санкт-Петербург',
    interests: ['astronomy', 'books'],
    languages: ['ru', 'az', 'en'],
    summaryEn: `${EN} A physics student who misses the night sky.`,
    summaryRu: `${RU} Студент-физик, скучает по ночному небу.`,
  },
  {
    id: 'demo-08',
    fullName: 'Зайцева Мария Олеговна',
    birthDate: '1998-12-03',
    birthYear: 1998,
    status: 'house_arrest',
    facility: null,
    interests: ['painting'],
    languages: ['ru', 'de'],
    summaryEn: `${EN} An illustrator under house arrest; prison mail does not reach her.`,
    summaryRu: `${RU} Иллюстратор под домашним арестом; тюремная почта до неё не доходит.`,
  },
  {
    id: 'demo-09',
    fullName: 'Лебедев Павел Андреевич',
    birthDate: '1975-06-21',
    birthYear: 1975,
    status: 'released',
    facility: null,
    interests: ['history', 'hiking'],
    languages: ['ru', 'en'],
    summaryEn: `${EN} A historian, released; his record stays for history.`,
    summaryRu: `${RU} Историк, освобождён; запись остаётся для истории.`,
  },
  {
    id: 'demo-10',
    fullName: 'Шарипов Тимур Маратович',
    birthDate: '2000-04-25',
    birthYear: 2000,
    status: 'in_transit',
    facility: null,
    interests: ['music', 'programming'],
    languages: ['ru', 'en'],
    summaryEn: `${EN} A programmer being moved between facilities; letters wait until he arrives.`,
    summaryRu: `${RU} Программист на этапе; письма ждут, пока он не прибудет.`,
  },
  {
    id: 'demo-11',
    fullName: 'Васильева Екатерина Игоревна',
    birthDate: '1989-08-09',
    birthYear: 1989,
    birthdayInDays: 20,
    status: 'pre_trial',
    facility: 'СИЗО-1 по г. Москве',
    interests: ['cinema', 'cats'],
    languages: ['ru', 'fr'],
    summaryEn: `${EN} A film critic who would like to hear about films you saw recently.`,
    summaryRu: `${RU} Кинокритик, хочет узнать о фильмах, которые вы недавно смотрели.`,
  },
  {
    id: 'demo-12',
    fullName: 'Гогуа Давид Нодарович',
    birthDate: '1981-10-05',
    birthYear: 1981,
    status: 'convicted',
    facility: 'ИК-10 Пермский край',
    interests: ['chess', 'cooking'],
    languages: ['ru', 'ka'],
    summaryEn: `${EN} A cook who trades recipes for chess openings.`,
    summaryRu: `${RU} Повар, меняет рецепты на шахматные дебюты.`,
  },
];

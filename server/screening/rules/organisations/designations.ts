/**
 * Organisations Russia has banned or labelled, with the date, the authority and a source for each.
 * Registers to re-check against: the Ministry of Justice's list of extremist organisations
 * (minjust.gov.ru/ru/documents/7822/), its list of undesirable organisations
 * (minjust.gov.ru/ru/documents/7756/), and the FSB's federal list of terrorist organisations
 * (fsb.ru/fsb/npd/terror.htm). Dates are of the decision; entries were checked against press
 * reports of each decision (cited). Lists grow: add an entry, with its source, when one is named.
 * Patterns follow `patterns.ts`; ambiguous names ("Весна" is spring, "медуза" a jellyfish) are
 * matched only in the phrases or quotes that make them the organisation.
 */

/** The legal status that makes a name dangerous in a letter. */
export type DesignationStatus =
  'extremist' | 'terrorist' | 'undesirable' | 'liquidated_foreign_agent' | 'platform';

/** One designated organisation. */
export interface Designation {
  id: string;
  /** How the organisation is usually named, Russian first. */
  names: string[];
  status: DesignationStatus;
  /** ISO date of the decision. */
  designatedOn: string;
  authority: string;
  source: string;
  patterns: string[];
}

/** The dated list. */
export const DESIGNATIONS: Designation[] = [
  {
    id: 'fbk',
    names: ['Фонд борьбы с коррупцией (ФБК)', 'Anti-Corruption Foundation (FBK)'],
    status: 'extremist',
    designatedOn: '2021-06-09',
    authority: 'Moscow City Court',
    source:
      'Moscow City Court press service, 9 June 2021 (en.newizv.ru, jam-news.net); Minjust extremist list',
    patterns: [
      'фбк',
      'fbk',
      'фонд{@m} борьбы с коррупцией',
      'anti corruption foundation',
      'anticorruption foundation',
      'фонд{@m} навального',
      "navalny{,s,'s} foundation",
      'fondation navalny',
      'stiftung von nawalny',
      '{расследовани,фильм,ролик}* навальн{ого,ым}',
      "navalny{,'s} {investigations,investigation,films,film,team}",
    ],
  },
  {
    id: 'fzpg',
    names: ['Фонд защиты прав граждан', 'Foundation for the Protection of Citizens’ Rights'],
    status: 'extremist',
    designatedOn: '2021-06-09',
    authority: 'Moscow City Court',
    source: 'Moscow City Court press service, 9 June 2021; Minjust extremist list',
    patterns: ['фонд{@m} защиты прав граждан', 'фзпг'],
  },
  {
    id: 'navalny_hq',
    names: ['Штабы Навального', 'Navalny’s headquarters'],
    status: 'extremist',
    designatedOn: '2021-06-09',
    authority: 'Moscow City Court',
    source: 'Moscow City Court press service, 9 June 2021; Rosfinmonitoring list (April 2021)',
    patterns: [
      'штаб* навальн*',
      "navalny{,'s} {headquarters,offices,campaign offices,hq}",
      'nawalny{,s} {büros,stäbe}',
      'nawalny-stäbe',
    ],
  },
  {
    id: 'meta',
    names: ['Meta Platforms Inc.'],
    status: 'extremist',
    designatedOn: '2022-03-21',
    authority: 'Tverskoy District Court of Moscow (upheld on appeal 20 June 2022)',
    source:
      'Tverskoy District Court ruling, 21 March 2022 (reported by TASS, Euromaidan Press); WhatsApp was excluded',
    patterns: ['meta platforms', '{компани,корпораци}{я,и,ю,ей} {meta,мета}'],
  },
  {
    id: 'meta_platforms',
    names: ['Facebook', 'Instagram'],
    status: 'platform',
    designatedOn: '2022-03-21',
    authority: 'Tverskoy District Court of Moscow (Meta); Roskomnadzor blocked both networks in March 2022',
    source:
      'Tverskoy District Court ruling on Meta, 21 March 2022; the platforms themselves are not designated',
    patterns: [
      'facebook{,e,a}',
      'фейсбук{@m}',
      'instagram{,a,u,ie,e}',
      'инстаграм{@m}',
      'инст{а,е,у,ы}',
      'insta',
    ],
  },
  {
    id: 'lgbt_movement',
    names: ['«Международное общественное движение ЛГБТ»', '"International LGBT public movement"'],
    status: 'extremist',
    designatedOn: '2023-11-30',
    authority: 'Supreme Court of Russia',
    source: 'Supreme Court ruling, 30 November 2023 (rferl.org, straitstimes.com)',
    patterns: [
      'лгбт{,к,киа,и}',
      'lgbt{,q,qi,qia,iq,i}',
      'lsbt{,i,iq,q}',
      'международн* {общественн* ,}движени* лгбт',
    ],
  },
  {
    id: 'jehovahs_witnesses',
    names: ['Административный центр Свидетелей Иеговы в России', 'Jehovah’s Witnesses'],
    status: 'extremist',
    designatedOn: '2017-04-20',
    authority: 'Supreme Court of Russia',
    source: 'Supreme Court ruling, 20 April 2017 (judge Yuri Ivanenko); Minjust extremist list',
    patterns: [
      'свидетел{@m} иеговы',
      'свідк{и,ів,ам,ами} єгови',
      "jehovah{,'s,s} witness{,es}",
      'zeugen jehovas',
      'temoins de jehovah',
      'testigos de jehova',
      'testimoni di geova',
      'swiadk{owie,ow,ami,om} jehowy',
    ],
  },
  {
    id: 'memorial',
    names: ['Международный Мемориал', 'Правозащитный центр «Мемориал»', 'Memorial'],
    status: 'liquidated_foreign_agent',
    designatedOn: '2021-12-28',
    authority:
      'Supreme Court of Russia (International Memorial); Moscow City Court, 29 December 2021 (Human Rights Centre)',
    source: 'Supreme Court ruling, 28 December 2021 (rferl.org, TASS); foreign agent register since 2016',
    patterns: [
      'мемориал{,а,у,ом,е}',
      'memorial {international,society,human rights*,hrc}',
      'international memorial',
      '{for,at,with,from} memorial {in,before}',
      'volunteer{,ed} {for,at,with} memorial',
      'memorial {was,has been,had been} {closed,liquidated,shut,banned}',
    ],
  },
  {
    id: 'meduza',
    names: ['Meduza («Медуза», SIA Medusa Project)'],
    status: 'undesirable',
    designatedOn: '2023-01-26',
    authority: 'Prosecutor General’s Office',
    source:
      'Prosecutor General’s statement, 26 January 2023 (themoscowtimes.com, ipi.media); foreign agent since 23 April 2021',
    patterns: ['meduza', 'medusa project', '"медуз{@a}"', '{издани{@ie},сайт{@m}} медуз{ы,а}'],
  },
  {
    id: 'tv_rain',
    names: ['Телеканал «Дождь» (SIA TV Rain, TVR Studios B.V.)', 'TV Rain (Dozhd)'],
    status: 'undesirable',
    designatedOn: '2023-07-25',
    authority: 'Prosecutor General’s Office',
    source: 'Prosecutor General’s statement, 25 July 2023 (dw.com, cpj.org)',
    patterns: [
      'dozhd',
      'tv rain',
      '"дожд{ь,я,ю,ем,е}"',
      '{телеканал{@m},тв} {"дожд{ь,я,ю,ем,е}",дожд{ь,я,ю,ем,е}}',
    ],
  },
  {
    id: 'rferl',
    names: ['Радио Свобода', 'Radio Free Europe/Radio Liberty'],
    status: 'undesirable',
    designatedOn: '2024-02-20',
    authority: 'Ministry of Justice register of undesirable organisations',
    source: 'Minjust register entry, 20 February 2024 (rferl.org, kyivindependent.com)',
    patterns: ['радио свобод{а,ы,е,у,ой}', 'radio liberty', 'radio free europe', 'rfe/rl', 'radio svoboda'],
  },
  {
    id: 'the_insider',
    names: ['The Insider'],
    status: 'undesirable',
    designatedOn: '2022-07-15',
    authority: 'Prosecutor General’s Office',
    source: 'Prosecutor General’s statement, 15 July 2022 (interfax.com, themoscowtimes.com)',
    patterns: ['the insider', 'theins'],
  },
  {
    id: 'bellingcat',
    names: ['Bellingcat'],
    status: 'undesirable',
    designatedOn: '2022-07-15',
    authority: 'Prosecutor General’s Office',
    source: 'Prosecutor General’s statement, 15 July 2022 (bellingcat.com, interfax.com)',
    patterns: ["bellingcat{,'s,s}", 'беллингк{э,е}т{@m}'],
  },
  {
    id: 'novaya_gazeta_europe',
    names: ['«Новая газета Европа»', 'Novaya Gazeta Europe'],
    status: 'undesirable',
    designatedOn: '2023-06-28',
    authority: 'Prosecutor General’s Office',
    source: 'Prosecutor General’s statement, 28 June 2023 (theins.ru, russianlife.com)',
    patterns: ['нов* газет* европ*', 'novaya gazeta europe', 'novaya gazeta europa'],
  },
  {
    id: 'vesna',
    names: ['Движение «Весна»', 'Vesna movement'],
    status: 'extremist',
    designatedOn: '2022-12-06',
    authority: 'St Petersburg City Court',
    source: 'St Petersburg court ruling, 6 December 2022 (themoscowtimes.com, meduza.io)',
    patterns: [
      'движени* {"весн*,весн*}',
      'vesna movement',
      '{mouvement,bewegung,movimiento,movimento} vesna',
      'vesna.democrat',
    ],
  },
  {
    id: 'open_russia',
    names: ['«Открытая Россия» (Open Russia, UK)'],
    status: 'undesirable',
    designatedOn: '2017-04-26',
    authority: 'Prosecutor General’s Office',
    source: 'Minjust list of undesirable organisations (entry of 26 April 2017)',
    patterns: ['"открыт{@adj} росси{я,и,ю,ей}"', 'движени* открыт* росси*', 'open russia'],
  },
  {
    id: 'azov',
    names: ['«Азов»', 'Azov'],
    status: 'terrorist',
    designatedOn: '2022-08-02',
    authority: 'Supreme Court of Russia',
    source: 'Supreme Court ruling, 2 August 2022 (hromadske.ua, ktvz.com/AP); FSB terrorist list',
    patterns: [
      '{полк,батальон,бригад}{,а,у,ом,е,ы} {"азов",азов}',
      'азовц{ы,ев,ам,ами,ах}',
      'азовец',
      'azov {regiment,battalion,brigade,fighter,fighters,defenders,soldiers}',
      '{regiment,battalion,brigade,régiment,bataillon,brigade} azov',
      'asow {regiment,bataillon,kämpfer}',
    ],
  },
  {
    id: 'freedom_of_russia_legion',
    names: ['Легион «Свобода России»', 'Freedom of Russia Legion'],
    status: 'terrorist',
    designatedOn: '2023-03-16',
    authority: 'Supreme Court of Russia',
    source: 'Supreme Court ruling, 16 March 2023 (tass.com, meduza.io)',
    patterns: [
      'легион{@m} {"свобод{а,ы} россии",свобод{а,ы} россии}',
      'freedom of russia legion',
      'legion {"freedom of russia",freedom of russia}',
    ],
  },
  {
    id: 'rdk',
    names: ['Русский добровольческий корпус (РДК)', 'Russian Volunteer Corps'],
    status: 'terrorist',
    designatedOn: '2023-11-16',
    authority: 'Second Western District Military Court (in force 2 December 2023)',
    source: 'FSB terrorist list update published 30 December 2023 (mk.ru)',
    patterns: ['рдк', 'русск* добровольческ* корпус*', 'russian volunteer corps'],
  },
  {
    id: 'aue',
    names: ['«Арестантское уголовное единство» (АУЕ)'],
    status: 'extremist',
    designatedOn: '2020-08-17',
    authority: 'Supreme Court of Russia',
    source: 'Supreme Court ruling, 17 August 2020 (rapsinews.ru, tass.ru)',
    patterns: ['ауе', 'арестантск* {уклад*,уголовн* единств*}'],
  },
  {
    id: 'columbine',
    names: ['«Колумбайн» («Скулшутинг»)', 'Columbine'],
    status: 'terrorist',
    designatedOn: '2022-02-02',
    authority: 'Supreme Court of Russia',
    source: 'Supreme Court ruling, 2 February 2022 (tass.com)',
    patterns: ['колумбайн{@m}', 'скулшутинг{@m}', 'columbine'],
  },
  {
    id: 'islamic_state',
    names: ['«Исламское государство» (ИГИЛ)', 'Islamic State (ISIS, Daesh)'],
    status: 'terrorist',
    designatedOn: '2014-12-29',
    authority: 'Supreme Court of Russia',
    source: 'Supreme Court ruling, 29 December 2014; FSB terrorist list',
    patterns: ['игил', 'даиш', 'isis', 'isil', 'daesh', 'исламск{@adj} государств{@o}', 'islamic state'],
  },
  {
    id: 'al_qaeda',
    names: ['«Аль-Каида»', 'al-Qaeda'],
    status: 'terrorist',
    designatedOn: '2003-02-14',
    authority: 'Supreme Court of Russia',
    source: 'Supreme Court ruling, 14 February 2003; FSB terrorist list',
    patterns: ['аль каид{@a}', 'al {qaeda,qaida,kaida,quaida}'],
  },
  {
    id: 'hizb_ut_tahrir',
    names: ['«Хизб ут-Тахрир аль-Ислами»', 'Hizb ut-Tahrir'],
    status: 'terrorist',
    designatedOn: '2003-02-14',
    authority: 'Supreme Court of Russia',
    source: 'Supreme Court ruling, 14 February 2003; FSB terrorist list',
    patterns: ['хизб ут тахрир', 'hizb ut tahrir'],
  },
  {
    id: 'mejlis',
    names: ['Меджлис крымскотатарского народа', 'Mejlis of the Crimean Tatar People'],
    status: 'extremist',
    designatedOn: '2016-04-26',
    authority: 'Supreme Court of Crimea (upheld by the Supreme Court of Russia, 29 September 2016)',
    source: 'Minjust extremist list',
    patterns: ['меджлис{@m}', 'mejlis', 'medschlis'],
  },
  {
    id: 'nbp',
    names: ['Национал-большевистская партия (НБП)'],
    status: 'extremist',
    designatedOn: '2007-04-19',
    authority: 'Moscow City Court (upheld by the Supreme Court, 7 August 2007)',
    source: 'Minjust extremist list',
    patterns: ['нбп', 'национал большевистск{@adj} парти{@ja}', 'нацбол{,ы,ов,ам}'],
  },
  {
    id: 'tablighi_jamaat',
    names: ['«Таблиги Джамаат»'],
    status: 'extremist',
    designatedOn: '2009-05-07',
    authority: 'Supreme Court of Russia',
    source: 'Minjust extremist list',
    patterns: ['таблиги джамаат', 'tablighi jamaat'],
  },
  {
    id: 'artpodgotovka',
    names: ['«Артподготовка»'],
    status: 'extremist',
    designatedOn: '2017-10-26',
    authority: 'Krasnoyarsk Regional Court (upheld by the Supreme Court, 28 February 2018)',
    source: 'Supreme Court appeal ruling, 28 February 2018 (rapsinews.com)',
    patterns: ['"артподготовк{@a}"', 'движени{@ie} артподготовк{@a}', 'artpodgotovka'],
  },
  {
    id: 'pussy_riot',
    names: ['Pussy Riot'],
    status: 'extremist',
    designatedOn: '2025-12-15',
    authority: 'Tverskoy District Court of Moscow',
    source: 'Tverskoy District Court ruling, 15 December 2025 (themoscowtimes.com)',
    patterns: ['pussy riot', 'пусси райот'],
  },
];

/**
 * Regions the registry knows, with neutral codes (ISO 3166-2) and the word stems that find them in
 * free text ("по г. Москве", "Карелия", "ИК-7 Владимир"). Occupied Ukrainian territory keeps its
 * Ukrainian code whatever name the Russian source uses for it.
 */

/** One region: its code, its usual Russian name, and stems that identify it in free text. */
export interface RegionInfo {
  code: string;
  name: string;
  /** Lower-case prefixes of words naming the region or its centre ("владимир", "карел"); "уфа$" is a whole word. */
  stems: string[];
  /** Occupied territory of Ukraine. */
  occupied?: boolean;
}

const r = (code: string, name: string, ...stems: string[]): RegionInfo => ({ code, name, stems });
const ua = (code: string, name: string, ...stems: string[]): RegionInfo => ({
  code,
  name,
  stems,
  occupied: true,
});

/** Every region, Russian federal subjects first, then occupied Ukrainian territory. */
export const REGIONS: readonly RegionInfo[] = [
  r('RU-AD', 'Республика Адыгея', 'адыге', 'майкоп'),
  r('RU-AL', 'Республика Алтай', 'алтай$', 'горно-алтайск'),
  r('RU-BA', 'Республика Башкортостан', 'башкорт', 'башкири', 'уфа$', 'уфе$', 'уфы$'),
  r('RU-BU', 'Республика Бурятия', 'бурят', 'улан-удэ'),
  r('RU-DA', 'Республика Дагестан', 'дагестан', 'махачкал'),
  r('RU-IN', 'Республика Ингушетия', 'ингушет', 'магас'),
  r('RU-KB', 'Кабардино-Балкарская Республика', 'кабардино', 'кбр$', 'нальчик'),
  r('RU-KL', 'Республика Калмыкия', 'калмык', 'элист'),
  r('RU-KC', 'Карачаево-Черкесская Республика', 'карачаево', 'кчр$', 'черкесск'),
  r('RU-KR', 'Республика Карелия', 'карели', 'петрозаводск'),
  r('RU-KO', 'Республика Коми', 'коми$', 'сыктывкар'),
  r('RU-ME', 'Республика Марий Эл', 'марий', 'йошкар'),
  r('RU-MO', 'Республика Мордовия', 'мордов', 'саранск'),
  r('RU-SA', 'Республика Саха (Якутия)', 'саха$', 'якути', 'якутск'),
  r('RU-SE', 'Республика Северная Осетия — Алания', 'осети', 'алани', 'владикавказ'),
  r('RU-TA', 'Республика Татарстан', 'татарстан', 'казан'),
  r('RU-TY', 'Республика Тыва', 'тыва$', 'тыве$', 'тывы$', 'тува$', 'туве$', 'тувы$', 'кызыл'),
  r('RU-UD', 'Удмуртская Республика', 'удмурт', 'ижевск'),
  r('RU-KK', 'Республика Хакасия', 'хакас', 'абакан'),
  r('RU-CE', 'Чеченская Республика', 'чечен', 'чечн', 'грозн'),
  r('RU-CU', 'Чувашская Республика', 'чуваш', 'чебоксар'),
  r('RU-ALT', 'Алтайский край', 'алтайск', 'барнаул'),
  r('RU-ZAB', 'Забайкальский край', 'забайкал', 'чита$', 'чите$', 'читы$'),
  r('RU-KAM', 'Камчатский край', 'камчат', 'петропавловск-камчатск'),
  r('RU-KDA', 'Краснодарский край', 'краснодар', 'кубан'),
  r('RU-KYA', 'Красноярский край', 'красноярск'),
  r('RU-PER', 'Пермский край', 'пермск', 'перм'),
  r('RU-PRI', 'Приморский край', 'приморск', 'приморь', 'владивосток'),
  r('RU-STA', 'Ставропольский край', 'ставрополь'),
  r('RU-KHA', 'Хабаровский край', 'хабаровск'),
  r('RU-AMU', 'Амурская область', 'амурск', 'благовещенск'),
  r('RU-ARK', 'Архангельская область', 'архангельск'),
  r('RU-AST', 'Астраханская область', 'астрахан'),
  r('RU-BEL', 'Белгородская область', 'белгород'),
  r('RU-BRY', 'Брянская область', 'брянск'),
  r('RU-VLA', 'Владимирская область', 'владимир'),
  r('RU-VGG', 'Волгоградская область', 'волгоград'),
  r('RU-VLG', 'Вологодская область', 'вологд', 'вологодск'),
  r('RU-VOR', 'Воронежская область', 'воронеж'),
  r('RU-IVA', 'Ивановская область', 'ивановск', 'иваново'),
  r('RU-IRK', 'Иркутская область', 'иркутск'),
  r('RU-KGD', 'Калининградская область', 'калининград'),
  r('RU-KLU', 'Калужская область', 'калужск', 'калуг'),
  r('RU-KEM', 'Кемеровская область', 'кемеров', 'кузбасс'),
  r('RU-KIR', 'Кировская область', 'кировск', 'киров$', 'кирове$', 'кирова$'),
  r('RU-KOS', 'Костромская область', 'костром'),
  r('RU-KGN', 'Курганская область', 'курган'),
  r('RU-KRS', 'Курская область', 'курск'),
  r('RU-LEN', 'Ленинградская область', 'ленинградск', 'ленобласт'),
  r('RU-LIP', 'Липецкая область', 'липецк'),
  r('RU-MAG', 'Магаданская область', 'магадан'),
  r('RU-MOS', 'Московская область', 'московск', 'подмосков'),
  r('RU-MUR', 'Мурманская область', 'мурманск'),
  r('RU-NIZ', 'Нижегородская область', 'нижегородск', 'нижний новгород', 'нижнем новгороде'),
  r('RU-NGR', 'Новгородская область', 'новгородск', 'великий новгород', 'великом новгороде'),
  r('RU-NVS', 'Новосибирская область', 'новосибирск'),
  r('RU-OMS', 'Омская область', 'омск'),
  r('RU-ORE', 'Оренбургская область', 'оренбург'),
  r('RU-ORL', 'Орловская область', 'орловск', 'орел$', 'орле$', 'орла$'),
  r('RU-PNZ', 'Пензенская область', 'пензенск', 'пенз'),
  r('RU-PSK', 'Псковская область', 'псков'),
  r('RU-ROS', 'Ростовская область', 'ростовск', 'ростов-на-дону'),
  r('RU-RYA', 'Рязанская область', 'рязан'),
  r('RU-SAM', 'Самарская область', 'самар'),
  r('RU-SAR', 'Саратовская область', 'саратов'),
  r('RU-SAK', 'Сахалинская область', 'сахалин', 'южно-сахалинск'),
  r('RU-SVE', 'Свердловская область', 'свердловск', 'екатеринбург'),
  r('RU-SMO', 'Смоленская область', 'смоленск'),
  r('RU-TAM', 'Тамбовская область', 'тамбов'),
  r('RU-TVE', 'Тверская область', 'тверск', 'твер'),
  r('RU-TOM', 'Томская область', 'томск'),
  r('RU-TUL', 'Тульская область', 'тульск', 'тула$', 'туле$', 'тулы$'),
  r('RU-TYU', 'Тюменская область', 'тюмен'),
  r('RU-ULY', 'Ульяновская область', 'ульяновск'),
  r('RU-CHE', 'Челябинская область', 'челябинск'),
  r('RU-YAR', 'Ярославская область', 'ярославск', 'ярославл'),
  r('RU-MOW', 'Москва', 'москв', 'мск$'),
  r('RU-SPE', 'Санкт-Петербург', 'санкт-петербург', 'петербург', 'спб$'),
  r('RU-YEV', 'Еврейская автономная область', 'еврейск', 'еао$', 'биробиджан'),
  r('RU-NEN', 'Ненецкий автономный округ', 'ненецк', 'нао$', 'нарьян-мар'),
  r('RU-KHM', 'Ханты-Мансийский автономный округ — Югра', 'ханты', 'хмао$', 'югр'),
  r('RU-CHU', 'Чукотский автономный округ', 'чукот', 'анадыр'),
  r('RU-YAN', 'Ямало-Ненецкий автономный округ', 'ямал', 'янао$', 'салехард'),
  ua('UA-43', 'Автономная Республика Крым', 'крым', 'симферопол', 'керч'),
  ua('UA-40', 'Севастополь', 'севастопол'),
  ua('UA-14', 'Донецкая область', 'донецк', 'днр$'),
  ua('UA-09', 'Луганская область', 'луганск', 'лнр$'),
  ua('UA-23', 'Запорожская область', 'запорож', 'мелитопол', 'бердянск'),
  ua('UA-65', 'Херсонская область', 'херсон', 'геническ'),
];

/** A stem matches a word when the word starts with it; the longest matching stem wins. */
interface StemHit {
  region: RegionInfo;
  length: number;
  index: number;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/[–—]/g, '-');
}

interface CompiledStem {
  region: RegionInfo;
  length: number;
  pattern: RegExp;
}

let compiled: CompiledStem[] | undefined;

function compiledStems(): CompiledStem[] {
  compiled ??= REGIONS.flatMap((region) =>
    region.stems.map((stem) => {
      // A stem must begin a word ("по г. Москве", not "Подмосковье" for "москв"); a trailing "$"
      // asks for the whole word, for short stems that begin unrelated words ("уфа", not "УФСИН").
      const whole = stem.endsWith('$');
      const s = normalise(whole ? stem.slice(0, -1) : stem);
      return {
        region,
        length: s.length,
        pattern: new RegExp(`(^|[^а-яa-z-])${s}${whole ? '(?![а-яa-z])' : ''}`, 'u'),
      };
    }),
  );
  return compiled;
}

/** Every stem hit in `text`, longest first. */
function stemHits(text: string): StemHit[] {
  const lower = normalise(text);
  const hits: StemHit[] = [];
  for (const { region, length, pattern } of compiledStems()) {
    const match = pattern.exec(lower);
    if (match) hits.push({ region, length, index: match.index });
  }
  return hits.sort((a, b) => b.length - a.length || a.index - b.index);
}

/**
 * The region named in free text, if exactly one is (after preferring the longest stem).
 * @example findRegion('ИК-7 Карелия')?.code === 'RU-KR'
 */
export function findRegion(text: string): RegionInfo | undefined {
  return stemHits(text)[0]?.region;
}

/** Every region named in free text, in the order of their first mention. */
export function findRegions(text: string): RegionInfo[] {
  const seen = new Map<string, StemHit>();
  for (const hit of stemHits(text)) if (!seen.has(hit.region.code)) seen.set(hit.region.code, hit);
  return [...seen.values()].sort((a, b) => a.index - b.index).map((h) => h.region);
}

/** The region with this code. */
export function regionByCode(code: string): RegionInfo | undefined {
  return REGIONS.find((region) => region.code === code);
}

// News-like prose in English, Russian and Korean: neutral filler sentences (economy, weather,
// transport: no person, treaty or agreement) and sentences that name the entities of
// data/entities.json. Pages are built from paragraphs, each a list of segments: a string is a
// text node, `{ tag, text }` an inline element (a link or emphasis) holding one text node.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const CITIES = [
  'Vladivostok',
  'Khabarovsk',
  'Busan',
  'Incheon',
  'Novosibirsk',
  'Irkutsk',
  'Daejeon',
];
const SECTORS = ['steel', 'rice', 'coal', 'timber', 'fertiliser', 'seafood', 'machine tools'];

const EN = {
  subjects: [
    'The finance ministry',
    'Regional officials',
    'Analysts in Seoul',
    'The central bank',
    'Shipping firms',
    'Port authorities',
    'Economists',
    'Grain traders',
    'The weather service',
    'Local residents',
    'Energy companies',
    'A parliamentary committee',
    'Customs officers',
    'Railway operators',
    'University researchers',
  ],
  verbs: ['said', 'reported', 'warned', 'noted', 'estimated', 'confirmed', 'told reporters'],
  clauses: [
    (r) => `that exports rose by ${r.int(1, 19)} percent in ${r.pick(MONTHS)}`,
    () => 'that fuel prices had eased after a volatile quarter',
    (r) => `that the new rail link to ${r.pick(CITIES)} would open before winter`,
    (r) => `that harvest forecasts for ${r.pick(SECTORS)} remained uncertain`,
    (r) => `that inflation slowed to ${r.int(2, 9)}.${r.int(0, 9)} percent`,
    (r) =>
      `that cargo volumes at ${r.pick(CITIES)} fell for a ${r.pick(['second', 'third', 'fourth'])} month`,
    () => 'that spending on roads and bridges would increase next year',
    (r) => `that demand for ${r.pick(SECTORS)} stayed weak`,
    () => 'that a cold spell could delay construction in the north',
    () => 'that the budget gap narrowed slightly',
    (r) => `that ${r.int(3, 40)} ferries were cancelled because of high winds`,
  ],
  tails: [
    '',
    '',
    (r) => ` according to figures released on ${r.pick(DAYS)}`,
    ', citing preliminary data',
    ' in a written statement',
    ', though details were scarce',
    ' despite earlier concerns',
  ],
  extras: [
    (r) => `Markets in ${r.pick(CITIES)} closed ${r.int(2, 90)} points higher.`,
    (r) => `The figures will be revised in ${r.pick(MONTHS)}.`,
    () => 'Critics called the plan too cautious.',
    () => 'Officials declined to give further details.',
    () => 'Several shipments were delayed by storms.',
    (r) => `Traffic on the coastal highway was reduced to ${r.pick(['one lane', 'two lanes'])}.`,
    () => 'The forecast calls for rain later in the week.',
  ],
};

const RU = [
  (r) => `Министерство финансов сообщило, что экспорт вырос на ${r.int(1, 19)} процентов.`,
  () => 'Аналитики ожидают, что цены на топливо стабилизируются к концу квартала.',
  (r) => `Порт ${r.pick(['Находка', 'Ванино', 'Посьет'])} увеличил перевалку грузов.`,
  (r) => `Инфляция замедлилась до ${r.int(2, 9)},${r.int(0, 9)} процента.`,
  () => 'Синоптики предупредили о сильном ветре на побережье.',
  () => 'Местные жители жалуются на рост тарифов.',
  (r) =>
    `Железнодорожная ветка до ${r.pick(['Хабаровска', 'Иркутска', 'Томска'])} откроется зимой.`,
  () => 'Экономисты считают прогноз слишком осторожным.',
  (r) => `Урожай зерна оказался на ${r.int(2, 15)} процентов ниже прошлогоднего.`,
  () => 'Подробности в ведомстве не сообщили.',
  () => 'Несколько паромов отменили из-за шторма.',
  () => 'Расходы на ремонт дорог в следующем году вырастут.',
];

const KO = [
  (r) => `정부는 ${r.int(1, 12)}월 수출이 ${r.int(1, 19)}퍼센트 증가했다고 밝혔다.`,
  () => '전문가들은 물가 상승세가 다소 둔화될 것으로 전망했다.',
  (r) => `부산항의 화물 처리량은 ${r.int(2, 4)}개월 연속 감소했다.`,
  () => '기상청은 주말까지 강한 바람이 불 것이라고 예보했다.',
  () => '지역 주민들은 난방비 인상에 불만을 나타냈다.',
  (r) => `철도 신설 구간은 ${r.int(2026, 2029)}년 개통될 예정이다.`,
  () => '경제학자들은 이번 전망이 지나치게 신중하다고 평가했다.',
  (r) => `쌀 수확량은 지난해보다 ${r.int(2, 15)}퍼센트 줄었다.`,
  () => '관계 당국은 구체적인 내용을 공개하지 않았다.',
  () => '여러 척의 여객선 운항이 폭풍으로 취소됐다.',
  () => '도로 보수 예산은 내년에 늘어날 전망이다.',
];

function englishFiller(r) {
  if (r.chance(0.25)) return r.pick(EN.extras)(r);
  const clause = r.pick(EN.clauses)(r);
  const tail = r.pick(EN.tails);
  return `${r.pick(EN.subjects)} ${r.pick(EN.verbs)} ${clause}${typeof tail === 'function' ? tail(r) : tail}.`;
}

const FILLER = {
  en: englishFiller,
  ru: (r) => r.pick(RU)(r),
  ko: (r) => r.pick(KO)(r),
};

/** Sentences that name people (`p`, `q`) or a treaty (`t`), per language. */
const MENTIONS = {
  en: [
    (r, n) => `${n.p()} said on ${r.pick(DAYS)} that the talks had been productive.`,
    (r, n) => `${n.p()} met ${n.p()} for more than two hours in ${r.pick(CITIES)}.`,
    (_, n) => `Officials said the ${n.t()} would take effect once ratified.`,
    (_, n) => `The delegation was led by ${n.p()}.`,
    (_, n) => `${n.p()} declined to answer questions about the ${n.t()}.`,
  ],
  ru: [
    (_, n) => `${n.p()} заявил, что переговоры прошли продуктивно.`,
    (_, n) => `На встрече присутствовали ${n.p()} и ${n.p()}.`,
    (_, n) => `${n.t()} вступит в силу после ратификации.`,
    (_, n) => `Делегацию возглавил ${n.p()}.`,
  ],
  ko: [
    (_, n) => `${n.p()} 측은 회담이 생산적이었다고 밝혔다.`,
    (_, n) => `회의에는 ${n.p()} 등이 참석했다.`,
    (_, n) => `${n.t()} 비준 절차가 곧 시작될 예정이다.`,
    (_, n) => `대표단은 ${n.p()} 주도로 구성됐다.`,
  ],
};

export const LANGS = ['en', 'ru', 'ko'];

/**
 * Names to put into sentences, per language: every alias of every entity except the bare
 * "Kim"/"Ким", which the matcher only accepts on pages naming no other Kim (and these pages
 * name Kim Tok Hun).
 */
export function namesByLanguage(entities) {
  const names = {};
  for (const lang of LANGS) {
    const people = [];
    const treaties = [];
    for (const entity of entities) {
      for (const alias of entity.aliases[lang] ?? []) {
        if (alias === 'Kim' || alias === 'Ким') continue;
        (entity.kind === 'treaty' ? treaties : people).push(alias);
      }
    }
    names[lang] = { people, treaties };
  }
  return names;
}

export function fillerSentence(r, lang) {
  return FILLER[lang](r);
}

/** A filler sentence in which the matcher's regex finds nothing (it must never contain a match). */
export function cleanFiller({ r, lang, isClean }) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const sentence = fillerSentence(r, lang);
    if (isClean(sentence)) return sentence;
  }
  throw new Error(`bench: no clean ${lang} filler sentence in 50 tries; fix the bank in text.mjs`);
}

export function mentionSentence(r, lang, names) {
  const pool = names[lang];
  const n = { p: () => r.pick(pool.people), t: () => r.pick(pool.treaties) };
  return r.pick(MENTIONS[lang])(r, n);
}

/**
 * One paragraph: 4–7 sentences, each naming someone with probability `mentionRate`
 * (0: filler only). Now and then a sentence sits in a link or in emphasis, as in articles.
 */
export function paragraph({ r, lang, names, mentionRate, isClean }) {
  const count = r.int(4, 7);
  const segments = [];
  let text = '';
  for (let i = 0; i < count; i++) {
    let sentence;
    if (mentionRate > 0 && r.chance(mentionRate)) {
      sentence = mentionSentence(r, lang, names);
    } else {
      sentence = cleanFiller({ r, lang, isClean });
    }
    text += i === 0 ? '' : ' ';
    if (r.chance(0.1)) {
      if (text) segments.push(text);
      segments.push({ tag: r.chance(0.6) ? 'a' : 'em', text: sentence });
      text = '';
    } else {
      text += sentence;
    }
  }
  if (text) segments.push(text);
  return mergeStrings(segments);
}

/** Adjacent strings are one text node in the page: merge them so the model matches the DOM. */
function mergeStrings(segments) {
  const out = [];
  for (const segment of segments) {
    const last = out.at(-1);
    if (typeof segment === 'string' && typeof last === 'string')
      out[out.length - 1] = last + segment;
    else out.push(segment);
  }
  return out;
}

/** The headline of an article block (filler only). */
export function headline({ r, lang, isClean }) {
  const sentence = cleanFiller({ r, lang, isClean });
  return sentence.replace(/[.。]$/, '');
}

/**
 * What the matcher knows beyond `data/entities.json`: titles before names, generic references
 * ("the treaty", "the Russian leader"), and confusables — other people, leaders and treaties a
 * short form could mean. Kept as plain lists so that each can be read, argued about and tested;
 * the lists of titles, topic cues, other people, other treaties, namesakes, other domains and
 * roles are data (data/lexicon/*.json, loaded by lexicon.ts), the rules that use them are here.
 */
import { LEXICON } from './lexicon';
import type { AliasStyle } from './morphology';
import type { EntityId } from './schema';

/**
 * English titles that may precede a person's name; they are part of the mark ("President Putin"
 * is one mark). The list is data: data/lexicon/titles.json.
 */
export const ENGLISH_TITLES: readonly string[] = LEXICON.titles.english;

/** Titles whose abbreviation is written with or without a dot ("Mr." / "Mr"). */
export const ABBREVIATED_TITLES: ReadonlySet<string> = new Set(LEXICON.titles.abbreviated);

/**
 * Honorifics for women. Every short form the matcher knows is a man's surname (Kim, Lavrov …),
 * so "Mrs. Kim" is someone else — a namesake that makes a bare "Kim" on the page ambiguous.
 */
export const WOMEN_HONORIFICS: ReadonlySet<string> = new Set(LEXICON.titles.womenHonorifics);

/** How a short or generic form is accepted on a page (see `PageContext`). */
export type Gate =
  /** Always a mention (full names, "Putin"). */
  | 'always'
  /** A title or description that other countries' treaties share: only on a page about Russia and Korea. */
  | 'topic'
  /** Only where the page names the entity in full and names nobody else the form could mean. */
  | 'named'
  /** A delegate's surname: as `named`, or on a page about the summit. */
  | 'named-or-summit'
  /**
   * "The new treaty", "이번 조약": where the page names the 2024 treaty in full. Older treaties do
   * not matter; another new one does (family `NEW_TREATY`).
   */
  | 'new'
  /**
   * A delegate's full name, in any script (others bear it too: an actor, a colonel, a lawmaker):
   * on a page about Russia–North Korea affairs whose cues of other worlds (film, sport, courts …)
   * are fewer, unless a role beside the name decides (see `roles.ts`).
   */
  | 'affairs'
  /** 김정은, Ким Чен Ын: as `affairs`, but a page about North Korea is enough. */
  | 'dprk';

/**
 * The family of "the new treaty": recorded where the page names another treaty signed in or
 * after the 2024 one ("the Russia–Iran … Treaty, signed in January 2025").
 */
export const NEW_TREATY = 'treaty:new';

/**
 * Korean short forms: a surname with the title that follows it ("김 위원장", Chairman Kim). Only
 * the surname is marked, and only before one of these titles (a bare "김" is also seaweed and
 * steam); it is gated like the English "Kim": the page names the leader in full and no other Kim.
 */
export const KOREAN_TITLED_SURNAMES: readonly {
  entity: EntityId;
  surname: string;
  titles: readonly string[];
}[] = [{ entity: 'kim-jong-un', surname: '김', titles: ['위원장', '국무위원장', '총비서'] }];

/**
 * Words that look like a Korean name (a surname and two syllables) but are not a person: a Hangul
 * "김" + two syllables other than 정은 is another Kim (김여정, 김영호) unless it starts with one of
 * these (김치를, 김밥은, 김포시, 김해시 …).
 */
export const KOREAN_NOT_NAMES: readonly string[] = [
  '김치',
  '김칫',
  '김밥',
  '김장',
  '김포',
  '김해',
  '김천',
  '김제',
  '김빠',
  '김새',
];

/** A generic reference: no name, but the page may make clear whom or what it means. */
export interface GenericReference {
  entity: EntityId;
  gate: Gate;
  /** Key of the confusable family that blocks it (see `CONFUSABLES`). */
  family: string | null;
  phrases: readonly string[];
}

/**
 * English descriptions of the 2024 treaty are generated from parts rather than listed:
 * determiner, up to three modifiers, noun ("the treaty", "this comprehensive agreement", "the
 * freshly signed partnership treaty"). With "new" among the modifiers the description is gated
 * `new` (the 2024 treaty is named on the page); without, `named` (and no other treaty named).
 */
export const TREATY_DESCRIPTION = {
  determiners: ['the', 'this'],
  newDeterminers: ['the', 'a', 'this'],
  newWords: ['new', 'newly signed', 'newly concluded'],
  modifiers: [
    'signed',
    'freshly signed',
    'recently signed',
    'landmark',
    'historic',
    'comprehensive',
    'bilateral',
    'partnership',
    'strategic',
    'mutual',
    'defense',
    'mutual defense',
    'military',
    'interstate',
    'groundbreaking',
    'breakthrough',
    'security',
  ],
  nouns: ['treaty', 'pact', 'agreement', 'accord', 'deal'],
} as const;

export const GENERIC_REFERENCES: readonly GenericReference[] = [
  {
    entity: 'putin',
    gate: 'named',
    family: 'leader:putin',
    phrases: [
      'the Russian leader',
      'the Russian president',
      'the Kremlin leader',
      "Russia's president",
      "Russia's leader",
      'the Kremlin chief',
      'the Russian head of state',
    ],
  },
  {
    entity: 'kim-jong-un',
    gate: 'named',
    family: 'leader:kim-jong-un',
    phrases: [
      'the North Korean leader',
      "North Korea's leader",
      'the DPRK leader',
      'the North Korean ruler',
      'the North Korean dictator',
    ],
  },
  {
    // "This treaty" can point back to an older treaty the page names.
    entity: 'treaty-2024',
    gate: 'named',
    family: 'treaty',
    phrases: ['이 조약', '해당 조약', 'этот договор', 'данный договор'],
  },
  {
    // "이번 조약" is "the treaty of this occasion": like "the new treaty", it cannot mean an old one.
    entity: 'treaty-2024',
    gate: 'new',
    family: NEW_TREATY,
    phrases: [
      '새 조약',
      '새로운 조약',
      '신조약',
      '이번 조약',
      '이번 협정',
      'новый договор',
      'новое соглашение',
    ],
  },
];

/**
 * Things a short form could also mean. Each phrase is recognised wherever it occurs; it is never a
 * mention, and its families are recorded as "named elsewhere on this page", which blocks the short
 * forms of those families (a page naming Kim Yo Jong gets no highlight on a bare "Kim").
 * English Kims and namesakes are also caught without a list (see `neighbours.ts`); the lists are
 * data (data/lexicon/other-people.json, other-treaties.json, namesakes.json), each group saying
 * what it is for. A listed namesake of an entity (Yura Borisov) blocks both its full name
 * (`name:<id>`) and its bare surname (`person:<id>`).
 */
export const CONFUSABLES: readonly {
  families: readonly string[];
  style: AliasStyle;
  phrases: readonly string[];
}[] = [
  ...LEXICON.otherPeople,
  ...LEXICON.otherTreaties,
  ...LEXICON.namesakes.map((namesake) => ({
    families: [`name:${namesake.entity}`, `person:${namesake.entity}`],
    style: 'russian-name' as const,
    phrases: namesake.names,
  })),
];

/** Words after a name that make it a place, not a person ("Kim Il Sung Square"). */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'square',
  'university',
  'stadium',
  'street',
  'bridge',
  'mausoleum',
  'palace',
  'prize',
  'order',
  'medal',
  'airport',
  'hospital',
  'station',
  'park',
  'plaza',
  'museum',
  'memorial',
  'academy',
  'school',
  'library',
  'hall',
  'tower',
  'foundation',
  'institute',
  'avenue',
  'boulevard',
  'county',
  'city',
]);

/**
 * Capitalised words that may stand next to a name without being part of another person's name:
 * titles, nationalities, function words at a sentence start, headline verbs, days and months.
 * "Putin, Kim Sign Treaty" keeps its "Kim"; "Kim Yo Jong" and "Sung Kim" do not.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  // titles and honorifics
  'president',
  'chairman',
  'chairwoman',
  'premier',
  'prime',
  'minister',
  'foreign',
  'defense',
  'defence',
  'deputy',
  'first',
  'comrade',
  'mr',
  'mrs',
  'ms',
  'dr',
  'mister',
  'governor',
  'gov',
  'general',
  'secretary',
  'marshal',
  'leader',
  'supreme',
  'dear',
  'respected',
  'vice',
  'chief',
  'ceo',
  'head',
  'aide',
  'ambassador',
  'transport',
  'health',
  'natural',
  'resources',
  'envoy',
  'spokesman',
  'spokesperson',
  'director',
  'official',
  'comrades',
  // places and nationalities
  'russian',
  'russia',
  'soviet',
  'kremlin',
  'moscow',
  'north',
  'south',
  'korean',
  'korea',
  'korea’s',
  'dprk',
  'pyongyang',
  'american',
  'us',
  'u',
  'un',
  'nato',
  'china',
  'chinese',
  'japan',
  'japanese',
  'ukraine',
  'ukrainian',
  'western',
  'west',
  'east',
  'asia',
  'asian',
  'europe',
  'european',
  // function words
  'the',
  'a',
  'an',
  'and',
  'or',
  'but',
  'nor',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'onto',
  'to',
  'with',
  'without',
  'via',
  'vs',
  'versus',
  'when',
  'while',
  'after',
  'before',
  'since',
  'then',
  'than',
  'that',
  'this',
  'these',
  'those',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'their',
  'its',
  'our',
  'also',
  'too',
  'not',
  'no',
  'yes',
  'if',
  'so',
  'yet',
  'who',
  'whom',
  'whose',
  'which',
  'what',
  'where',
  'why',
  'how',
  'all',
  'both',
  'each',
  'only',
  'just',
  'even',
  'still',
  'again',
  'here',
  'there',
  'now',
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
  'however',
  'meanwhile',
  'later',
  'earlier',
  'according',
  // headline verbs and nouns
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'shall',
  'should',
  'do',
  'does',
  'did',
  'say',
  'says',
  'said',
  'sign',
  'signs',
  'signed',
  'meet',
  'meets',
  'met',
  'visit',
  'visits',
  'visited',
  'arrive',
  'arrives',
  'arrived',
  'host',
  'hosts',
  'hosted',
  'hold',
  'holds',
  'held',
  'tell',
  'tells',
  'told',
  'vow',
  'vows',
  'vowed',
  'pledge',
  'pledges',
  'pledged',
  'promise',
  'promises',
  'promised',
  'warn',
  'warns',
  'warned',
  'call',
  'calls',
  'called',
  'welcome',
  'welcomes',
  'welcomed',
  'thank',
  'thanks',
  'thanked',
  'hail',
  'hails',
  'hailed',
  'praise',
  'praises',
  'praised',
  'back',
  'backs',
  'backed',
  'agree',
  'agrees',
  'agreed',
  'greet',
  'greets',
  'greeted',
  'get',
  'gets',
  'got',
  'give',
  'gives',
  'gave',
  'receive',
  'receives',
  'received',
  'send',
  'sends',
  'sent',
  'want',
  'wants',
  'seek',
  'seeks',
  'sought',
  'slam',
  'slams',
  'urge',
  'urges',
  'reject',
  'rejects',
  'deny',
  'denies',
  'defend',
  'defends',
  'accuse',
  'accuses',
  'blame',
  'blames',
  'offer',
  'offers',
  'plan',
  'plans',
  'leave',
  'leaves',
  'left',
  'return',
  'returns',
  'land',
  'lands',
  'head',
  'heads',
  'make',
  'makes',
  'made',
  'take',
  'takes',
  'took',
  'show',
  'shows',
  'inspect',
  'inspects',
  'attend',
  'attends',
  'discuss',
  'discusses',
  'talk',
  'talks',
  'summit',
  'summits',
  'hug',
  'hugs',
  'embrace',
  'embraces',
  'ride',
  'rides',
  'drive',
  'drives',
  'gift',
  'gifts',
  'toast',
  'toasts',
  'vs',
  'ties',
  'deal',
  'pact',
  'treaty',
  'regime',
  'family',
  'dynasty',
  'era',
  'government',
  'administration',
  // days and months
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  // Russian: titles, prepositions and conjunctions that start sentences
  'президент',
  'председатель',
  'министр',
  'глава',
  'лидер',
  'премьер',
  'вице',
  'губернатор',
  'помощник',
  'товарищ',
  'господин',
  'в',
  'во',
  'и',
  'а',
  'но',
  'на',
  'с',
  'со',
  'по',
  'о',
  'об',
  'к',
  'у',
  'за',
  'из',
  'от',
  'до',
  'для',
  'при',
  'не',
  'что',
  'как',
  'это',
  'он',
  'она',
  'они',
  'его',
  'ее',
  'её',
  'также',
  'после',
  'россия',
  'российский',
  'кндр',
  'мид',
]);

/**
 * Countries and parties other than Russia/USSR and the DPRK. A treaty name qualified by one of
 * these ("the US–ROK Mutual Defense Treaty", "the Russia–Iran strategic partnership treaty",
 * "the Japan–DPRK Pyongyang Declaration") is another treaty, not one of ours.
 */
export const OTHER_PARTIES: ReadonlySet<string> = new Set([
  'iran',
  'iranian',
  'china',
  'chinese',
  'sino',
  'beijing',
  'japan',
  'japanese',
  'tokyo',
  'us',
  'u.s.',
  'u.s',
  'usa',
  'america',
  'american',
  'washington',
  'united',
  'states',
  'south',
  'rok',
  'seoul',
  'inter',
  'vietnam',
  'vietnamese',
  'hanoi',
  'india',
  'indian',
  'belarus',
  'belarusian',
  'minsk',
  'syria',
  'syrian',
  'cuba',
  'cuban',
  'mongolia',
  'mongolian',
  'ukraine',
  'ukrainian',
  'kyiv',
  'nato',
  'eu',
  'european',
  'philippines',
  'philippine',
  'australia',
  'australian',
  'germany',
  'german',
  'france',
  'french',
  'britain',
  'british',
  'uk',
  'turkey',
  'turkish',
  'kazakhstan',
  'laos',
  'egypt',
  'september',
  'koizumi',
  'moon',
]);

/**
 * Words that name the parties of our treaties. A title other countries share is ours where its
 * own sentence names both sides (see `ourTreatyAround`). Latin entries are whole words; Cyrillic
 * and Hangul entries are word starts, so that case endings and particles may follow (Россией,
 * 러시아와); a middle dot in a Hangul entry is optional.
 */
export const OUR_PARTIES: Readonly<Record<'russia' | 'dprk', readonly string[]>> = {
  russia: [
    'Russia',
    'Russian',
    'Russians',
    'Soviet',
    'Soviets',
    'USSR',
    'Moscow',
    'Kremlin',
    'Putin',
    'Росси',
    'Российск',
    'СССР',
    'Советск',
    'Москв',
    'Кремл',
    'Путин',
    '러시아',
    '소련',
    '모스크바',
    '크렘린',
    '푸틴',
    '북·러',
    '조·러',
    '조로',
    '조·소',
    '로씨야',
    '쏘베트',
  ],
  dprk: [
    'North Korea',
    'North Korean',
    'North Koreans',
    'DPRK',
    'Pyongyang',
    'Kim',
    'КНДР',
    'Пхеньян',
    'Северн Коре',
    'Северокорейск',
    'Ким',
    '북한',
    '조선',
    '평양',
    '김정은',
    '김정일',
    '김일성',
    '북·러',
    '조·러',
    '조로',
    '조·소',
  ],
};

/**
 * Cue words that show what a page is about (data/lexicon/topic-cues.json): Russia (or the USSR),
 * Korea, North Korea itself. See `cues.ts` for how they are matched.
 */
export const TOPIC_CUES = LEXICON.topicCues;

/**
 * Cue words of other worlds a namesake lives in: film, sport, entertainment, South Korean courts,
 * politics and military (data/lexicon/other-domains.json).
 */
export const OTHER_DOMAINS = LEXICON.otherDomains;

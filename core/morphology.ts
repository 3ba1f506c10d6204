/**
 * Mechanical variants of an alias, per language, as regex pieces for the trie in `pattern.ts`.
 * `data/entities.json` lists each alias once, in its base (dictionary) form; everything a page may
 * do to that form — case, hyphens, spelling, Russian case endings, Korean particles — is generated
 * here, so the data stays short and every rule is tested in one place.
 */
import {
  DASH,
  escapeRegExp,
  KOREAN_SEPARATOR,
  NAME_SEPARATOR,
  NOT_BEFORE_WORD,
  PHRASE_SEPARATOR,
} from './pattern';

/** How the words of an alias behave. */
export type AliasStyle =
  /** A person from Russia (or anyone whose name declines like a Russian one). */
  | 'russian-name'
  /** A Korean person: in Russian only a final consonant syllable declines ("Ким Чен Ына"). */
  | 'korean-name'
  /** A title or descriptive phrase: leading adjectives and the head noun decline. */
  | 'phrase';

// ---------------------------------------------------------------- English

/** British/American spellings that news sources mix; applied to each lower-cased token. */
const ENGLISH_SPELLINGS: readonly [RegExp, string][] = [
  [/neighbou?r/g, 'neighbou?r'],
  [/defen[cs]e/g, 'defen[cs]e'],
  [/^cooperation/g, `co${DASH}?operation`],
  [/i[sz]ation/g, 'i[sz]ation'],
];

/** One English word as a regex piece (the regex runs with the `i` flag, so case is free). */
export function englishToken(token: string): string {
  let source = '';
  for (const char of token.toLowerCase()) {
    if (char === "'" || char === '’' || char === 'ʼ') source += "['’ʼ]";
    else source += escapeRegExp(char);
  }
  for (const [pattern, replacement] of ENGLISH_SPELLINGS) {
    source = source.replace(pattern, replacement);
  }
  return source;
}

// ---------------------------------------------------------------- Russian

/** ё and е are written interchangeably (Белозёров / Белозеров). */
function yo(text: string): string {
  return text.replace(/[её]/g, '[её]').replace(/[ЕЁ]/g, '[её]');
}

function alternatives(endings: readonly string[]): string {
  const sorted = [...new Set(endings)].sort((a, b) => b.length - a.length);
  const optional = sorted.includes('');
  const nonEmpty = sorted.filter((ending) => ending !== '').map(yo);
  if (nonEmpty.length === 0) return '';
  return `(?:${nonEmpty.join('|')})${optional ? '?' : ''}`;
}

const VOWELS = 'аеёиоуыэюя';
const HUSHING = 'жшчщц';

function stemAndEndings(stem: string, endings: readonly string[]): string {
  return yo(escapeRegExp(stem)) + alternatives(endings);
}

/**
 * The singular case forms of a Russian personal name from its nominative. Surnames in -ов/-ев/-ин
 * take -ым (Путиным), other consonant stems -ом (Новаком); names in -о/-ко/-их/-ых and in vowels
 * other than -а/-я do not decline (Кожемяко, Криворучко). No suffixes beyond case endings, so
 * Путин never reaches Путинизм or Путинский.
 */
export function russianNameForms(options: { token: string; surname: boolean }): string {
  const word = options.token.toLowerCase();
  const last = word.at(-1) ?? '';
  if (options.surname && /(?:ов|ев|ёв|ин|ын)$/.test(word) && word.length > 3) {
    return stemAndEndings(word, ['', 'а', 'у', 'ым', 'е']);
  }
  if (/(?:ович|евич)$/.test(word)) return stemAndEndings(word, ['', 'а', 'у', 'ем', 'е']);
  if (word.endsWith('ий'))
    return stemAndEndings(word.slice(0, -2), ['ий', 'ия', 'ию', 'ием', 'ии']);
  if (/[аеёиоуыэюя]й$/.test(word))
    return stemAndEndings(word.slice(0, -1), ['й', 'я', 'ю', 'ем', 'е']);
  if (last === 'ь') return stemAndEndings(word.slice(0, -1), ['ь', 'я', 'ю', 'ем', 'е']);
  if (word.endsWith('ья'))
    return stemAndEndings(word.slice(0, -2), ['ья', 'ьи', 'ье', 'ью', 'ьей', 'ьёй']);
  if (word.endsWith('ия')) return stemAndEndings(word.slice(0, -2), ['ия', 'ии', 'ию', 'ией']);
  if (last === 'я') return stemAndEndings(word.slice(0, -1), ['я', 'и', 'е', 'ю', 'ей']);
  if (last === 'а') {
    const stem = word.slice(0, -1);
    const genitive = /[гкхжшчщ]$/.test(stem) ? 'и' : 'ы';
    return stemAndEndings(stem, ['а', genitive, 'е', 'у', 'ой']);
  }
  if (VOWELS.includes(last) || /(?:ых|их)$/.test(word)) return stemAndEndings(word, ['']);
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(word)) {
    const instrumental = HUSHING.includes(last) ? 'ем' : 'ом';
    return stemAndEndings(word, ['', 'а', 'у', instrumental, 'е']);
  }
  return stemAndEndings(word, ['']);
}

const ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее)$/;

function russianAdjectiveForms(word: string): string {
  const stem = word.slice(0, -2);
  const ending = word.slice(-2);
  const soft = /[гкхжшчщ]$/.test(stem) || ending === 'ий' || ending === 'яя' || ending === 'ее';
  if (ending === 'ая' || ending === 'яя') {
    return stemAndEndings(
      stem,
      ending === 'ая' ? ['ая', 'ой', 'ую', 'ою'] : ['яя', 'ей', 'юю', 'ею'],
    );
  }
  const instrumental = soft ? 'им' : 'ым';
  return stemAndEndings(stem, [ending, 'ого', 'ому', instrumental, 'ом', 'ое', 'ое']);
}

/** The singular case forms of a noun that heads a title (Договор, декларация, соглашение). */
function russianNounForms(word: string): string {
  if (word.endsWith('ие'))
    return stemAndEndings(word.slice(0, -2), ['ие', 'ия', 'ию', 'ием', 'ии']);
  if (word.endsWith('ия')) return stemAndEndings(word.slice(0, -2), ['ия', 'ии', 'ию', 'ией']);
  return russianNameForms({ token: word, surname: false });
}

/** The pieces of a Russian alias: declinable words decline, the rest (a title's complement) stays. */
function russianPieces(options: { words: readonly string[]; style: AliasStyle }): string[] {
  const { words, style } = options;
  const lastIndex = words.length - 1;
  let headDone = false;
  return words.map((word, index) => {
    const lower = word.toLowerCase();
    const separator = index === 0 ? '' : style === 'phrase' ? PHRASE_SEPARATOR : NAME_SEPARATOR;
    let piece: string;
    if (style === 'russian-name') {
      // A one-word alias is a surname; in a full name the last word is.
      piece = russianNameForms({ token: lower, surname: index === lastIndex });
    } else if (style === 'korean-name') {
      const declines =
        words.length > 1 && index === lastIndex && !VOWELS.includes(lower.at(-1) ?? '');
      piece = declines
        ? stemAndEndings(lower, ['', 'а', 'у', 'ом', 'е'])
        : stemAndEndings(lower, ['']);
    } else if (!headDone && ADJECTIVE.test(lower) && index < lastIndex) {
      piece = russianAdjectiveForms(lower);
    } else if (!headDone && /^[\p{L}]+$/u.test(lower) && !/^\d/.test(lower)) {
      headDone = true;
      piece = russianNounForms(lower);
    } else {
      piece = stemAndEndings(lower, ['']);
    }
    return separator + piece.replace(/-/g, DASH);
  });
}

// ---------------------------------------------------------------- Korean

/**
 * Particles and endings that attach to a Korean noun without a space. A Hangul name counts only
 * when what is glued to it is one or two of these (김정은은, 푸틴에게서, 김정은국무위원장과):
 * Korean has no word boundary inside a Hangul word, so this whitelist is the boundary.
 */
export const KOREAN_PARTICLES: readonly string[] = [
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '와',
  '과',
  '도',
  '만',
  '에',
  '에게',
  '에게서',
  '에서',
  '께',
  '께서',
  '로',
  '으로',
  '랑',
  '이랑',
  '하고',
  '처럼',
  '보다',
  '까지',
  '부터',
  '이다',
  '다',
  '였다',
  '이었다',
  '이라고',
  '라고',
  '이라는',
  '라는',
  '이며',
  '며',
  '이나',
  '나',
  '한테',
  '한테서',
  '조차',
  '마저',
  '뿐',
  '밖에',
  '과의',
  '와의',
  '에게는',
  '등',
  '측',
  '씨',
  '님',
  '이고',
  '고',
  '인',
  '이자',
  '였던',
  '이었던',
  '으로서',
  '로서',
  '으로부터',
  '로부터',
  '이란',
  '란',
  '야',
  '이야',
  '정권',
  '체제',
  '정부',
  '일가',
  '일행',
  '부부',
];

/** Titles written after a Korean name, often glued to it (김정은국무위원장). Not part of the mark. */
export const KOREAN_TITLES: readonly string[] = [
  '대통령',
  '위원장',
  '국무위원장',
  '총비서',
  '노동당 총비서',
  '외무상',
  '외무장관',
  '외교장관',
  '장관',
  '국방장관',
  '부총리',
  '제1부총리',
  '총리',
  '내각총리',
  '보좌관',
  '대변인',
  '주지사',
  '사장',
  '비서',
  '부위원장',
  '교통장관',
  '보건장관',
  '천연자원환경부 장관',
  '차관',
  '국방차관',
  '동지',
  '원수',
  '국무장관',
  // The earlier leaders' and Kim Yo Jong's titles, so that "김일성주석" is recognised as him.
  '주석',
  '국방위원장',
  '부부장',
  '제1부부장',
];

function koreanAlternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => escapeRegExp(word).replace(/ /g, KOREAN_SEPARATOR))
    .join('|');
}

/** Where a Korean alias may end: a non-letter, or a glued title and/or particles and then one. */
export const KOREAN_TAIL = `(?=(?:${koreanAlternation(KOREAN_TITLES)})?(?:${koreanAlternation(KOREAN_PARTICLES)}){0,2}${NOT_BEFORE_WORD})`;

const KOREAN_END = new RegExp(KOREAN_TAIL, 'uy');

/**
 * Can a Hangul alias end at `end`? Checked in code after the combined regex has matched, so the
 * long particle alternation is compiled once instead of after every Hangul alias.
 */
export function koreanEndAt(options: { text: string; end: number }): boolean {
  KOREAN_END.lastIndex = options.end;
  return KOREAN_END.test(options.text);
}

/** One-syllable country names that stand in pairs ("북러", "조·소", "한미"). */
const COUNTRY_SYLLABLES = new Set([...'북남조러로소중한미일']);

/**
 * One word of a Hangul title or phrase. Spacing inside Korean compounds is free ("상호원조조약"
 * = "상호원조 조약", "평양선언" = "평양 선언"), so a space may split the word between any two
 * syllables; between two country abbreviations a middle dot may stand too ("조소" = "조·소").
 */
function koreanPhraseWord(word: string): string {
  const chars = [...word];
  return chars
    .map((char, index) => {
      const previous = chars[index - 1];
      if (previous === undefined || !HANGUL.test(previous) || !HANGUL.test(char)) {
        return escapeRegExp(char);
      }
      const pair = COUNTRY_SYLLABLES.has(previous) && COUNTRY_SYLLABLES.has(char);
      return (pair ? KOREAN_SEPARATOR : '\\s*') + escapeRegExp(char);
    })
    .join('');
}

function koreanPieces(options: { words: readonly string[]; style: AliasStyle }): string[] {
  const { words, style } = options;
  // A name is written as one word (김정은, 라브로프): "김 정은" is not the name.
  const piece = style === 'phrase' ? koreanPhraseWord : escapeRegExp;
  return words.map((word, index) => (index === 0 ? '' : KOREAN_SEPARATOR) + piece(word));
}

// ---------------------------------------------------------------- all languages

const HANGUL = /\p{Script=Hangul}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

export type Script = 'latin' | 'cyrillic' | 'hangul';

/** The script decides the rules, not the language key, so a Latin alias under `ko` still works. */
export function scriptOf(text: string): Script {
  if (HANGUL.test(text)) return 'hangul';
  if (CYRILLIC.test(text)) return 'cyrillic';
  return 'latin';
}

/** Splits an alias into words; `joined[i]` says word i was hyphenated to the previous one. */
export function splitWords(alias: string): { words: string[]; joined: boolean[] } {
  const words: string[] = [];
  const joined: boolean[] = [];
  for (const match of alias.matchAll(/([^\s,\-‐‑‒–—]+)|([-‐‑‒–—])/gu)) {
    if (match[2]) {
      if (words.length > 0) joined[words.length] = true;
      continue;
    }
    words.push(match[1] ?? '');
    joined[words.length - 1] = joined[words.length - 1] ?? false;
  }
  return { words, joined: words.map((_, index) => joined[index] ?? false) };
}

/**
 * The regex source of one alias. English: any case, dash/space variants between
 * the parts (a hyphen in the base form may also be dropped: "Co-operation" = "Cooperation"),
 * spelling variants. Russian: case endings. Korean: optional spaces (particles after the end are
 * checked by `koreanEndAt`). The end-of-word condition is shared and added by the caller.
 */
export function aliasPattern(options: { alias: string; style: AliasStyle }): {
  source: string;
  script: Script;
} {
  const script = scriptOf(options.alias);
  if (script === 'hangul') {
    const words = options.alias.split(/[\s·ㆍ・,]+/u).filter((word) => word !== '');
    return { source: koreanPieces({ words, style: options.style }).join(''), script };
  }
  if (script === 'cyrillic') {
    const words = options.alias.split(/[\s,]+/u).filter((word) => word !== '');
    return { source: russianPieces({ words, style: options.style }).join(''), script };
  }
  const { words, joined } = splitWords(options.alias);
  const separator = options.style === 'phrase' ? PHRASE_SEPARATOR : NAME_SEPARATOR;
  const pieces = words.map((word, index) => {
    if (index === 0) return englishToken(word);
    return (joined[index] ? `(?:${separator})?` : separator) + englishToken(word);
  });
  return { source: pieces.join(''), script };
}

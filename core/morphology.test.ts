import { describe, expect, it } from 'vitest';
import {
  type AliasStyle,
  aliasPattern,
  englishToken,
  koreanEndAt,
  russianNameForms,
  scriptOf,
  splitWords,
} from './morphology';

/** Does the generated source match exactly this text (case-insensitively, as the matcher runs)? */
function full(source: string, text: string): boolean {
  return new RegExp(`^(?:${source})$`, 'iu').test(text);
}

describe('Russian names decline from the nominative', () => {
  it.each<[string, boolean, string[], string[]]>([
    [
      'Путин',
      true,
      ['Путин', 'Путина', 'Путину', 'Путиным', 'Путине'],
      ['Путином', 'Путинский', 'Путинизм', 'Путины', 'Путинa'],
    ],
    [
      'Лавров',
      true,
      ['Лавров', 'Лаврова', 'Лаврову', 'Лавровым', 'Лаврове'],
      ['Лавровский', 'Лавровой', 'Лавровом'],
    ],
    ['Белозёров', true, ['Белозёров', 'Белозеров', 'Белозерова', 'Белозёровым'], ['Белозеровский']],
    ['Новак', true, ['Новак', 'Новака', 'Новаку', 'Новаком', 'Новаке'], ['Новаким', 'Новакова']],
    ['Старовойт', true, ['Старовойта', 'Старовойтом'], ['Старовойтым']],
    ['Сергей', false, ['Сергей', 'Сергея', 'Сергею', 'Сергеем', 'Сергее'], ['Сергеич', 'Сергеи']],
    ['Алексей', false, ['Алексея', 'Алексеем'], ['Алексеевич']],
    ['Юрий', false, ['Юрий', 'Юрия', 'Юрию', 'Юрием', 'Юрии'], ['Юрьевич']],
    [
      'Владимир',
      false,
      ['Владимир', 'Владимира', 'Владимиру', 'Владимиром', 'Владимире'],
      ['Владимирович'],
    ],
    [
      'Владимирович',
      false,
      ['Владимировича', 'Владимировичу', 'Владимировичем', 'Владимировиче'],
      ['Владимировичом'],
    ],
    ['Игорь', false, ['Игорь', 'Игоря', 'Игорю', 'Игорем', 'Игоре'], ['Игорьем']],
    ['Илья', false, ['Илья', 'Ильи', 'Илье', 'Илью', 'Ильей', 'Ильёй'], ['Ильич']],
    ['Никита', false, ['Никита', 'Никиты', 'Никите', 'Никиту', 'Никитой'], ['Никитин']],
    ['Кожемяко', true, ['Кожемяко'], ['Кожемяки', 'Кожемякой', 'Кожемяку']],
    ['Криворучко', true, ['Криворучко'], ['Криворучки']],
    ['Мурашко', true, ['Мурашко'], ['Мурашка']],
  ])('%s', (token, surname, yes, no) => {
    const source = russianNameForms({ token, surname });
    for (const form of yes) expect(full(source, form), form).toBe(true);
    for (const form of no) expect(full(source, form), form).toBe(false);
  });
});

describe('aliases by style', () => {
  it.each<[string, AliasStyle, string[], string[]]>([
    // Korean names in Russian: only a final consonant syllable declines.
    [
      'Ким Чен Ын',
      'korean-name',
      ['Ким Чен Ын', 'Ким Чен Ына', 'Ким Чен Ыном', 'Ким Чен Ыну', 'Ким Чен Ыне'],
      ['Кима Чен Ына', 'Ким Чена Ын'],
    ],
    ['Цой Сон Хи', 'korean-name', ['Цой Сон Хи'], ['Цой Сон Хия', 'Цоя Сон Хи']],
    [
      'Сергей Лавров',
      'russian-name',
      ['Сергея Лаврова', 'Сергеем Лавровым', 'Сергей  Лавров'],
      ['СергейЛавров'],
    ],
    // Titles: leading adjectives and the head noun decline, the complement does not.
    [
      'Пхеньянская декларация',
      'phrase',
      [
        'Пхеньянская декларация',
        'Пхеньянской декларации',
        'Пхеньянскую декларацию',
        'Пхеньянской декларацией',
      ],
      ['Пхеньянские декларации'],
    ],
    [
      'Договор о дружбе, добрососедстве и сотрудничестве',
      'phrase',
      [
        'Договора о дружбе, добрососедстве и сотрудничестве',
        'Договором о дружбе добрососедстве и сотрудничестве',
      ],
      ['Договора о дружбы, добрососедстве и сотрудничестве'],
    ],
    [
      'новый договор',
      'phrase',
      ['новый договор', 'нового договора', 'новым договором', 'новому договору', 'новом договоре'],
      ['новая договор'],
    ],
    // English: case, dashes, spaces, spelling; a hyphen in the base form may be dropped.
    [
      'Kim Jong Un',
      'korean-name',
      ['Kim Jong Un', 'KIM JONG-UN', 'Kim Jong – Un', 'kim jong un'],
      ['Kim Jongun', 'Kim Jong Uk'],
    ],
    [
      'Treaty of Friendship, Good-Neighborliness and Cooperation',
      'phrase',
      [
        'Treaty of Friendship, Good-Neighbourliness, and Co-operation',
        'treaty of friendship good neighborliness and cooperation',
        'Treaty of Friendship, GoodNeighborliness and Cooperation',
      ],
      ['Treaty of Friendship, Good-Neighborliness and Co operation!'],
    ],
    [
      'Mutual Defense Treaty',
      'phrase',
      ['Mutual Defence Treaty', 'mutual defense treaty'],
      ['Mutual Defensive Treaty'],
    ],
    [
      "Democratic People's Republic",
      'phrase',
      ['Democratic People’s Republic', "Democratic People's Republic"],
      ['Democratic Peoples Republic'],
    ],
    // Korean: spaces and middle dots between the words are optional.
    ['북·러 조약', 'phrase', ['북·러 조약', '북러 조약', '북러조약', '북 러 조약'], ['북한 조약']],
    [
      '포괄적 전략적 동반자 관계 조약',
      'phrase',
      ['포괄적 전략적 동반자 관계 조약', '포괄적전략적동반자관계조약'],
      ['포괄적 전략 동반자 관계 조약'],
    ],
    // … and a space may also split what the alias writes as one word; between two country
    // abbreviations a middle dot (any of · ㆍ ・) may stand too.
    [
      '조·소 우호협조 및 상호원조조약',
      'phrase',
      [
        '조·소 우호협조 및 상호원조 조약',
        '조소 우호협조 및 상호원조조약',
        '조ㆍ소 우호 협조 및 상호 원조 조약',
        '조・소 우호협조 및 상호원조조약',
      ],
      ['조·중 우호협조 및 상호원조 조약', '조-소 우호협조 및 상호원조조약'],
    ],
    ['북러조약', 'phrase', ['북·러 조약', '북ㆍ러조약', '북러 조약'], ['북한 러시아 조약']],
    ['평양선언', 'phrase', ['평양 선언', '평양선언'], ['평양의 선언']],
    // Names stay as written: "김 정은" is not 김정은.
    ['김정은', 'korean-name', ['김정은'], ['김 정은', '김·정은']],
    [
      '세르게이 라브로프',
      'russian-name',
      ['세르게이 라브로프', '세르게이라브로프'],
      ['세르게이 라브 로프'],
    ],
  ])('%s (%s)', (alias, style, yes, no) => {
    const { source } = aliasPattern({ alias, style });
    for (const form of yes) expect(full(source, form), form).toBe(true);
    for (const form of no) expect(full(source, form), form).toBe(false);
  });
});

describe('englishToken', () => {
  it.each([
    ['neighborliness', 'Neighbourliness', true],
    ['defence', 'Defense', true],
    ['cooperation', 'co-operation', true],
    ['organization', 'organisation', true],
    ["people's", 'People’s', true],
    ['mr.', 'Mr.', true],
    ['mr.', 'Mrs', false],
  ])('%s ~ %s → %s', (token, text, expected) => {
    expect(full(englishToken(token), text)).toBe(expected);
  });
});

describe('Korean particles decide where a Hangul name may end', () => {
  it.each([
    ['김정은', 3, true],
    ['김정은은', 3, true],
    ['김정은과의', 3, true],
    ['김정은국무위원장과', 3, true],
    ['김정은 국무위원장', 3, true],
    ['푸틴에게서는', 2, true],
    ['푸틴이었다', 2, true],
    ['푸틴대통령은', 2, true],
    ['푸틴식', 2, false],
    ['푸틴이즘', 2, false],
    ['김정은아파트', 3, false],
    ['김일성주석', 3, true],
    ['김정일국방위원장의', 3, true],
    ['김여정부부장은', 3, true],
    ['푸틴 2', 2, true],
    ['푸틴2', 2, false],
  ])('%s at %i → %s', (text, end, expected) => {
    expect(koreanEndAt({ text, end })).toBe(expected);
  });
});

describe('helpers', () => {
  it('tells scripts apart by the letters, not the language key', () => {
    expect(scriptOf('Putin')).toBe('latin');
    expect(scriptOf('Путин')).toBe('cyrillic');
    expect(scriptOf('푸틴')).toBe('hangul');
    expect(scriptOf('1961 treaty')).toBe('latin');
  });

  it('splits words and remembers which were hyphenated', () => {
    expect(splitWords('Treaty of Friendship, Good-Neighborliness')).toEqual({
      words: ['Treaty', 'of', 'Friendship', 'Good', 'Neighborliness'],
      joined: [false, false, false, false, true],
    });
    expect(splitWords('Russia–North Korea treaty').joined).toEqual([false, true, false, false]);
  });
});

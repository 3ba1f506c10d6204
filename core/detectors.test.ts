import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileDetectors, type DetectorFile, loadDetectors } from './detectors';

const DIR = new URL('../data/detectors/', import.meta.url);
const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as DetectorFile);
const detectors = loadDetectors(compileDetectors(files));

/** What a page states: [dispute, phrase, account], left to right. */
function stated(text: string, topical = true): [string, string, number | string][] {
  return detectors
    .detect({ text, topical })
    .map((hit) => [hit.disputeId, text.slice(hit.start, hit.end), hit.account]);
}

type Case = [string, [string, string, number][]];

describe('putin-arrival-time', () => {
  it.each<Case>([
    [
      'Putin’s plane landed at Pyongyang’s Sunan airport at 2:22 a.m., flight trackers showed.',
      [['putin-arrival-time', '2:22 a.m.', 1]],
    ],
    [
      'The Kremlin said Putin arrived at 2:46 a.m. local time on Wednesday.',
      [['putin-arrival-time', '2:46 a.m.', 0]],
    ],
    [
      'Russian President Vladimir Putin arrived in Pyongyang early Wednesday, hours behind schedule.',
      [['putin-arrival-time', 'early Wednesday', 2]],
    ],
    [
      'Mr. Putin, who arrived in Pyongyang on June 18, left the next evening.',
      [['putin-arrival-time', 'June 18', 3]],
    ],
    [
      'Mr. Putin, who arrived in Pyongyang on June 18, signed the treaty.',
      [['putin-arrival-time', 'June 18', 3]],
    ],
    [
      '푸틴 대통령은 19일 오전 2시 22분 평양 순안공항에 도착했다.',
      [['putin-arrival-time', '오전 2시 22분', 1]],
    ],
    ['푸틴 대통령의 전용기는 19일 새벽 평양에 착륙했다.', [['putin-arrival-time', '19일 새벽', 2]]],
    ['Путин прибыл в Пхеньян в 2:46 по местному времени.', [['putin-arrival-time', '2:46', 0]]],
    ['Самолет Путина приземлился в Пхеньяне 18 июня.', [['putin-arrival-time', '18 июня', 3]]],
  ])('%s', (text, expected) => {
    expect(stated(text)).toEqual(expected);
  });

  it.each([
    'The train leaves at 2:22 p.m. from Pyongyang station.',
    'Putin arrived at 2:22 p.m. for the gala.',
    'Putin’s plane landed in Hanoi at 2:22 a.m. on Thursday.',
    'The delegation landed at 2:22 a.m.; the president slept on the plane.',
    'At 2:46 a.m. the power came back on in Pyongyang.',
    'Putin spoke. Kim’s train arrived at 2:22 a.m.',
    'When Putin arrived in Pyongyang in July 2000, he landed at 2:22 a.m.',
    '열차는 오후 2시 22분에 평양역에 도착한다.',
    'Поезд прибывает в 2:22.',
  ])('not: %s', (text) => {
    expect(stated(text)).toEqual([]);
  });

  it('leaves "early Wednesday" to the exact time in the same sentence', () => {
    expect(stated('Putin arrived early Wednesday, shortly before three.')).toEqual([
      ['putin-arrival-time', 'early Wednesday', 2],
    ]);
    expect(stated('Putin arrived early Wednesday, at 2:46 a.m.')).toEqual([
      ['putin-arrival-time', '2:46 a.m.', 0],
    ]);
  });

  it('needs the page to be about Russia and Korea', () => {
    expect(stated('Putin landed at 2:22 a.m.', false)).toEqual([]);
  });
});

describe('talks-duration', () => {
  it.each<Case>([
    [
      'Putin and Kim talked for about two hours before signing.',
      [['talks-duration', 'about two hours', 0]],
    ],
    [
      'The two leaders held a nearly two-hour one-on-one meeting.',
      [['talks-duration', 'nearly two-hour', 0]],
    ],
    [
      'Putin and Kim held several hours of closed-door discussions.',
      [['talks-duration', 'several hours', 1]],
    ],
    ['두 정상은 약 2시간 동안 단독 회담을 했다.', [['talks-duration', '약 2시간', 0]]],
    ['푸틴과 김정은은 몇 시간 동안 회담했다.', [['talks-duration', '몇 시간', 1]]],
    [
      'Переговоры Путина и Ким Чен Ына продолжались около двух часов.',
      [['talks-duration', 'около двух часов', 0]],
    ],
    ['Путин и Ким провели многочасовые переговоры.', [['talks-duration', 'многочасовые', 1]]],
  ])('%s', (text, expected) => {
    expect(stated(text)).toEqual(expected);
  });

  it.each([
    'Blinken and Wang Yi’s talks lasted two hours.',
    'Putin’s talks with Xi in Beijing lasted two hours.',
    'Putin arrived two hours late for his meeting with Kim.',
    'The banquet after Putin and Kim’s talks lasted two hours.',
    'Putin and Kim met in Vladivostok in 2019 for two hours.',
    'The Kim–Putin talks ran for 12 hours, officials said.',
    '시진핑 주석과 푸틴 대통령은 2시간 회담했다.',
    'Путин опоздал на встречу с Кимом на два часа.',
  ])('not: %s', (text) => {
    expect(stated(text)).toEqual([]);
  });
});

describe('treaty-replaces', () => {
  it.each<Case>([
    [
      'The new treaty replaces the 1961 treaty and the 2000 treaty.',
      [['treaty-replaces', 'the 1961 treaty', 0]],
    ],
    [
      'The agreement is expected to replace the treaties from 1961 and 2000.',
      [['treaty-replaces', 'the treaties from 1961 and 2000', 0]],
    ],
    [
      'Ushakov said the new pact would replace the 2000 treaty and the declarations.',
      [['treaty-replaces', 'the 2000 treaty', 1]],
    ],
    [
      'The 1961 treaty between Pyongyang and Moscow was scrapped in 1996.',
      [['treaty-replaces', 'scrapped in 1996', 2]],
    ],
    ['새 조약은 1961년 조약과 2000년 조약을 대체한다.', [['treaty-replaces', '1961년 조약', 0]]],
    ['1961년 조약은 1996년 폐기됐다.', [['treaty-replaces', '1996년 폐기됐다', 2]]],
    ['Новый договор заменит договор 1961 года.', [['treaty-replaces', 'договор 1961 года', 0]]],
    [
      'Договор 1961 года утратил силу в 1996 году.',
      [['treaty-replaces', 'утратил силу в 1996 году', 2]],
    ],
  ])('%s', (text, expected) => {
    expect(stated(text)).toEqual(expected);
  });

  it.each([
    'China’s 1961 treaty with North Korea was renewed; nothing replaces the 1961 treaty with Beijing.',
    'The new treaty does not replace the 1961 treaty.',
    'The 2000 treaty had itself replaced the 1961 treaty.',
    'The 1961 treaty was signed by Kim Il Sung.',
    'New software replaces the 1961 mainframe.',
    '북중 우호조약은 1961년 조약을 대체하지 않았다.',
    'Китай и КНДР заменят договор 1961 года.',
  ])('not: %s', (text) => {
    expect(stated(text)).toEqual([]);
  });
});

describe('talks-venue', () => {
  it.each<Case>([
    [
      'Putin and Kim held talks at the Kumsusan State Guest House.',
      [['talks-venue', 'Kumsusan State Guest House', 0]],
    ],
    ['The two leaders met at the Kumsusan Palace.', [['talks-venue', 'Kumsusan Palace', 1]]],
    [
      'The leaders began talks at the Kumsusan Palace of the Sun.',
      [['talks-venue', 'Kumsusan Palace of the Sun', 2]],
    ],
    ['두 정상은 금수산 영빈관에서 회담했다.', [['talks-venue', '금수산 영빈관', 0]]],
    [
      'Путин и Ким провели переговоры в Кумсусанском дворце Солнца.',
      [['talks-venue', 'Кумсусанском дворце Солнца', 2]],
    ],
  ])('%s', (text, expected) => {
    expect(stated(text)).toEqual(expected);
  });

  it.each([
    'Kim Il Sung’s body lies in state at the Kumsusan Palace of the Sun, where Putin did not go for talks.',
    'Putin stayed at the Kumsusan Guesthouse.',
    '김정은 위원장은 금수산태양궁전을 참배했다.',
  ])('not: %s', (text) => {
    expect(stated(text)).toEqual([]);
  });
});

describe('relationship-level', () => {
  it.each<Case>([
    [
      'Kim said the treaty elevated relations to the level of an alliance.',
      [['relationship-level', 'the level of an alliance', 0]],
    ],
    [
      'Analysts said the treaty raised ties to a comprehensive strategic partnership, just below an alliance.',
      [
        ['relationship-level', 'a comprehensive strategic partnership', 1],
        ['relationship-level', 'just below an alliance', 1],
      ],
    ],
    ['양국 관계는 동맹 수준으로 격상됐다.', [['relationship-level', '동맹 수준', 0]]],
    [
      '양국 관계가 포괄적 전략적 동반자 관계로 격상됐다.',
      [['relationship-level', '포괄적 전략적 동반자 관계', 1]],
    ],
    [
      'Ким заявил, что отношения вышли на уровень союза.',
      [['relationship-level', 'уровень союза', 0]],
    ],
  ])('%s', (text, expected) => {
    expect(stated(text)).toEqual(expected);
  });

  it.each([
    'Seoul and Washington raised their alliance to a new level.',
    'The Treaty on Comprehensive Strategic Partnership raises relations, Putin said.',
    'They signed the Comprehensive Strategic Partnership Treaty to lift ties.',
    '포괄적 전략적 동반자 관계에 관한 조약으로 관계를 격상했다.',
    'Договор о всеобъемлющем стратегическом партнерстве поднимает отношения.',
    'Relations with the USSR were raised to an alliance in 1961.',
  ])('not: %s', (text) => {
    expect(stated(text)).toEqual([]);
  });
});

describe('visit-length', () => {
  it.each<Case>([
    [
      'Putin began a two-day visit to North Korea on Tuesday.',
      [['visit-length', 'a two-day visit', 0]],
    ],
    [
      'Putin’s visit is likely to be cut short to a day.',
      [['visit-length', 'cut short to a day', 1]],
    ],
    ['푸틴 대통령의 1박 2일 방북 일정이 시작됐다.', [['visit-length', '1박 2일', 0]]],
    ['Двухдневный визит Путина начался во вторник.', [['visit-length', 'Двухдневный визит', 0]]],
  ])('%s', (text, expected) => {
    expect(stated(text)).toEqual(expected);
  });

  it.each([
    'Putin then flew to Vietnam for a two-day state visit.',
    'Kim’s visit to Russia in 2023 was a two-day trip, Putin noted.',
    'Putin attended a two-day forum. His visit drew crowds.',
  ])('not: %s', (text) => {
    expect(stated(text)).toEqual([]);
  });
});

describe('leaders-meetings-count', () => {
  it.each<Case>([
    [
      'It was the third time Kim and Putin had met in person.',
      [['leaders-meetings-count', 'third time', 0]],
    ],
    [
      'Mr. Putin has met Mr. Kim several times in the past.',
      [['leaders-meetings-count', 'several times', 1]],
    ],
    [
      '김정은 위원장과 푸틴 대통령의 만남은 이번이 세 번째다.',
      [['leaders-meetings-count', '세 번째', 0]],
    ],
    ['Путин и Ким встречаются уже в третий раз.', [['leaders-meetings-count', 'третий раз', 0]]],
  ])('%s', (text, expected) => {
    expect(stated(text)).toEqual(expected);
  });

  it.each([
    'Putin has met Xi several times; Kim was not there.',
    'Kim Jong Il met Putin several times.',
    'It was the third time the Kim family welcomed a Kremlin leader.',
  ])('not: %s', (text) => {
    expect(stated(text)).toEqual([]);
  });
});

describe('prefilter', () => {
  it('says no to text with no value of any detector', () => {
    expect(detectors.mayContain('Putin and Kim signed a treaty in Pyongyang.')).toBe(false);
    expect(detectors.mayContain('Putin landed at 2:22 a.m.')).toBe(true);
    expect(detectors.mayContain('회담은 약 2시간')).toBe(true);
  });
});

describe('the topic gate', () => {
  it('is the page context’s: both topic cues seen, in any text of the page', async () => {
    const { createMatcher, createPageContext } = await import('./matcher');
    const { Entity } = await import('./schema');
    const entities = JSON.parse(
      readFileSync(new URL('../data/entities.json', import.meta.url), 'utf8'),
    ).map((entity: unknown) => Entity.parse(entity));
    const matcher = createMatcher({ entities });
    const context = createPageContext({ matcher });
    const feed = (text: string) => context.add({ text, candidates: matcher.scan(text) });
    feed('Putin landed at 2:22 a.m.');
    expect(context.topical()).toBe(false);
    feed('Pyongyang welcomed the Russian leader.');
    expect(context.topical()).toBe(true);
  });
});

/**
 * The rules loosened for recall on sets 1–6 (#16), each with the same values on other occasions
 * or of other subjects, in en, ko and ru: the subject carried from the sentence before in the
 * block.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileDetectors, type DetectorFile, loadDetectors } from './detectors';

const DIR = new URL('../data/detectors/', import.meta.url);
const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as DetectorFile);
const detectors = loadDetectors(compileDetectors(files, { includeUnshipped: true }));

function stated(text: string): [string, string, number | string][] {
  return detectors
    .detect({ text, topical: true })
    .map((hit) => [hit.disputeId, text.slice(hit.start, hit.end), hit.account]);
}

type Case = [string, [string, string, number][]];

const expectEach = (cases: Case[]) =>
  it.each<Case>(cases)('%s', (text, expected) => {
    expect(stated(text)).toEqual(expected);
  });
const expectNone = (texts: string[]) =>
  it.each(texts)('not: %s', (text) => {
    expect(stated(text)).toEqual([]);
  });

describe('the subject carried from the sentence before, in the same block', () => {
  expectEach([
    [
      'The two leaders then held talks in Pyongyang. Their one-on-one conversation lasted about two hours.',
      [['talks-duration', 'about two hours', 0]],
    ],
    [
      '두 정상은 평양에서 회담했다. 단독 회담은 약 2시간 동안 이어졌다.',
      [['talks-duration', '약 2시간', 0]],
    ],
    [
      'Путин и Ким Чен Ын провели переговоры в Пхеньяне. Беседа один на один продлилась почти два часа.',
      [['talks-duration', 'почти два часа', 0]],
    ],
    [
      'Putin and Kim signed the treaty on June 19. The talks were held at the Kumsusan State Guest House.',
      [['talks-venue', 'Kumsusan State Guest House', 0]],
    ],
    [
      'Путин и Ким Чен Ын подписали договор 19 июня. Переговоры проходили в резиденции «Кумсусан».',
      [['talks-venue', 'резиденции «Кумсусан»', 0]],
    ],
  ]);
  expectNone([
    // the value alone: no subject in its block
    'Their one-on-one conversation lasted about two hours.',
    '단독 회담은 약 2시간 동안 이어졌다.',
    'Беседа один на один продлилась почти два часа.',
    // another subject in the sentence or the one before
    "The two leaders held talks in Pyongyang. The foreign ministers' meeting lasted about two hours.",
    '두 정상은 평양에서 회담했다. 외무장관 회담은 약 2시간 진행됐다.',
    'Путин и Ким провели переговоры в Пхеньяне. Встреча министров иностранных дел продлилась около двух часов.',
    'Kim received Lavrov in Pyongyang. Talks were held at the Kumsusan guest house.',
    '김 위원장은 평양에서 라브로프 장관을 만났다. 회담은 금수산 영빈관에서 열렸다.',
    'Ким принял Лаврова в Пхеньяне. Переговоры прошли в резиденции «Кумсусан».',
    // the sentence before is about another occasion, or its subject is vetoed
    'Putin and Kim met in Vladivostok in 2019. Their talks lasted about two hours.',
    '2019년 4월 두 정상은 블라디보스토크에서 만났다. 회담은 약 2시간 진행됐다.',
    'В 2019 году Путин и Ким встретились во Владивостоке. Переговоры продлились около двух часов.',
    'Xi and Kim held talks in Pyongyang. Their conversation lasted about two hours.',
    '시진핑 주석과 김 위원장은 평양에서 회담했다. 회담은 약 2시간 이어졌다.',
    'Си Цзиньпин и Ким провели переговоры в Пхеньяне. Беседа продлилась почти два часа.',
    // hours of something else than the talks, after the leaders' sentence
    'Putin and Kim held talks in Pyongyang. The welcome ceremony lasted about two hours.',
  ]);
});

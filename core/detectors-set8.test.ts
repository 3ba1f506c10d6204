/**
 * The rules added after set 8's first run (#16), each with its hard negatives in en, ko and ru:
 * a schedule or expectation is not the arrival; an attribution in a later clause does not make
 * the page's own statement of arms supply a claim; a title without its article; the hedge
 * 사실상 as part of a level.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileDetectors, type DetectorFile, loadDetectors } from './detectors';

const DIR = new URL('../data/detectors/', import.meta.url);
const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as DetectorFile);
const detectors = loadDetectors(compileDetectors(files));

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

describe('a schedule or expectation is not the arrival', () => {
  expectNone([
    'Putin had been expected in Pyongyang on the evening of June 18, but his stop in Yakutsk ran long.',
    'Putin was scheduled to arrive in Pyongyang late on June 18.',
    'Putin was due to land in Pyongyang at 2:22 a.m. on June 19.',
    '애초 푸틴 대통령은 18일 저녁 평양에 도착해 1박 2일 일정을 소화할 예정이었다.',
    '푸틴 대통령은 19일 새벽 2시 22분 평양에 도착할 예정이다.',
    'Ожидалось, что Путин прилетит в Пхеньян вечером 18 июня.',
    'Путин должен был прибыть в Пхеньян 18 июня.',
    'По плану Путин прилетал в Пхеньян 18 июня.',
  ]);
  expectEach([
    [
      'Putin arrived in Pyongyang early Wednesday, several hours later than expected.',
      [['putin-arrival-date', 'early Wednesday', 0]],
    ],
    [
      '푸틴 대통령은 예정보다 늦은 19일 새벽 평양에 도착했다.',
      [['putin-arrival-date', '19일 새벽', 0]],
    ],
    [
      'Путин прибыл в Пхеньян в ночь на 19 июня, на несколько часов позже запланированного.',
      [['putin-arrival-date', 'в ночь на 19 июня', 0]],
    ],
  ]);
});

describe("arms supply: an attribution counts only in the value's clause", () => {
  expectEach([
    [
      'North Korea has been sending Russia artillery shells since last autumn, and Ukrainian officials say debris from North Korean missiles has been found in Kharkiv.',
      [['dprk-arms-supply-to-russia', 'sending Russia artillery shells', 0]],
    ],
    [
      'Ukrainian officials say North Korea has been sending Russia artillery shells, and the debris proves it.',
      [['dprk-arms-supply-to-russia', 'sending Russia artillery shells', 1]],
    ],
    [
      'North Korea has been sending Russia artillery shells, officials say.',
      [['dprk-arms-supply-to-russia', 'sending Russia artillery shells', 1]],
    ],
    [
      'Северная Корея передаёт России артиллерийские снаряды, но Москва это отрицает.',
      [['dprk-arms-supply-to-russia', 'передаёт России артиллерийские снаряды', 0]],
    ],
    [
      'По данным разведки, Северная Корея передаёт России артиллерийские снаряды, а Москва молчит.',
      [['dprk-arms-supply-to-russia', 'передаёт России артиллерийские снаряды', 1]],
    ],
  ]);
});

describe('a title without its article; 사실상 with the level', () => {
  expectEach([
    [
      'Yury Ushakov, a Kremlin foreign policy aide, told reporters the talks went well.',
      [['ushakov-title', 'Kremlin foreign policy aide', 0]],
    ],
    [
      'The treaty was described by a top Putin aide, Yury Ushakov, as a breakthrough.',
      [['ushakov-title', 'top Putin aide', 0]],
    ],
    [
      '새 조약은 북한과 러시아의 관계를 사실상 군사동맹으로 끌어올렸다.',
      [['relationship-level', '사실상 군사동맹', 0]],
    ],
  ]);
});

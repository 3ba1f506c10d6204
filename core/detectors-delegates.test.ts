/**
 * The summit's other delegates and other Kims are not "the two leaders": sentences in the shape
 * of bench page (a)'s ("<delegate> met <delegate> for more than two hours in <city>", after a
 * sentence that names Wednesday or a Kim), which the talks-duration rules once read as Putin and
 * Kim's talks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileDetectors, type DetectorFile, loadDetectors } from './detectors';

const DIR = new URL('../data/detectors/', import.meta.url);
const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as DetectorFile);
const detectors = loadDetectors(compileDetectors(files, { includeUnshipped: true }));

const stated = (text: string) =>
  detectors.detect({ text, topical: true }).map((hit) => text.slice(hit.start, hit.end));

describe('talks of other delegates', () => {
  it.each([
    'Figures were released on Wednesday. Andrey Belousov met Kim Dok Hun for more than two hours in Busan.',
    'Figures were released on Wednesday. Alexander Kozlov met Putin for more than two hours in Busan.',
    'Kim Tok Hun declined to answer questions in Pyongyang. Roman Starovoit met Belozerov for more than two hours in Khabarovsk.',
    'Manturov said on Wednesday that the talks had been productive. Vladimir Putin met Roman Starovoyt for more than two hours in Irkutsk.',
    '수요일 평양에서 김덕훈 총리가 코즐로프 부총리와 약 2시간 동안 만났다.',
    'В среду в Пхеньяне Ким Док Хун встретился с Новаком, переговоры длились около двух часов.',
  ])('not: %s', (text) => {
    expect(stated(text)).toEqual([]);
  });

  it('still: the two leaders, Kim named alone', () => {
    expect(
      stated('In Pyongyang on Wednesday, Putin and Kim talked for more than two hours.'),
    ).toEqual(['more than two hours']);
  });
});

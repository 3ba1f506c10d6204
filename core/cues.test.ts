import { describe, expect, it } from 'vitest';
import { compileCues, loadCues } from './cues';

const cues = loadCues(compileCues());

describe('topic cues', () => {
  it.each([
    ['Russia and North Korea', ['russia', 'korea']],
    ['the Kremlin said Pyongyang agreed', ['russia', 'korea']],
    ['Russians and Koreans', ['russia', 'korea']],
    ['the USSR and the D.P.R.K.', ['russia', 'korea']],
    ['러시아와 북한은', ['russia', 'korea']],
    ['북·러 조약', ['russia', 'korea']],
    ['북러조약', ['russia', 'korea']],
    ['России и КНДР', ['russia', 'korea']],
    ['в Москве и Пхеньяне', ['russia', 'korea']],
    ['Moscow', ['russia']],
    ['South Korea and Japan', ['korea']],
    ['Russianness of Koreanology', []],
    ['러시아군과 북한군', ['russia', 'korea']],
    ['평양냉면', ['korea']],
    ['Vietnam and Iran', []],
  ])('%s → %j', (text, expected) => {
    expect(cues(text).sort()).toEqual([...expected].sort());
  });
});

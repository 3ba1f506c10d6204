import { describe, expect, it } from 'vitest';
import { compileCues, loadCues } from './cues';

const load = loadCues(compileCues());
/** What a text shows, each cue once. */
const cues = (text: string): string[] => [...new Set(load(text).flatMap((hit) => hit.cues))];

describe('topic cues', () => {
  it.each([
    ['Russia and North Korea', ['russia', 'korea', 'dprk']],
    ['the Kremlin said Pyongyang agreed', ['russia', 'korea', 'dprk']],
    ['Russians and Koreans', ['russia', 'korea']],
    ['the USSR and the D.P.R.K.', ['russia', 'korea', 'dprk']],
    ['러시아와 북한은', ['russia', 'korea', 'dprk']],
    ['북·러 조약', ['russia', 'korea', 'dprk']],
    ['북러조약', ['russia', 'korea', 'dprk']],
    ['России и КНДР', ['russia', 'korea', 'dprk']],
    ['в Москве и Пхеньяне', ['russia', 'korea', 'dprk']],
    ['Moscow', ['russia']],
    ['South Korea and Japan', ['korea']],
    ['Russianness of Koreanology', []],
    ['러시아군과 북한군', ['russia', 'korea', 'dprk']],
    ['평양냉면', ['korea', 'dprk']],
    // North Korea itself, not Korea in general; 북 and 조선 only as words of their own.
    ['북은 미사일을', ['dprk']],
    ['북부 지방', []],
    ['조선의 핵', ['korea', 'dprk']],
    ['조선일보 기자', ['korea']],
    ['조선업 호황', ['korea']],
    ['北 박정훈', ['dprk']],
    ['Kim Jong Un said', ['dprk']],
    // Other worlds: film, sport, entertainment, courts, politics, the military.
    ['the actor, an Oscar nominee', ['elsewhere']],
    ['배우 김정은이 드라마에', ['elsewhere']],
    ['нападающий забросил шайбу', ['elsewhere']],
    ['해병대 대령', ['elsewhere']],
    ['Vietnam and Iran', []],
  ])('%s → %j', (text, expected) => {
    expect(cues(text).sort()).toEqual([...expected].sort());
  });
});

describe('cue words are counted once per word', () => {
  it('reports each distinct word once with what it shows there', () => {
    const hits = load('Russia, Russia and the actor; the actors');
    expect(hits.map((hit) => hit.cues)).toEqual([['russia'], ['elsewhere'], ['elsewhere']]);
    expect(new Set(hits.map((hit) => hit.word)).size).toBe(3);
  });
});

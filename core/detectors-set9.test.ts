/**
 * The extents settled after set 9's first run (#16), by the written labelling rules
 * (tests/fixtures/sentences/README.md): the count without the words that place it before this
 * meeting; the place's name with its "state"; what is replaced with its noun ("документ"); the
 * level with its qualifier ("союзнический уровень", "정식 동맹 바로 아래 단계"); a Korean verb as
 * its whole written word. Sentences written for the test, not the fixtures' strings.
 */
import { describe } from 'vitest';
import { asShipped } from './detectors.fixture';

const { expectEach, expectNone } = asShipped;

describe('the count alone, not the words that place it before this meeting', () => {
  expectEach([
    [
      'Putin and Kim had met twice before, at Vladivostok and at Vostochny.',
      [['leaders-meetings-count', 'twice', 0]],
    ],
    [
      'Путин и Ким Чен Ын до этого встречались уже дважды.',
      [['leaders-meetings-count', 'дважды', 0]],
    ],
    ['두 정상은 앞서 이미 두 차례 만났다.', [['leaders-meetings-count', '두 차례', 0]]],
    ['평양 회담은 두 정상의 세 번째 만남이었다.', [['leaders-meetings-count', '세 번째', 0]]],
  ]);
  expectNone(['Putin and Kim met twice, in Vladivostok and in Pyongyang.']);
});

describe('the place, what is replaced and the level, with their words', () => {
  expectEach([
    [
      'Путин и Ким Чен Ын провели переговоры в государственной резиденции «Кумсусан».',
      [['talks-venue', 'государственной резиденции «Кумсусан»', 0]],
    ],
    [
      'По словам Кремля, новый договор заменит документ 2000 года.',
      [['treaty-replaces', 'документ 2000 года', 1]],
    ],
    [
      'Договор выводит отношения России и КНДР на союзнический уровень.',
      [['relationship-level', 'союзнический уровень', 0]],
    ],
    [
      '전문가들은 북러 관계가 정식 동맹 바로 아래 단계라고 본다.',
      [['relationship-level', '정식 동맹 바로 아래 단계', 1]],
    ],
  ]);
});

describe('a Korean verb is its whole written word', () => {
  expectEach([
    [
      '미국은 북한이 러시아에 포탄을 공급해 왔다고 밝혔다.',
      [['dprk-arms-supply-to-russia', '러시아에 포탄을 공급해', 1]],
    ],
    [
      '양국은 북한이 러시아에 미사일을 제공한다는 의혹을 부인했다.',
      [['dprk-arms-supply-to-russia', '러시아에 미사일을 제공한다는', 1]],
    ],
  ]);
});

/**
 * The summit's other delegates and other Kims are not "the two leaders": sentences in the shape
 * of bench page (a)'s ("<delegate> met <delegate> for more than two hours in <city>", after a
 * sentence that names Wednesday or a Kim), which the talks-duration rules once read as Putin and
 * Kim's talks.
 */
import { describe } from 'vitest';
import { expectEach, expectNone } from './detectors.fixture';

describe('talks of other delegates', () => {
  expectNone([
    'Figures were released on Wednesday. Andrey Belousov met Kim Dok Hun for more than two hours in Busan.',
    'Figures were released on Wednesday. Alexander Kozlov met Putin for more than two hours in Busan.',
    'Kim Tok Hun declined to answer questions in Pyongyang. Roman Starovoit met Belozerov for more than two hours in Khabarovsk.',
    'Manturov said on Wednesday that the talks had been productive. Vladimir Putin met Roman Starovoyt for more than two hours in Irkutsk.',
    '수요일 평양에서 김덕훈 총리가 코즐로프 부총리와 약 2시간 동안 만났다.',
    'В среду в Пхеньяне Ким Док Хун встретился с Новаком, переговоры длились около двух часов.',
  ]);

  // Still: the two leaders, Kim named alone.
  expectEach([
    [
      'In Pyongyang on Wednesday, Putin and Kim talked for more than two hours.',
      [['talks-duration', 'more than two hours', 0]],
    ],
  ]);
});

/**
 * The rules loosened for recall on sets 1–6 (#16), each with the same values on other occasions
 * or of other subjects, in en, ko and ru: the subject carried from the sentence before in the
 * block, "summit talks" as the leaders' talks, a negation only where it governs the alliance, a
 * concessive "whatever … say", supply "in return", a quantity before the weapon, the 19th before
 * an early hour, Vietnam only as the arrival's own place, a treaty dated by its signing, the
 * agreements of 2000 and 2001, and "тогда" left to the occasion rule.
 */
import { describe } from 'vitest';
import { expectEach, expectNone } from './detectors.fixture';

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

describe('summit talks are the leaders’ talks', () => {
  expectEach([
    [
      'Their summit talks, held at the Kumsusan guest house, then ran for about two hours.',
      [
        ['talks-venue', 'Kumsusan guest house', 0],
        ['talks-duration', 'about two hours', 0],
      ],
    ],
  ]);
  expectNone([
    'In Singapore, the summit talks lasted about two hours.',
    '판문점 정상회담은 약 2시간 진행됐다.',
    'Переговоры на высшем уровне в Сингапуре продлились около двух часов.',
    'The 2019 summit talks in Vladivostok lasted about two hours.',
    'The inter-Korean summit talks lasted about two hours.',
    'The summit talks at the BRICS meeting lasted about two hours.',
    '한미 정상회담은 약 2시간 진행됐다.',
    '남북 정상회담은 금수산 영빈관에서 열렸다.',
    'Межкорейские переговоры на высшем уровне продлились около двух часов.',
    'Саммит БРИКС: переговоры на высшем уровне продлились около двух часов.',
  ]);
});

describe('relations raised to an alliance', () => {
  expectEach([
    [
      'Kim did not hesitate: the treaty, he said, lifted relations to an alliance.',
      [['relationship-level', 'an alliance', 0]],
    ],
    [
      '김 위원장은 양국 관계가 동맹 관계로 올라섰다고 말했다.',
      [['relationship-level', '동맹 관계', 0]],
    ],
  ]);
  expectNone([
    'Putin said the treaty did not lift relations to an alliance.',
    'The treaty raises relations, but not to the level of an alliance.',
    '1961년 양국 관계는 동맹 관계로 올라섰다.',
  ]);
});

describe('arms supply: the page’s own voice, payment in return, a quantity', () => {
  expectEach([
    [
      'Pyongyang has been supplying Moscow with shells, whatever both governments say in public.',
      [['dprk-arms-supply-to-russia', 'supplying Moscow with shells', 0]],
    ],
    [
      'North Korea has shipped Russia more than 12 million artillery shells.',
      [['dprk-arms-supply-to-russia', 'shipped Russia more than 12 million artillery shells', 0]],
    ],
    [
      '북한은 러시아에 탄도미사일을 넘기고, 러시아는 그 대가로 북한에 석유를 제공하고 있다.',
      [['dprk-arms-supply-to-russia', '러시아에 탄도미사일을 넘기고', 0]],
    ],
    [
      'КНДР передала России более 12 млн артиллерийских снарядов.',
      [['dprk-arms-supply-to-russia', 'передала России более 12 млн артиллерийских снарядов', 0]],
    ],
    [
      'По данным разведки, КНДР передала России более 12 млн артиллерийских снарядов.',
      [['dprk-arms-supply-to-russia', 'передала России более 12 млн артиллерийских снарядов', 1]],
    ],
  ]);
  expectEach([
    [
      'Officials say Pyongyang is supplying Moscow with shells.',
      [['dprk-arms-supply-to-russia', 'supplying Moscow with shells', 1]],
    ],
  ]);
  expectNone([
    'North Korea has shipped Syria more than 12 million shells.',
    '러시아는 북한에 무기를 넘기고 있다.',
    '러시아는 그 대가로 북한에 미사일 기술을 넘기고 있다.',
    'КНДР передала Сирии более 100 ракет.',
    'Россия передала КНДР более 1 млн тонн нефти.',
  ]);
});

describe('the arrival date: Wednesday morning, the 19th before an early hour, Vietnam', () => {
  expectEach([
    [
      'Quick recap: Putin arrived on Wednesday morning, held talks with Kim for two hours, and flew on to Vietnam.',
      [
        ['putin-arrival-date', 'Wednesday morning', 0],
        ['talks-duration', 'two hours', 0],
      ],
    ],
    [
      '푸틴 대통령은 19일 오전 2시 46분 평양에 도착했다.',
      [
        ['putin-arrival-date', '19일', 0],
        ['putin-arrival-time', '오전 2시 46분', 0],
      ],
    ],
    ['Путин прилетел в Пхеньян в среду утром.', [['putin-arrival-date', 'в среду утром', 0]]],
    [
      'Putin landed in Pyongyang on June 19 at 2:22 a.m.',
      [
        ['putin-arrival-date', 'June 19', 0],
        ['putin-arrival-time', '2:22 a.m.', 1],
      ],
    ],
    [
      'Путин прилетел в Пхеньян 19 июня в 2:22.',
      [
        ['putin-arrival-date', '19 июня', 0],
        ['putin-arrival-time', '2:22', 1],
      ],
    ],
  ]);
  expectNone([
    'Putin arrived in Vietnam on Wednesday morning.',
    'Putin landed in Hanoi early on Thursday, June 20.',
    '푸틴 대통령은 19일 오후 2시 평양에 도착했다.',
    '열차는 19일 새벽 2시에 평양에 도착했다.',
    'Путин прилетел во Вьетнам в среду утром.',
    'The train arrived on June 19 at 2:22 p.m.',
    'Putin landed in Pyongyang on June 19 at 2:22 p.m.',
    'Путин прилетел в Пхеньян 19 июня в 14:22.',
  ]);
});

describe('what the treaty replaces: dated by its signing; the agreements of 2000 and 2001', () => {
  expectEach([
    [
      '새 조약은 2000년 2월 체결된 북·러 우호선린협조조약을 대체했다.',
      [['treaty-replaces', '2000년 2월 체결된 북·러 우호선린협조조약', 1]],
    ],
    [
      'Договор заменит соглашения 2000 и 2001 годов, сообщил Ушаков.',
      [['treaty-replaces', 'соглашения 2000 и 2001 годов', 1]],
    ],
  ]);
  expectNone([
    '1961년 7월 체결된 조약은 2000년 2월 새 조약으로 대체됐다.',
    '2000년 2월 체결된 조약은 1961년 조약을 대체했다.',
    'Договор заменит декларации 2000 и 2001 годов.',
  ]);
});

describe('"тогда" is left to the occasion rule', () => {
  expectEach([
    [
      'Переговоры Путина и Ким Чен Ына в резиденции «Кымсусан» тогда продолжались почти два часа.',
      [
        ['talks-venue', 'резиденции «Кымсусан»', 0],
        ['talks-duration', 'почти два часа', 0],
      ],
    ],
  ]);
  expectNone([
    'В 2019 году лидеры встретились во Владивостоке. Переговоры Путина и Ким Чен Ына тогда продолжались почти два часа.',
    'Переговоры Путина и Ким Чен Ына тогда продолжались почти два часа.',
  ]);
});

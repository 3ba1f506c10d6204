/**
 * The rules added after set 8's first run (#16), each with its hard negatives in en, ko and ru:
 * a schedule or expectation is not the arrival; an attribution in a later clause does not make
 * the page's own statement of arms supply a claim; a title without its article; the hedge
 * 사실상 as part of a level.
 */
import { describe } from 'vitest';
import { asShipped } from './detectors.fixture';

const { expectEach, expectNone } = asShipped;

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

describe('arrival time: 2:22 / 2:46 in the small hours need the arrival, not the subject', () => {
  expectEach([
    [
      'Russian outlets had earlier put his plane on the ground at Sunan International Airport at 2:22 a.m.',
      [['putin-arrival-time', '2:22 a.m.', 1]],
    ],
    [
      'The Kremlin put his arrival at two forty-six in the morning.',
      [['putin-arrival-time', 'two forty-six in the morning', 0]],
    ],
    [
      '크렘린궁은 푸틴 대통령이 새벽 평양에 도착했다고 밝혔습니다. 정확히는 2시 46분이라고 공지됐습니다.',
      [['putin-arrival-time', '2시 46분', 0]],
    ],
    [
      'Кремль сообщил о прибытии главы государства в Пхеньян в 2:46.',
      [['putin-arrival-time', '2:46', 0]],
    ],
  ]);
  expectNone([
    'Lavrov landed in Wonsan at 2:22 a.m. on Friday.',
    'The delegation’s second plane landed at 2:46 a.m.',
    'The train to Khasan arrived at 2:22 p.m.',
    'Putin was due to land at 2:22 a.m.',
    'A North Korean missile landed in the sea at 2:46 a.m.',
    '라브로프 장관은 새벽 2시 22분 원산에 도착했다.',
    '대표단의 두 번째 비행기는 2시 46분에 착륙했다.',
    '푸틴 대통령은 새벽 2시 22분 도착할 예정이었다.',
    'Лавров приземлился в Вонсане в 2:22 ночи.',
    'Самолёт делегации приземлился в 2:46.',
    'Ожидалось, что самолёт президента приземлится в 2:22.',
    // the time alone, no arrival in the sentence or the one before
    'The Kremlin posted the news at 2:46 a.m.',
    'Кремль опубликовал сообщение в 2:46.',
  ]);
});

describe('arrival date: the arrival in other words, never negated', () => {
  expectEach([
    [
      'The visit began when Putin flew into Pyongyang early Wednesday.',
      [['putin-arrival-date', 'early Wednesday', 0]],
    ],
    [
      'The Russian president reached North Korea in the small hours of Wednesday, not on Tuesday evening as first announced.',
      [['putin-arrival-date', 'in the small hours of Wednesday', 0]],
    ],
    [
      '블라디미르 푸틴 러시아 대통령이 지난 19일 새벽 평양 순안공항에 내렸다.',
      [['putin-arrival-date', '19일 새벽', 0]],
    ],
  ]);
  expectNone([
    'Putin and Kim reached an agreement early Wednesday.',
    'Putin flew into Hanoi early Thursday.',
    '푸틴 대통령은 결단을 내렸다고 19일 새벽 밝혔다.',
    'Путин прилетел в Пхеньян не 18 июня, как объявлялось.',
  ]);
});

describe('talks, arms, levels: the vocabulary set 8 showed', () => {
  expectEach([
    [
      '두 사람은 금수산 영빈관에서 두 시간 남짓 머리를 맞댄 끝에 조약에 서명했다.',
      [
        ['talks-venue', '금수산 영빈관', 0],
        ['talks-duration', '두 시간 남짓', 0],
      ],
    ],
    [
      'В итоге лидеры проговорили около двух часов, после чего перешли к подписанию документов.',
      [['talks-duration', 'около двух часов', 0]],
    ],
    [
      'North Korea has shipped millions of artillery rounds to Russia, according to South Korean intelligence.',
      [['dprk-arms-supply-to-russia', 'shipped millions of artillery rounds to Russia', 1]],
    ],
    [
      'Западные страны утверждают, что КНДР передаёт России артиллерийские боеприпасы.',
      [['dprk-arms-supply-to-russia', 'передаёт России артиллерийские боеприпасы', 1]],
    ],
    [
      '북한은 이미 러시아에 수백만 발의 포탄을 보냈습니다.',
      [['dprk-arms-supply-to-russia', '러시아에 수백만 발의 포탄을 보냈습니다', 0]],
    ],
  ]);
  expectNone([
    '두 사람은 2019년 블라디보스토크에서 두 시간 남짓 머리를 맞댔다.',
    'Лавров и Чо Сон Хи проговорили около двух часов.',
    'Western countries have sent Ukraine millions of artillery rounds.',
    'Russia has sold North Korea oil and sent it weapons technology.',
    'Запад передаёт Украине снаряды, а Россия получает их от КНДР.',
    '러시아는 북한에 미사일 기술을 보냈다.',
  ]);
});

describe("Ushakov's title: another person's title vetoes it only in the title's clause", () => {
  expectEach([
    [
      'Yuri Ushakov, Putin’s foreign policy adviser, gave a briefing, and Dmitry Peskov, the Kremlin spokesman, said there was no secret annex.',
      [['ushakov-title', 'Putin’s foreign policy adviser', 0]],
    ],
    [
      'Кремлёвский советник Юрий Ушаков ещё накануне визита объяснил суть документа.',
      [['ushakov-title', 'Кремлёвский советник', 0]],
    ],
  ]);
  expectNone([
    'Ushakov and Peskov, the Kremlin press secretary, declined to comment.',
    'Советник президента США Салливан говорил с Ушаковым по телефону.',
    'Ушаков и пресс-секретарь Кремля Песков не стали комментировать.',
  ]);
});

describe('value specificity: a rank just below an alliance needs only a word of partnership', () => {
  expectEach([
    [
      'They call it a comprehensive strategic partnership, which in Moscow’s own ranking is one rung below an alliance.',
      [['relationship-level', 'one rung below an alliance', 1]],
    ],
    [
      '러시아가 말하는 포괄적 전략적 동반자는 동맹 바로 아래 단계다.',
      [['relationship-level', '동맹 바로 아래 단계', 1]],
    ],
    [
      'Формально это партнёрство, ступень ниже союза.',
      [['relationship-level', 'ступень ниже союза', 1]],
    ],
  ]);
  expectNone([
    'In 1961 the partnership was one step below an alliance.',
    'Russia’s partnership with Belarus is one notch below an alliance.',
    'The partnership between the US and Japan is one step short of an alliance? No, it is an alliance.',
    'Moscow ranks its partnerships: one rung below an alliance sits the comprehensive strategic partnership, then strategic partnership, then good neighbourly relations.',
    '벨라루스와의 동반자 관계는 동맹 바로 아래 단계다.',
    'Партнёрство России и Китая — ступень ниже союза.',
    'В 1961 году отношения были ступенью ниже союза.',
  ]);
});

describe('arms: other verbs and quantities; a journey to Pyongyang is not a receiver', () => {
  expectEach([
    [
      'On the eve of Mr. Putin’s visit to Pyongyang, a State Department spokesman repeated the claim, saying North Korea had recently given Russia “dozens of ballistic missiles.”',
      [['dprk-arms-supply-to-russia', 'given Russia “dozens of ballistic missiles', 1]],
    ],
    [
      'Blinken reaffirmed that "North Korea is providing significant munitions to Russia" at a press conference with NATO Secretary General Jens Stoltenberg.',
      [['dprk-arms-supply-to-russia', 'providing significant munitions to Russia', 1]],
    ],
    [
      'Накануне визита в КНДР в Вашингтоне заявили, что Пхеньян передал России ракеты.',
      [['dprk-arms-supply-to-russia', 'передал России ракеты', 1]],
    ],
  ]);
  expectNone([
    'NATO is sending Ukraine artillery shells while North Korea and Russia sign their treaty.',
    'NATO’s chief said allies have supplied Ukraine with shells; Russia gets its own from North Korea.',
    'Russia has given North Korea oil and sent fighter jets to Pyongyang.',
    'Russia is supplying weapons to North Korea, officials say.',
    'Россия передала оружие в КНДР, утверждают в Сеуле.',
    '러시아가 북한에 무기를 제공했다고 정보당국이 밝혔다.',
  ]);
});

import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (text: string): string[] => splitSentences(text).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('splits at terminal punctuation followed by a new sentence', () => {
    expect(texts('Putin landed. The train leaves at 2:22 p.m. Kim waited!  Why? Yes.')).toEqual([
      'Putin landed.',
      'The train leaves at 2:22 p.m. Kim waited!',
      'Why?',
      'Yes.',
    ]);
  });

  it('keeps abbreviations, initials and dotted acronyms inside the sentence', () => {
    expect(
      texts(
        'Mr. Putin landed at 2:22 a.m. on Wednesday, the U.S. said. Dr. Kim met V. Putin in Pyongyang. Next.',
      ),
    ).toEqual([
      'Mr. Putin landed at 2:22 a.m. on Wednesday, the U.S. said.',
      'Dr. Kim met V. Putin in Pyongyang.',
      'Next.',
    ]);
  });

  it('ends a sentence after a closing quote and at line breaks', () => {
    expect(texts('He called it “an alliance.” Then he left\nA new paragraph')).toEqual([
      'He called it “an alliance.”',
      'Then he left',
      'A new paragraph',
    ]);
  });

  it('splits Korean and Russian', () => {
    expect(texts('푸틴 대통령은 19일 새벽 평양에 도착했다. 회담은 약 2시간 진행됐다.')).toEqual([
      '푸틴 대통령은 19일 새벽 평양에 도착했다.',
      '회담은 약 2시간 진행됐다.',
    ]);
    expect(
      texts('В. В. Путин прибыл в 2:46 по местному времени. В 1996 г. договор утратил силу. Всё.'),
    ).toEqual([
      'В. В. Путин прибыл в 2:46 по местному времени.',
      'В 1996 г. договор утратил силу.',
      'Всё.',
    ]);
  });

  it('gives offsets into the text', () => {
    const text = '  One.  Two. ';
    for (const sentence of splitSentences(text)) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it('keeps decimals and times whole', () => {
    expect(texts('It grew 2.5 percent at 2.22am today.')).toEqual([
      'It grew 2.5 percent at 2.22am today.',
    ]);
  });
});

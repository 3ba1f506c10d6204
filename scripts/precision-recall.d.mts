export type MarkTuple = [id: string, text: string];
export type AlignOp = {
  op: 'match' | 'missing' | 'extra';
  mark: MarkTuple;
  actualIndex?: number;
  expectedIndex?: number;
};
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}
export interface Run {
  page: string;
  actual: MarkTuple[];
  expected: MarkTuple[];
}
export interface Summary {
  pages: ({ page: string } & Score)[];
  langs: ({ lang: string } & Score)[];
  total: Score;
}
export const RUNS_DIR: string;
export const SUMMARY_FILE: string;
export function alignMarks(options: { actual: MarkTuple[]; expected: MarkTuple[] }): AlignOp[];
export function langOf(text: string): 'en' | 'ko' | 'ru';
export function score(count: { tp: number; fp: number; fn: number }): Score;
export function summarize(options: { runs: Run[] }): Summary;
export function formatSummary(summary: Summary): string;
export function readRuns(options?: { dir?: string }): Run[];

/**
 * Aliases → one compiled matcher; text → candidate mentions; page evidence → accepted mentions.
 *
 * All aliases of all entities (with their generated variants, see `morphology.ts`), the generic
 * references and the confusables compile into ONE regex built from a character trie
 * (`pattern.ts`), so a text node costs one regex pass however many aliases there are. Which alias
 * matched is read, once per distinct matched text, from an empty capture group at the alias's end.
 * Deriving all that takes tens of milliseconds, so it is split: `compileMatcher` (compile.ts) makes
 * plain data of it — at build time for the content script — and `loadMatcher` only makes regexes
 * and small maps of that data.
 *
 * What is marked (decisions the tests pin down):
 * - The longest alias wins; an English title before a person's name is inside the mark if it is
 *   capitalised ("President Putin", "Mr. Kim", "Comrade President Putin"), a possessive is not
 *   ("Putin" in "Putin’s"). Korean titles after a name are not marked, glued or not (김정은 in
 *   김정은국무위원장과); Russian names are marked in whatever case they stand.
 * - "Putin" (Путин, 푸틴), the Latin "Kim Jong Un" and treaty titles naming the parties are always
 *   mentions. Other full names have namesakes (an actor Yuri Borisov, the actress 김정은, a colonel
 *   박정훈): a delegate's full name in any script, and 김정은 / Ким Чен Ын, count where a role of
 *   theirs stands beside the name ("Roscosmos chief", "외무상": `roles.ts`), never where another
 *   person's does ("actor", "배우", "대령", "의원" — and then no other mention of that name on the
 *   page without a role of its own counts either), and otherwise only on a page about
 *   Russia–North Korea affairs (North Korea, for Kim Jong Un) whose cues of other worlds — film,
 *   sport, entertainment, courts, politics, the military — are fewer (`cues.ts`, `verdicts.ts`).
 *   A listed namesake on the page (Yura Borisov, data/lexicon/namesakes.json) blocks the name.
 * - Short forms are candidates whose verdict depends on the page (`PageContext`): a bare "Kim"
 *   (Ким, "Mr. Kim", "Chairman Kim", and the Korean "김" of "김 위원장/국무위원장/총비서") needs
 *   "Kim Jong Un" named in full and no other Kim on the page (Kim Yo Jong, Kim Jong Il, Kim Tok
 *   Hun, Sung Kim, "Mrs. Kim", Kim Kardashian; in Hangul any 김 + two syllables other than 정은:
 *   김여정, 김영호 … but not Kim Il Sung Square, 김일성광장, 김치). A delegate's bare surname (Lavrov,
 *   Лавров, 라브로프 — every delegate alike, rare surnames included) needs the delegate named in
 *   full or a summit page (the 2024 treaty, or both leaders, named) and no namesake on the page:
 *   no other person WITH THAT SURNAME (Robert Novak, Kim Novak the actress, Ilya Kozlov). Novak
 *   Djokovic is not one — Novak is his given name — so a sports sidebar does not block "Novak".
 *   (A Kim is different: Korean names put the surname first, Western order last, and "no other
 *   Kim" is the rule, so Kim Kardashian and Kim Novak do block a bare "Kim".)
 * - Generic references: "the Russian leader/president" needs Putin named and no other Russian
 *   or Soviet leader; "the North Korean leader" needs Kim Jong Un named and neither Kim Jong Il nor
 *   Kim Il Sung; "the treaty/pact/agreement/deal/accord" (with up to three modifiers: "this
 *   comprehensive agreement", "the freshly signed partnership treaty"), "이 조약", "этот договор"
 *   need the 2024 treaty named and no other treaty (1961, 2000, New START, the arms deal …).
 *   "The new treaty" / "a new partnership deal" / "새 조약" / "이번 조약" (this occasion's treaty) /
 *   "новый договор" need only the 2024 treaty named — older treaties do not matter — and no other
 *   treaty dated 2024 or later (the Russia–Iran treaty of January 2025).
 * - Treaty titles other countries share ("Strategic Partnership Treaty", "Mutual Defense Treaty",
 *   "Pyongyang Declaration", "1961 treaty", "договор 2000 года") are decided by their own
 *   neighbourhood first: qualified as someone else's ("the US–ROK Mutual Defense Treaty", "the
 *   2018 Pyongyang Declaration", "… of 2002", "… with China") they are not ours; qualified as ours
 *   (our year next to them — "the Moscow Declaration of August 2001" — or both parties named in
 *   their sentence: "the Treaty of Friendship … that Kim Il Sung signed with the Soviet Union")
 *   they are mentions whatever else the page names. Only unqualified ones depend on the page: a
 *   page about Russia and Korea (topic cues) that names no other treaty of that title. Titles
 *   naming the parties always count.
 */
import {
  type CompiledIdentify,
  type CompiledMatcher,
  type CompiledRegex,
  compileMatcher,
  type MatchTerm,
} from './compile';
import { type CueHit, loadCues } from './cues';
import { koreanEndAt } from './morphology';
import {
  koreanNamesakes,
  otherPersonAround,
  otherTreatyAround,
  ourTreatyAround,
  treatyYearsAround,
} from './neighbours';
import { type Gate, NEW_TREATY } from './references';
import { loadRoles } from './roles';
import type { Entity, EntityId } from './schema';
import type { Rule } from './terms';
import { createEvidence } from './verdicts';

export type { Gate } from './references';

export interface Candidate {
  entity: EntityId;
  start: number;
  end: number;
  /** `full`: the entity's name (a title of a treaty, a full or always-unique personal name). */
  form: 'full' | 'short';
  /** How the page must support it before it counts (see `PageContext.accepts`). */
  gate: Gate;
  /** Confusable family that blocks it when the page names another member ("person:kim-jong-un"). */
  family: string | null;
}

export interface Mention {
  entity: EntityId;
  start: number;
  end: number;
}

export interface Matcher {
  /**
   * Cheap prefilter, one regex test: false only if no piece of this text, cut anywhere, holds a
   * candidate. It looks at the aliases alone, not at what stands around them, so text glued from
   * neighbouring elements (`body.textContent`: "Update 2" + "Novak said" → "Update 2Novak said")
   * cannot hide a mention; false positives are fine.
   */
  mayContain(text: string): boolean;
  /** All candidates in one text (a single text node's data), non-overlapping, left to right, longest alias winning. */
  scan(text: string): Candidate[];
}

/** Page-level evidence for short/generic forms. A page's text arrives in pieces (text nodes, later DOM additions). */
export interface PageContext {
  /**
   * Feed newly seen text with its candidates; returns true when the verdict on some short forms
   * changed (so the caller re-checks earlier candidates). Feed every text of the page, also those
   * without candidates: they may name the other person or treaty that makes a short form ambiguous.
   */
  add(options: { text: string; candidates: readonly Candidate[] }): boolean;
  accepts(candidate: Candidate): boolean;
  /**
   * The page has shown both topic cues (Russia and Korea): the `topic` gate, which statement
   * detectors (core/detectors.ts) also need. It only ever turns true, as the page's text arrives.
   */
  topical(): boolean;
  /**
   * No cue word the rest of the page shows can change a verdict any more (verdicts.ts
   * `settled`): from here on only a name, another person or another treaty can, so a verdict
   * taken now holds unless the page goes on to name someone or something that blocks it.
   */
  settled(): boolean;
}

interface Analysis {
  candidates: Candidate[];
  /** Families of other people and treaties this text names (see `Term.others`). */
  others: ReadonlySet<string>;
}

interface Internals {
  /** Size of what was compiled, for benchmarks and the report. */
  size: { aliases: number; sourceLength: number };
  analyze(text: string): Analysis;
  cues(text: string): CueHit[];
  /** The verdicts `add` compares to tell whether anything changed. */
  rules: readonly Rule[];
}

const internals = new WeakMap<Matcher, Internals>();

/** A letter or digit in any script: what a match must not start or end next to. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where a title before the name at `start` begins (`start` if there is none, or it is lower-case). */
function titleStart(options: {
  text: string;
  start: number;
  floor: number;
  titles: RegExp;
}): number {
  const { text, start, floor, titles } = options;
  const from = Math.max(floor, start - 60);
  const found = titles.exec(text.slice(from, start));
  if (!found) return start;
  const at = from + found.index;
  // A title is capitalised and starts a word; "press secretary Yuri Ushakov" marks the name only.
  if (!/^\p{Lu}/u.test(found[0]) || (at > 0 && WORD_CHAR.test(text[at - 1] ?? ''))) return start;
  return at;
}

/**
 * A regex made on first use: making one parses its source (milliseconds for the big ones), and a
 * page often needs only some (no mention: the prefilter only; aliases as written: no identify).
 */
function lazyRegex(compiled: CompiledRegex): () => RegExp {
  let regex: RegExp | null = null;
  return () => {
    regex ??= new RegExp(compiled.source, compiled.flags);
    return regex;
  };
}

/**
 * The identify regex for a match at `index` of `text`: only the branches that can start with
 * its first character (see CompiledIdentify), each such set compiled once. A character no branch
 * lists (one whose case folds unusually, say) gets all of them: the whole regex.
 */
function identifier(
  compiled: CompiledIdentify,
): (text: string, index: number) => { regex: RegExp; order: number[] } {
  const { branches } = compiled;
  const any = branches.flatMap((branch, at) => (branch.starts === null ? [at] : []));
  const byStart = new Map<string, number[]>();
  branches.forEach((branch, at) => {
    for (const start of branch.starts ?? []) {
      const list = byStart.get(start) ?? [...any];
      if (!list.includes(at)) list.push(at);
      byStart.set(start, list);
    }
  });
  for (const list of byStart.values()) list.sort((a, b) => a - b);
  const all = branches.map((_, at) => at);
  const made = new Map<string, { regex: RegExp; order: number[] }>();
  return (text, index) => {
    const first = String.fromCodePoint(text.codePointAt(index) ?? 0).toLowerCase();
    const chosen = byStart.get(first) ?? all;
    const key = chosen.join(',');
    let found = made.get(key);
    if (!found) {
      const parts = chosen.map((at) => branches[at]?.source ?? '');
      found = {
        regex: new RegExp(`(?:${parts.join('|')})${compiled.end}`, compiled.flags),
        order: chosen.flatMap((at) => branches[at]?.order ?? []),
      };
      made.set(key, found);
    }
    return found;
  };
}

/** Derives the matcher from the entities and loads it (what the content script does at build time). */
export function createMatcher(options: { entities: readonly Entity[] }): Matcher {
  return loadMatcher(compileMatcher(options));
}

/** The matcher from its compiled form (`compileMatcher`): regexes and small maps, no derivation. */
export function loadMatcher(compiled: CompiledMatcher): Matcher {
  const { terms } = compiled;
  const scanRegex = lazyRegex(compiled.scan);
  const identifyAt = identifier(compiled.identify);
  const prefilter = lazyRegex(compiled.prefilter);
  const titles = lazyRegex(compiled.titles);
  const familyOfWord = new Map(compiled.familyOfWord);
  const newSince = compiled.newSince ?? Number.POSITIVE_INFINITY;
  const surnames = compiled.surnames.map((surname) => ({ ...surname, own: new Set(surname.own) }));
  const roleOf = loadRoles(compiled.roles);
  const womenHonorifics = new Set(compiled.womenHonorifics);

  // The same matched text, in any case, always comes from the same alias (the regex tries aliases
  // in a fixed order and the end condition holds for all of them alike), so the aliases as
  // written are identified at compile time and other forms are memoised.
  const known = new Map<string, MatchTerm>();
  for (const [text, id] of compiled.known) {
    const term = terms[id];
    if (term) known.set(text, term);
  }
  const memo = new Map<string, MatchTerm>();
  const termOf = (text: string, match: RegExpExecArray): MatchTerm => {
    const key = match[0].toLowerCase();
    const found = known.get(key) ?? memo.get(key);
    if (found) return found;
    const identify = identifyAt(text, match.index);
    identify.regex.lastIndex = match.index;
    const identified = identify.regex.exec(text);
    const group = identified ? identified.indexOf('', 1) : -1;
    const term = terms[identify.order[group - 1] ?? -1];
    if (!term) throw new Error(`matcher: no alias for the match "${match[0]}"`);
    if (memo.size > 2000) memo.clear();
    memo.set(key, term);
    return term;
  };
  const execFrom = (text: string, from: number): RegExpExecArray | null => {
    const scan = scanRegex();
    scan.lastIndex = from;
    return scan.exec(text);
  };

  const analyzeUncached = (text: string): Analysis => {
    const candidates: Candidate[] = [];
    const others = new Set<string>();
    /** Places named after people (김일성 광장): no namesake inside them. */
    const places: [number, number][] = [];
    let from = 0;
    let lastEnd = 0;
    // A match found ahead while checking a generic phrase, reused instead of searched again.
    let ahead: RegExpExecArray | null = null;
    for (
      let match = execFrom(text, 0);
      match;
      match = ahead && ahead.index >= from ? ahead : execFrom(text, from)
    ) {
      ahead = null;
      let start = match.index;
      const end = start + match[0].length;
      from = end;
      // Word starts are checked here rather than by a lookbehind in the regex: the regex runs
      // faster without it, and a match inside a word ("Rasputin") is rare.
      if (start > 0 && WORD_CHAR.test(text[start - 1] ?? '')) {
        from = start + 1;
        continue;
      }
      const term = termOf(text, match);
      if (term.script === 'hangul' && !koreanEndAt({ text, end })) {
        // Glued into a longer Hangul word that is not name + particles ("푸틴식").
        from = start + 1;
        continue;
      }
      if (term.kind === 'person' && term.script === 'latin') {
        start = titleStart({ text, start, floor: lastEnd, titles: titles() });
      }
      if (term.kind === 'confusable') {
        if (term.others.length === 0) places.push([start, end]);
        const around = otherPersonAround({ text, start, end });
        if (!around?.place) for (const family of term.others) others.add(family);
        if (around?.place) from = Math.max(from, around.end);
        continue;
      }
      if (term.entity === null) continue;
      if (term.kind === 'person' && term.form === 'short' && term.script !== 'hangul') {
        const honorific = /^\p{L}+/u.exec(text.slice(start, match.index))?.[0].toLowerCase();
        const around =
          honorific && womenHonorifics.has(honorific)
            ? { end, place: false, before: true, words: [] }
            : otherPersonAround({ text, start, end });
        if (around) {
          // Someone else with this name ("Kim Yo Jong", "Robert Novak"), or a place after them.
          // A Russian surname with name words only after it is someone's given name ("Novak
          // Djokovic"): another person, but not a namesake the delegate's surname could mean.
          // A Korean surname stands first or, in Western order, last ("Sung Kim"): either way
          // the other person is a Kim.
          const namesake = around.before || term.style !== 'russian-name';
          if (!around.place && namesake) {
            if (term.family) others.add(term.family);
            for (const word of around.words) {
              const family = familyOfWord.get(word);
              if (family) others.add(family);
            }
          }
          from = Math.max(from, around.end);
          continue;
        }
      }
      let gate = term.gate;
      let family = term.family;
      if (term.kind === 'person' && (gate === 'affairs' || gate === 'dprk')) {
        // A role beside a full name says who it is, whatever the page: "Roscosmos chief Yuri
        // Borisov" is the delegate; "actor Yuri Borisov", "배우 김정은" are not, nor is any other
        // mention of that name on the page without a role of its own.
        const role = roleOf({ text, start: match.index, end, entity: term.entity });
        if (role === 'namesake') {
          others.add(`name:${term.entity}`);
          others.add(`person:${term.entity}`);
          for (const other of term.others) others.add(other);
          continue;
        }
        if (role === 'own') {
          gate = 'always';
          family = null;
        }
      }
      const treatyLike =
        term.kind === 'treaty' || (term.kind === 'generic' && term.entity.startsWith('treaty'));
      if (treatyLike && otherTreatyAround({ text, start, end, years: term.years })) {
        others.add('treaty');
        if (term.family) others.add(term.family);
        // Another treaty signed in or after ours: "the new treaty" could be it.
        const years = treatyYearsAround({ text, start, end });
        if (years.some((year) => Number(year) >= newSince)) others.add(NEW_TREATY);
        continue;
      }
      // A title other countries share, qualified as ours by its own sentence, does not depend on
      // the page: another treaty of that title elsewhere on it does not make this one ambiguous.
      const qualifiedOurs =
        term.kind === 'treaty' &&
        term.gate === 'topic' &&
        ourTreatyAround({ text, start, end, years: term.years });
      if (term.kind === 'generic') {
        // "the Treaty on Comprehensive Strategic Partnership", "the Russian President Vladimir
        // Putin": a name that starts inside the phrase, or right after it, is the mention.
        const next = execFrom(text, start + 1);
        ahead = next;
        if (
          next &&
          shadows({ text, end, next, entity: term.entity, nextTerm: termOf(text, next) })
        ) {
          from = next.index;
          continue;
        }
      }
      for (const family of term.others) others.add(family);
      lastEnd = end;
      candidates.push({
        entity: term.entity,
        start,
        end,
        form: term.form,
        gate: qualifiedOurs ? 'always' : gate,
        family: qualifiedOurs ? null : family,
      });
    }
    for (const family of koreanNamesakes({ text, surnames, skip: places })) others.add(family);
    return { candidates, others };
  };

  // The caller scans a text and then adds the same text to the page context: remember the last
  // few analyses so that the second call costs nothing.
  const cache: { text: string; analysis: Analysis }[] = [];
  const analyze = (text: string): Analysis => {
    const hit = cache.find((entry) => entry.text === text);
    if (hit) return hit.analysis;
    const analysis = analyzeUncached(text);
    cache.unshift({ text, analysis });
    if (cache.length > 4) cache.pop();
    return analysis;
  };

  const cueMatcher = loadCues(compiled.cues);

  const matcher: Matcher = {
    mayContain: (text) => prefilter().test(text),
    scan: (text) => analyze(text).candidates.map((candidate) => ({ ...candidate })),
  };
  const size = {
    aliases: compiled.identify.branches.reduce((sum, branch) => sum + branch.order.length, 0),
    sourceLength: compiled.scan.source.length,
  };
  internals.set(matcher, { size, analyze, cues: cueMatcher, rules: compiled.rules });
  return matcher;
}

/** How big the compiled matcher is: alias patterns (after de-duplication) and regex length. */
export function describeMatcher(matcher: Matcher): { aliases: number; sourceLength: number } {
  const inner = internals.get(matcher);
  if (!inner) throw new Error('describeMatcher: matcher was not made by createMatcher');
  return { ...inner.size };
}

/** Does `next` (a match found from inside a generic phrase) take the phrase's place? */
function shadows(options: {
  text: string;
  end: number;
  next: RegExpExecArray;
  nextTerm: MatchTerm;
  entity: EntityId;
}): boolean {
  const { text, end, next, nextTerm, entity } = options;
  // "the Treaty of Versailles", "the Treaty on Comprehensive Strategic Partnership": a name that
  // starts inside the phrase and reaches at least as far is what the phrase introduces.
  if (next.index < end) return next.index + next[0].length >= end;
  // "the Russian leader Vladimir Putin": a description standing before the name it describes.
  return (
    nextTerm.entity === entity &&
    nextTerm.kind !== 'generic' &&
    /^\s+$/u.test(text.slice(end, next.index))
  );
}

/**
 * Where a short form stands on this page. Confusables come from the same single pass of the
 * combined regex that found the candidates (remembered, so `scan` + `add` of one text costs one
 * pass); cue words from one small cue regex over each text until the page is settled (verdicts.ts).
 */
export function createPageContext(options: { matcher: Matcher }): PageContext {
  const inner = internals.get(options.matcher);
  if (!inner) throw new Error('createPageContext: matcher was not made by createMatcher');
  const evidence = createEvidence();
  const signature = (): string =>
    inner.rules.map((rule) => (evidence.verdict(rule) ? '1' : '0')).join('');

  // Verdicts only change when the evidence grows, which few texts of a page make it do: the
  // signature is built then only (on 100,000 text nodes, building it twice per text cost ~270 ms).
  let current = signature();

  return {
    add({ text, candidates }) {
      let grew = false;
      for (const candidate of candidates) {
        if (candidate.form === 'full' && evidence.named(candidate)) grew = true;
      }
      for (const family of inner.analyze(text).others) if (evidence.other(family)) grew = true;
      // The `affairs` and `dprk` gates weigh the cue words a page shows, until enough of Russia
      // and North Korea settle it (on a summit report, within its first paragraphs).
      if (!evidence.settled())
        for (const hit of inner.cues(text)) if (evidence.cue(hit)) grew = true;
      if (!grew) return false;
      const next = signature();
      const changed = next !== current;
      current = next;
      return changed;
    },
    accepts(candidate) {
      return evidence.verdict(candidate);
    },
    topical: () => evidence.topical(),
    settled: () => evidence.settled(),
  };
}

/** Convenience for one whole text: scan + context + filter. */
export function findMentions(options: { matcher: Matcher; text: string }): Mention[] {
  const candidates = options.matcher.scan(options.text);
  const context = createPageContext({ matcher: options.matcher });
  context.add({ text: options.text, candidates });
  return candidates
    .filter((candidate) => context.accepts(candidate))
    .map(({ entity, start, end }) => ({ entity, start, end }));
}

// The word lists of data/article compiled into matchers that read a phrase at an offset of a
// Doc: case-insensitive and tone-placement-insensitive, longest phrase first, whole words.
import titles from '../data/article/titles.json' with { type: 'json' };
import orgs from '../data/article/organizations.json' with { type: 'json' };
import surnames from '../data/article/surnames.json' with { type: 'json' };
import people from '../data/article/people.json' with { type: 'json' };
import { wordRuns, type Doc, type PhraseHit } from './doc.js';
import { bare, key, bareKey, CAPITAL, leadingRun, PhraseSet, runId, unitClass } from '../../text/index.js';

export type { PhraseHit };

export interface Matcher {
  at(doc: Doc, pos: number): PhraseHit | null;
  /** Whether a phrase may start at word `wi` of `doc`: false means `at` is null at its start. */
  mayStartAtWord(doc: Doc, wi: number): boolean;
}

// The letters every phrase of every list begins with, folded and bare, for `anyMayStart`.
const foldedStarts = new Set<string>();
const bareStarts = new Set<string>();
// The same as run numbers (runId), for words whose runs the document has looked up.
// (1 at the dense run numbers that start one: read at every word, no hashing.)
let foldedStartIds: Uint8Array = new Uint8Array(0);
let bareStartIds: Uint8Array = new Uint8Array(0);

/** `flags` with 1 at `id`, grown when `id` is past its end. */
function flagged(flags: Uint8Array, id: number): Uint8Array {
  let out: Uint8Array = flags;
  if (id >= out.length) {
    out = new Uint8Array(Math.max(2 * flags.length, id + 1));
    out.set(flags);
  }
  out[id] = 1;
  return out;
}

/** Whether a phrase of some list may start at `pos`; false means every matcher's `at` is null there. */
export function anyMayStart(doc: Doc, pos: number): boolean {
  const wi = doc.wordAt.get(pos);
  if (wi !== undefined) {
    const runs = wordRuns(doc);
    // -1: no list's run (and no index: read at -1, a typed array is looked up as a property).
    const f = runs.fold[wi] ?? -1;
    const b = runs.bare[wi] ?? -1;
    return (f >= 0 && foldedStartIds[f] === 1) || (b >= 0 && bareStartIds[b] === 1);
  }
  return foldedStarts.has(leadingRun(doc.fold, pos)) || bareStarts.has(leadingRun(doc.bare, pos));
}

// Each matcher's number, its row in a document's `hits`.
let matchers = 0;

/** Matches any of `phrases` at an offset; `typo` also accepts a diacritic slip. */
export function matcher(phrases: readonly string[], typo = false): Matcher {
  const id = matchers++;
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  const byKey = new Map(sorted.map((p) => [key(p), p]));
  const byBare = new Map(sorted.map((p) => [bareKey(p), p]));
  // Indexed by first word: the scans ask at every word of the text (src/text/phrases.ts).
  const folded = new PhraseSet(sorted);
  const bared = typo ? new PhraseSet(sorted, bare) : null;
  for (const r of folded.firstRuns) {
    foldedStarts.add(r);
    foldedStartIds = flagged(foldedStartIds, runId(r));
  }
  if (bared)
    for (const r of bared.firstRuns) {
      bareStarts.add(r);
      bareStartIds = flagged(bareStartIds, runId(r));
    }
  const read = (doc: Doc, pos: number, wi: number | undefined): PhraseHit | null => {
    // At a word's start the run there is known by number; elsewhere it is read from the text.
    const runs = wi === undefined ? null : wordRuns(doc);
    const m = runs && wi !== undefined ? folded.matchWithRun(doc.fold, pos, runs.fold[wi] ?? -1) : folded.matchAt(doc.fold, pos);
    if (m !== null) return { canonical: byKey.get(key(m)) ?? m, start: pos, end: pos + m.length };
    if (!bared) return null;
    const b = runs && wi !== undefined ? bared.matchWithRun(doc.bare, pos, runs.bare[wi] ?? -1) : bared.matchAt(doc.bare, pos);
    return b !== null ? { canonical: byBare.get(bareKey(b)) ?? b, start: pos, end: pos + b.length } : null;
  };
  return {
    mayStartAtWord(doc, wi) {
      const runs = wordRuns(doc);
      return folded.mayStartWithRun(runs.fold[wi] ?? -1) || (bared?.mayStartWithRun(runs.bare[wi] ?? -1) ?? false);
    },
    at(doc, pos) {
      const wi = doc.wordAt.get(pos);
      if (wi === undefined) return read(doc, pos, wi);
      // Most words start no phrase of the list: told by the run numbers, nothing to keep.
      const runs = wordRuns(doc);
      if (!folded.mayStartWithRun(runs.fold[wi] ?? -1) && !bared?.mayStartWithRun(runs.bare[wi] ?? -1)) return null;
      // A hit is never changed by its readers, so the one found first is handed to every later asker.
      let row = doc.hits[id];
      if (row === undefined) doc.hits[id] = row = new Array<PhraseHit | null | undefined>(doc.words.length);
      let hit = row[wi];
      if (hit === undefined) row[wi] = hit = read(doc, pos, wi);
      return hit;
    },
  };
}

export const TITLES = matcher(
  titles.titles.map((t) => t.title),
  true,
);
export const TITLE_EMBEDS = new Map(titles.titles.filter((t) => 'embeds' in t && t.embeds).map((t) => [t.title, (t as { embeds: string }).embeds]));
/** Abbreviated offices that name their whole body ("UVBTVTU": body "BTVTU", at the province level). */
export const TITLE_BODIES = new Map(titles.titles.filter((t) => 'body' in t).map((t) => [t.title, t as { title: string; body: string; level: string }]));
/** Offices named after the body they sit in ("Thường trực Ban Bí thư"): title → the office word, the rest a body read from the text. */
export const TITLE_OFFICES = new Map(titles.titles.filter((t) => 'office' in t).map((t) => [t.title, (t as { office: string }).office]));

export const NATIONAL = matcher(orgs.national);
export const NATIONAL_SUFFIX = matcher(orgs.nationalSuffixes);
export const COMMITTEES = matcher(orgs.committees.map((c) => c.name));
export const COMMITTEE_LEVEL = new Map(orgs.committees.map((c) => [c.name, c.level]));
export const COMMITTEE_PARTS = matcher(orgs.committeeParts);
export const COMMITTEE_PART_NAMES = new Set(orgs.committeeParts.map(key));
export const COMMITTEE_PART_ALIASES = new Map<string, string>(Object.entries(orgs.committeePartAliases as Record<string, string>));
export const LEVEL_HEADS = matcher(orgs.levelHeads);
export const HEADS = matcher(orgs.heads.map((h) => h.head));
export const HEAD_INFO = new Map(
  orgs.heads.map((h) => [
    h.head,
    h as { head: string; level?: string; national?: boolean; lowercaseOk?: boolean; lowercaseUnit?: boolean; capitalField?: boolean; serviceField?: boolean },
  ]),
);
export const LEVELS = matcher(orgs.levels);
/** Armed forces a unit is named with ("Tổng cục Chính trị Quân đội nhân dân Việt Nam"). */
export const FORCES = matcher(orgs.forces);
export const NOT_HEADS = matcher(orgs.notHeads);
export const VENUES = matcher(orgs.venues);
export const FIELDS = matcher(orgs.fields);
export const FIELD_NAMES: readonly string[] = orgs.fields;
/** Lower-case nouns that go on with a field written in sentence case, as search keys (looked up, not scanned for). */
export const FIELD_NOUNS = new Set(orgs.fieldNouns.map(key));
export const NOT_BODIES = new Set(orgs.notBodies.map(key));
export const NATIONAL_NAMES = new Set(orgs.national.map(key));
export const CENTRAL_CITY_NAMES: readonly string[] = orgs.centralCities;

const SURNAMES = new Set(surnames.surnames);
// Asked of nearly every word: when every family name is capitalised (as the list writes them),
// a word that does not open with a capital is none, with no string to hash.
const ALL_CAPITALISED = [...SURNAMES].every((s) => s.length > 0 && (unitClass(s.charCodeAt(0)) & CAPITAL) !== 0);
export const isSurname = (w: string): boolean => (!ALL_CAPITALISED || (w.length > 0 && (unitClass(w.charCodeAt(0)) & CAPITAL) !== 0)) && SURNAMES.has(w);

/** Names of historical figures, which are also place names after a level word ("thành phố Hồ Chí Minh"). */
export const FIGURE_NAMES = new Set(people.notPeople.map(key));

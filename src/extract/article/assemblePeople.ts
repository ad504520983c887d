// People (one per name, positions merged) and the meeting's participants (one per name and
// role) from the mentions; position bodies take their resolved names.
import type { Evidence, ExtractedParticipant, ExtractedPerson } from '../../core/extraction.js';
import type { Mention } from './people.js';
import type { OrgMatch } from './orgParser.js';
import type { RoleHit } from './roles.js';
import type { Span } from './sentences.js';
import { positionText } from './positionParser.js';
import { key } from './text.js';

type Rename = (o: OrgMatch) => { name: string; written?: string };
type Ev = (s: Span) => Evidence;

const textOf = (pos: Mention['positions'][number], rename: Rename): string =>
  pos.text ?? positionText(pos.title, pos.org ? (rename(pos.org).written ?? rename(pos.org).name) : null, pos.implied);

/** `known`: organization names of the extraction; a position's body outside it is left null. */
export function buildPeople(mentions: Mention[], rename: Rename, ev: Ev, known: ReadonlySet<string>): ExtractedPerson[] {
  const people: ExtractedPerson[] = [];
  for (const m of mentions.filter((x) => x.name)) {
    let p = people.find((x) => key(x.name) === key(m.name));
    if (!p) people.push((p = { name: m.name, positions: [], evidence: ev({ start: m.nameStart, end: m.nameEnd }) }));
    for (const pos of m.positions) {
      const text = textOf(pos, rename);
      // "Phó Chủ tịch Thường trực" after "Phó Chủ tịch Thường trực UBND huyện" is the same office shortened (P4).
      const k = key(text);
      if (!p.positions.some((q) => key(q.text) === k || (!pos.org && key(q.text).startsWith(`${k} `)))) {
        const body = pos.org ? rename(pos.org).name : null;
        const organization = body !== null && known.has(body) ? body : null;
        p.positions.push({ text, title: pos.title, organization, evidence: ev({ start: pos.start, end: pos.end }) });
      }
    }
  }
  // P4 the other way round: "Thủ tướng A" first, "Thủ tướng Chính phủ A" later; the shortened
  // office adds nothing once its full form is known.
  for (const p of people) {
    p.positions = p.positions.filter(
      (q) => !p.positions.some((r) => r !== q && ((q.organization === null && key(r.text).startsWith(`${key(q.text)} `)) || shortens(q, r))),
    );
  }
  return people;
}

type Held = ExtractedPerson['positions'][number];

/**
 * "Phó Chủ tịch UBND TP" beside "Phó Chủ tịch Thường trực UBND TP", "Phó Chủ tịch tỉnh" beside
 * "Phó Chủ tịch UBND tỉnh": a repeat that leaves words out of the full title, in the same order,
 * of the same office and body, is that title shortened (P4). The office must open both ("Giám đốc
 * Sở" is no short "Phó Giám đốc Sở X").
 */
function shortens(q: Held, r: Held): boolean {
  if (q.organization !== null && q.organization !== r.organization) return false;
  const a = key(q.text).split(' ');
  const b = key(r.text).split(' ');
  if (a.length >= b.length || !key(r.text).startsWith(`${key(q.title)} `)) return false;
  let i = 0;
  for (const w of b) if (w === a[i]) i++;
  return i === a.length;
}

/** A mention by office alone is the one person known to hold all those offices. */
function holderOf(people: ExtractedPerson[], rename: Rename, m: Mention): string | null {
  if (m.name) return people.find((p) => key(p.name) === key(m.name))?.name ?? m.name;
  const wanted = m.positions.map((pos) => key(textOf(pos, rename)));
  // "Thủ tướng" alone is the holder of "Thủ tướng Chính phủ" too (the office written short).
  const holders = people.filter((p) =>
    wanted.every((w) => p.positions.some((q) => key(q.text) === w || (!m.positions.some((x) => x.org) && key(q.text).startsWith(`${w} `)))),
  );
  return holders.length === 1 ? (holders[0]?.name ?? null) : null;
}

export function buildParticipants(hits: RoleHit[], people: ExtractedPerson[], rename: Rename, ev: Ev): ExtractedParticipant[] {
  const participants: ExtractedParticipant[] = [];
  for (const h of hits) {
    const name = holderOf(people, rename, h.mention);
    if (!name) continue;
    for (const role of h.roles) {
      if (!participants.some((x) => key(x.name) === key(name) && x.role === role)) {
        participants.push({ name, role, evidence: ev({ start: h.mention.nameStart, end: h.mention.nameEnd }) });
      }
    }
  }
  return participants;
}

// The shape of one document of shared/contracts/extraction.md, as a zod schema, so hand-written
// answers (test/gold, test/gold-genre) are checked before they are scored: a typo in a role, a
// date that does not exist or a citation of a directive the document does not list would
// otherwise only show up as a silently wrong score.
import { z } from 'zod';
import type { ContractDocument } from '../core/extraction.js';

export const DIRECTIVE_KINDS = [
  'Chỉ thị',
  'Nghị quyết',
  'Kết luận',
  'Quyết định',
  'Quy định',
  'Công văn',
  'Kế hoạch',
  'Hướng dẫn',
  'Thông báo',
  'Chương trình',
  'Đề án',
  'Luật',
  'Nghị định',
  'Thông tư',
  'Công điện',
  'Quy chế',
] as const;

const nfc = z.string().refine((s) => s === s.normalize('NFC'), { message: 'not NFC' });
const text = nfc.refine((s) => s.trim().length > 0, { message: 'empty' });

/** ISO YYYY-MM-DD naming a day that exists (no 2021-02-30). */
const isoDate = z.string().refine(
  (s) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.toISOString().slice(0, 10) === s;
  },
  { message: 'not an existing ISO date' },
);

const period = z
  .object({
    year: z.number().int().min(1900).max(2100).nullable(),
    part: z.enum(['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'M9', 'Y']).nullable(),
  })
  .strict();

const meeting = z
  .object({
    title: text,
    date: isoDate.nullable(),
    period: period.nullable(),
    organizers: z.array(text),
    place: text.nullable(),
    participants: z.array(
      z
        .object({
          name: text,
          role: z.enum(['chair', 'directed', 'attended', 'concluded', 'spoke']),
        })
        .strict(),
    ),
    cites: z.array(text),
  })
  .strict();

const directive = z
  .object({
    // KIND-NUMBER-CLASS (CT-5-TW, NQ-30a-CP) or a named resolution (NQ-TW4-XII, NQ-DH-XIII).
    key: nfc.regex(/^[A-ZĐa-zđ]{1,4}-[^\s-][^\s]*$/u, 'not a directive key'),
    kind: z.enum(DIRECTIVE_KINDS),
    number: text.nullable(),
    symbol: text.nullable(),
    issuer: text.nullable(),
    issuedOn: isoDate.nullable(),
    subject: text.nullable(),
  })
  .strict();

export const contractDocumentSchema = z
  .object({
    source: text,
    title: text.nullable(),
    publishedOn: isoDate.nullable(),
    authors: z.array(text),
    meetings: z.array(meeting),
    people: z.array(z.object({ name: text, positions: z.array(text) }).strict()),
    organizations: z.array(z.object({ name: text, place: text.nullable() }).strict()),
    directives: z.array(directive),
  })
  .strict()
  .superRefine((doc, ctx) => {
    const keys = new Set(doc.directives.map((d) => d.key));
    const orgs = new Set(doc.organizations.map((o) => o.name));
    const people = new Set(doc.people.map((p) => p.name));
    if (keys.size !== doc.directives.length) ctx.addIssue({ code: 'custom', message: 'a directive key is listed twice', path: ['directives'] });
    doc.meetings.forEach((m, i) => {
      for (const c of m.cites) {
        if (!keys.has(c)) ctx.addIssue({ code: 'custom', message: `cites ${c}, which is not among the directives`, path: ['meetings', i, 'cites'] });
      }
      for (const o of m.organizers) {
        if (!orgs.has(o)) ctx.addIssue({ code: 'custom', message: `organizer ${o} is not among the organizations`, path: ['meetings', i, 'organizers'] });
      }
      for (const p of m.participants) {
        if (!people.has(p.name))
          ctx.addIssue({ code: 'custom', message: `participant ${p.name} is not among the people`, path: ['meetings', i, 'participants'] });
      }
    });
  });

/** Parses one answer file's JSON; throws an error naming the file and every problem found. */
export function parseContractDocument(json: unknown, file: string): ContractDocument {
  const r = contractDocumentSchema.safeParse(json);
  if (!r.success) {
    const problems = r.error.issues.map((i) => `  ${i.path.join('.') || '(document)'}: ${i.message}`).join('\n');
    throw new Error(`${file} does not have the shape of the extraction contract:\n${problems}`);
  }
  return r.data as ContractDocument;
}

import type { Evidence, Extraction, ExtractedOrganization } from '../core/extraction.js';
import { evidenceProps } from './evidence.js';
import { fold } from '../core/fold.js';
import { contentHash, directiveId, documentId, meetingId, organizationId, personId, placeId } from './ids.js';
import { emptyBatch, type GraphBatch, type Props } from './GraphBatch.js';
import { isNationalKey } from './directiveScope.js';

/** Pure: one article's extraction → the graph rows that store it (docs/graph-model.md). */
export function toGraphBatch(x: Extraction): GraphBatch {
  const batch = emptyBatch();
  const hash = contentHash(x.text);
  const docId = documentId(x.text);
  // Each relationship keeps the bounds of its sentence in the document's text, not a copy of it (src/graph/evidence.ts).
  const evidenceOf = (e: Evidence): Props => evidenceProps(docId, x.text, e);

  batch.documents.push({
    id: docId,
    date: x.publishedOn,
    // The cleaned text itself: evidence offsets and sentence bounds point into it (the explorer highlights them).
    props: withoutNulls({ source: x.source, title: x.title, authors: x.authors, text: x.text, folded: fold(x.title ?? x.source) }),
  });

  // Organizations by name as the article writes them; a name the extractor did not list becomes a local body of this article.
  const orgIds = new Map<string, string>();
  const orgPlaces = new Map<string, string | null>();
  const addOrganization = (o: Pick<ExtractedOrganization, 'name' | 'place' | 'scope'>): string => {
    const known = orgIds.get(o.name);
    if (known) return known;
    const id = organizationId(o.name, o.scope, o.place, hash);
    orgIds.set(o.name, id);
    orgPlaces.set(o.name, o.place);
    batch.organizations.push({ id, props: withoutNulls({ name: o.name, place: o.place, scope: o.scope, folded: fold(o.name) }) });
    return id;
  };
  for (const o of x.organizations) addOrganization(o);
  const orgId = (name: string): string => orgIds.get(name) ?? addOrganization({ name, place: null, scope: 'local' });

  const placeIds = new Set<string>();
  const addPlace = (name: string): string => {
    const id = placeId(name);
    if (!placeIds.has(id)) {
      placeIds.add(id);
      batch.places.push({ id, props: { name, folded: fold(name) } });
    }
    return id;
  };

  const meetingPlace = x.meetings.find((m) => m.place)?.place ?? null;
  const directiveIds = new Map<string, string>();
  for (const d of x.directives) {
    // A local directive belongs where its issuer is; with no issuer written, where the reported meeting was.
    const place = d.issuer ? (orgPlaces.get(d.issuer) ?? null) : meetingPlace;
    const local = isNationalKey(d.key) ? undefined : { place, docHash: hash };
    const id = directiveId(d.key, d.era, local);
    directiveIds.set(d.key, id);
    batch.directives.push({
      id,
      date: d.issuedOn,
      props: withoutNulls({
        key: d.key,
        kind: d.kind,
        number: d.number,
        symbol: d.symbol,
        issuer: d.issuer,
        subject: d.subject,
        era: d.era,
        year: d.issuedOn ? Number(d.issuedOn.slice(0, 4)) : null,
        folded: fold([d.kind, d.number ?? '', d.symbol ?? '', d.key, d.subject ?? ''].join(' ')),
      }),
    });
    if (d.issuer) batch.issuedBy.push({ from: id, to: orgId(d.issuer), documentId: docId, props: evidenceOf(d.evidence) });
  }
  for (const d of x.directives) {
    for (const link of d.implements) {
      const to = directiveIds.get(link.key);
      const from = directiveIds.get(d.key);
      if (to && from) batch.implements.push({ from, to, documentId: docId, props: evidenceOf(link.evidence) });
    }
  }

  const personIds = new Map<string, string>();
  for (const p of x.people) {
    const place = p.positions.map((q) => (q.organization ? orgPlaces.get(q.organization) : null)).find((v) => v) ?? meetingPlace;
    const id = personId(p.name, place ?? null, hash);
    personIds.set(p.name, id);
    batch.people.push({ id, props: { name: p.name, folded: fold(p.name) } });
    for (const q of p.positions) {
      if (!q.organization) continue;
      batch.holds.push({
        from: id,
        to: orgId(q.organization),
        documentId: docId,
        title: q.title,
        props: { ...evidenceOf(q.evidence), position: q.text },
      });
    }
  }
  const personRef = (name: string): string => {
    const known = personIds.get(name);
    if (known) return known;
    const id = personId(name, meetingPlace, hash);
    personIds.set(name, id);
    batch.people.push({ id, props: { name, folded: fold(name) } });
    return id;
  };

  x.meetings.forEach((m, i) => {
    const id = meetingId(docId, i);
    batch.meetings.push({
      id,
      date: m.date,
      props: withoutNulls({
        title: m.title,
        documentId: docId,
        year: m.period?.year ?? (m.date ? Number(m.date.slice(0, 4)) : null),
        part: m.period?.part ?? null,
        folded: fold(m.title),
      }),
    });
    batch.reports.push({ from: docId, to: id, documentId: docId, props: evidenceOf(m.evidence) });
    for (const o of m.organizers) batch.organized.push({ from: orgId(o), to: id, documentId: docId, props: evidenceOf(m.evidence) });
    if (m.place) batch.heldIn.push({ from: id, to: addPlace(m.place), documentId: docId, props: evidenceOf(m.evidence) });
    for (const p of m.participants) {
      batch.participated.push({ from: personRef(p.name), to: id, documentId: docId, role: p.role, props: evidenceOf(p.evidence) });
    }
    const cited = new Set<string>();
    for (const c of m.citations) {
      const to = directiveIds.get(c.key);
      // One CITES per meeting and directive, with the first sentence that cites it.
      if (!to || cited.has(to)) continue;
      cited.add(to);
      batch.cites.push({ from: id, to, documentId: docId, props: evidenceOf(c.evidence) });
    }
  });
  return batch;
}

function withoutNulls(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

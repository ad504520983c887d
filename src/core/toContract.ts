import type { ContractDocument, Extraction } from './extraction.js';

/** Projects the full extraction onto the JSON of shared/contracts/extraction.md (evidence and internal fields dropped). */
export function toContract(x: Extraction): ContractDocument {
  return {
    source: x.source,
    title: x.title,
    publishedOn: x.publishedOn,
    authors: [...x.authors],
    meetings: x.meetings.map((m) => ({
      title: m.title,
      date: m.date,
      period: m.period,
      organizers: [...m.organizers],
      place: m.place,
      participants: m.participants.map((p) => ({ name: p.name, role: p.role })),
      cites: uniqueInOrder(m.citations.map((c) => c.key)),
    })),
    people: x.people.map((p) => ({ name: p.name, positions: uniqueInOrder(p.positions.map((q) => q.text)) })),
    organizations: x.organizations.map((o) => ({ name: o.name, place: o.place })),
    directives: x.directives.map((d) => ({
      key: d.key,
      kind: d.kind,
      number: d.number,
      symbol: d.symbol,
      issuer: d.issuer,
      issuedOn: d.issuedOn,
      subject: d.subject,
    })),
  };
}

function uniqueInOrder(values: string[]): string[] {
  return [...new Set(values)];
}

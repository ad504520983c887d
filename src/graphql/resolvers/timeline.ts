import type { NodeProps } from '../../store/GraphStore.js';

export interface TimelineEntry {
  period: { year: number | null; part: string | null };
  meetingCount: number;
  meetings: NodeProps[];
}

/** Date-ordered meetings → one entry per reporting period (year and part), in the same order. */
export function toTimeline(meetings: NodeProps[]): TimelineEntry[] {
  const entries = new Map<string, TimelineEntry>();
  for (const m of meetings) {
    const year = typeof m.year === 'number' ? m.year : typeof m.date === 'string' ? Number(m.date.slice(0, 4)) : null;
    const part = (m.part as string | undefined) ?? null;
    const key = `${year ?? ''}/${part ?? ''}`;
    const entry = entries.get(key) ?? { period: { year, part }, meetingCount: 0, meetings: [] };
    entry.meetings.push(m);
    entry.meetingCount++;
    entries.set(key, entry);
  }
  return [...entries.values()];
}

import type { NodeProps } from '../../store/GraphStore.js';
import { periodOf, type TimelineParent } from './shapes.js';

/** Date-ordered meetings → one entry per reporting period (year and part), in the same order. */
export function toTimeline(meetings: NodeProps[]): TimelineParent[] {
  const entries = new Map<string, TimelineParent>();
  for (const m of meetings) {
    const period = periodOf(m);
    const key = `${period.year ?? ''}/${period.part ?? ''}`;
    const entry = entries.get(key) ?? { period, meetingCount: 0, meetings: [] };
    entry.meetings.push(m);
    entry.meetingCount++;
    entries.set(key, entry);
  }
  return [...entries.values()];
}

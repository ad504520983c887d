import type { TimelineEntryResolvers } from '../generated/resolvers.js';
import type { PeriodRow } from '../../store/ApiStore.js';
import { pageSize } from '../pagination.js';
import { periodPartOf, type TimelineParent } from './shapes.js';

/** The store's period rows (already in date order, counted) as the schema's timeline entries. */
export function toTimeline(periods: PeriodRow[]): TimelineParent[] {
  return periods.map((p) => ({ period: { year: p.year, part: periodPartOf(p.part) }, meetingCount: p.meetingCount, meetings: p.meetings }));
}

export const TimelineEntry: TimelineEntryResolvers = {
  // The store sends at most MAX_PAGE meetings of a period, the most `first` may ask for.
  meetings: (e, args) => e.meetings.slice(0, pageSize(args.first)),
};

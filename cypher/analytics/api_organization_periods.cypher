// Each organization's meetings grouped by reporting period (year and part), periods in date order, for many
// organizations at once (DataLoader batch). Counted here, and at most $perPeriod meetings of each period
// projected, so a hub's timeline is not every one of its meetings sent to the API.
// @param $ids  organization ids
// @param $perPeriod  meetings to return per period, the first by date
// @returns key (the organization id), year, part, meetingCount, meetings (list of maps), firstDate
UNWIND $ids AS key
MATCH (:Organization {id: key})-[:ORGANIZED]->(m:Meeting)
WITH key, m
ORDER BY key, m.date, m.id
WITH key, coalesce(m.year, m.date.year) AS year, m.part AS part, collect(m) AS meetings
RETURN key, year, part, size(meetings) AS meetingCount, [x IN meetings[0..$perPeriod] | x {.*}] AS meetings, meetings[0].date AS firstDate
ORDER BY key, firstDate, year, part

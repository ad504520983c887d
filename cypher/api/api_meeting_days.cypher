// Every MeetingDay bucket (keep_meeting_days): each day that has meetings (ISO date, '' for the undated) and how
// many, newest first. What the date-ordered lists read; small (one node per day), for checks and analysts.
// @returns day, meetings
MATCH (b:MeetingDay)
RETURN b.day AS day, b.meetings AS meetings
ORDER BY day DESC

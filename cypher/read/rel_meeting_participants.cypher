// The people who took part in each meeting (PARTICIPATED), one row per role, for many meetings at once (DataLoader batch).
// Anchored end first: Grafeo starts matching where the pattern starts, so an indexed {id: …} node
// written first is a lookup, written last a scan of every node of the other label.
// @param $ids  list of meeting ids
// @returns key (the meeting id), node (the other end, map), rel (relationship properties, map)
UNWIND $ids AS key
MATCH (:Meeting {id: key})<-[r:PARTICIPATED]-(other:Person)
RETURN key, other {.*} AS node, r {.*} AS rel
ORDER BY key, other.id

// The meetings held in each place, in date order, for many places at once (DataLoader batch).
// @param $ids  place ids
// @returns key (the place id), node (the meeting, map), rel (relationship properties, map)
UNWIND $ids AS key
MATCH (:Place {id: key})<-[r:HELD_IN]-(m:Meeting)
RETURN key, m {.*} AS node, r {.*} AS rel
ORDER BY key, m.date, m.id

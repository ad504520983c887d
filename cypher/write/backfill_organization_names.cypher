// Gives `nameKey` and their OrganizationName buckets (keep_organization_names) to the Organization nodes of a store written before the
// name-ordered lists read them (run by migrate at every start): only nodes without `nameKey` are counted, so on a
// current store this reads the Organization nodes and writes nothing.
// @returns count
MATCH (n:Organization)
WHERE n.nameKey IS NULL
WITH n, coalesce(n.folded, '') AS name, split(n.id, '#') AS parts
WITH n, name, CASE WHEN size(parts) > 1 THEN parts[0] + '#' + left(parts[1], 2) ELSE n.id END AS prefix
SET n.nameKey = name + '|' + prefix
WITH n.nameKey AS key, name, prefix, count(n) AS added
MERGE (b:OrganizationName {key: key})
SET b.count = coalesce(b.count, 0) + added, b.name = name, b.prefix = prefix
RETURN count(b) AS count

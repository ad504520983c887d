// Indexes of the name buckets on the embedded engine (keep_person_names, keep_organization_names): each bucket is
// merged on its key, and the name-ordered lists look a bucket's nodes up by equality on `nameKey` (an indexed
// equality instead of a scan of every Person or Organization).
// @statements
// @returns nothing
CREATE INDEX person_name_bucket IF NOT EXISTS FOR (n:PersonName) ON (n.key);
CREATE INDEX organization_name_bucket IF NOT EXISTS FOR (n:OrganizationName) ON (n.key);
CREATE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey);
CREATE INDEX organization_name_key IF NOT EXISTS FOR (n:Organization) ON (n.nameKey)

// Number of directives of one kind (the kind is the only filter; with others: api_count_directives), without the
// null guards that make Grafeo expand every directive's ISSUED_BY.
// @param $kind  folded kind with a trailing space ("chi thi ")
// @param $kindCode  key prefix of the kind ("CT-")
// @returns count
MATCH (n:Directive)
WHERE n.folded STARTS WITH $kind OR n.key STARTS WITH $kindCode
RETURN count(n) AS count

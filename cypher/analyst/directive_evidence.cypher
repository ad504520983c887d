// The evidence for a directive's citations: each sentence that cites it, the
// article it comes from and the character offsets into that article's text,
// so every answer can be checked against its source. The sentence is cut from the
// article's text by its bounds (Cypher counts code points where the offsets count UTF-16
// units: text with characters beyond U+FFFF before it shifts the cut; the API's is exact).
// Browser:  :param key => 'KH-110-HU'
// @param $key  directive key, e.g. 'KH-30-TU'
// @returns directive, meeting, source, sentence, start, end
MATCH (d:Directive {key: $key})<-[c:CITES]-(m:Meeting)
MATCH (doc:Document {id: c.documentId})
RETURN d.id AS directive, m.title AS meeting, doc.source AS source,
  CASE WHEN c.sentenceStart IS NULL THEN c.sentence ELSE substring(doc.text, c.sentenceStart, c.sentenceEnd - c.sentenceStart) END AS sentence,
  c.start AS start, c.end AS end
ORDER BY source, start

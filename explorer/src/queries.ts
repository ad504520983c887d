// Every GraphQL operation the explorer sends, in one place: the views import them,
// test/explorer/explorer.test.ts validates and runs each one on the seed articles.
// Inputs always go in variables, never into the query text.

/** One box over every node type (accents and case ignored), best first: results page and suggestions. */
export const SEARCH = /* GraphQL */ `
  query ExplorerSearch($text: String!, $first: Int!) {
    search(text: $text, first: $first) {
      score
      node {
        __typename
        ... on Meeting {
          id
          title
          date
          place {
            name
          }
        }
        ... on Directive {
          id
          key
          kind
          symbol
          subject
        }
        ... on Person {
          id
          name
        }
        ... on Organization {
          id
          name
          locality: place
        }
        ... on Document {
          id
          title
          source
        }
        ... on Place {
          id
          name
        }
      }
    }
  }
`;

/** The start screen: directives by the number of meetings citing them. */
export const MOST_CITED = /* GraphQL */ `
  query ExplorerMostCited($first: Int!) {
    mostCitedDirectives(first: $first) {
      count
      directive {
        id
        key
        kind
        symbol
        subject
      }
    }
  }
`;

// What a person's page shows of an office held and of a part played (the node's first page and each further page).
const EVIDENCE_FIELDS = /* GraphQL */ `
  fragment ExplorerEvidence on Evidence {
    documentId
    start
    end
    sentence
    document {
      id
      source
      title
    }
  }
`;
const POSITION_FIELDS = /* GraphQL */ `
  fragment ExplorerPosition on Position {
    title
    position
    organization {
      id
      name
    }
    evidence {
      ...ExplorerEvidence
    }
  }
`;
const PARTICIPATION_FIELDS = /* GraphQL */ `
  fragment ExplorerParticipation on Participation {
    role
    meeting {
      id
      title
      date
    }
    evidence {
      ...ExplorerEvidence
    }
  }
`;

/** Any node by id (a directive also by key), with what the detail view shows and its neighbours (the graph is drawn from them). */
export const NODE = /* GraphQL */ `
  query ExplorerNode($id: ID!, $citedFirst: Int!) {
    node(id: $id) {
      __typename
      id
      ... on Meeting {
        title
        date
        period {
          year
          part
        }
        place {
          id
          name
        }
        organizers {
          id
          name
        }
        participants {
          role
          person {
            id
            name
          }
          evidence {
            documentId
            start
            end
            sentence
            document {
              id
              source
              title
            }
          }
        }
        citations {
          directive {
            id
            key
            kind
            symbol
          }
          evidence {
            documentId
            start
            end
            sentence
            document {
              id
              source
              title
            }
          }
        }
        documents {
          id
          source
          title
          publishedOn
        }
      }
      ... on Directive {
        key
        kind
        symbol
        issuer
        issuedOn
        subject
        era
        citationCount
        issuedBy {
          id
          name
        }
        implements {
          id
          key
          kind
          symbol
        }
        implementedBy {
          id
          key
          kind
          symbol
        }
        citedBy(first: $citedFirst) {
          totalCount
          edges {
            node {
              id
              title
              date
              place {
                name
              }
            }
            citation {
              evidence {
                documentId
                start
                end
                sentence
                document {
                  id
                  source
                  title
                }
              }
            }
          }
        }
      }
      ... on Person {
        name
        # Its offices and parts come a page at a time from PERSON_POSITIONS / PERSON_PARTICIPATIONS (the plain lists are
        # deprecated; with a page of both in here the query would cost more than the server allows).
      }
      ... on Organization {
        name
        locality: place
        scope
        positions {
          title
          position
          person {
            id
            name
          }
          evidence {
            documentId
            start
            end
            sentence
            document {
              id
              source
              title
            }
          }
        }
        # Hub lists a page at a time (the plain lists are deprecated): a node's page shows the first 25 and the total.
        organized: organizedConnection(first: 25) {
          totalCount
          nodes {
            id
            title
            date
          }
        }
        issued: issuedConnection(first: 25) {
          totalCount
          nodes {
            id
            key
            kind
            symbol
          }
        }
        timeline {
          period {
            year
            part
          }
          meetingCount
        }
      }
      ... on Document {
        source
        title
        publishedOn
        authors
        meetings {
          id
          title
          date
        }
      }
      ... on Place {
        name
        meetingsHeld: meetingConnection(first: 25) {
          totalCount
          nodes {
            id
            title
            date
          }
        }
      }
    }
  }
`;

/** A page of a person's offices: the first with the node, then each "more". */
export const PERSON_POSITIONS = /* GraphQL */ `
  query ExplorerPersonPositions($id: ID!, $first: Int!, $after: String) {
    person(id: $id) {
      id
      page: positionConnection(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...ExplorerPosition
        }
      }
    }
  }
  ${POSITION_FIELDS}
  ${EVIDENCE_FIELDS}
`;

/** A page of the parts a person played: the first with the node, then each "more". */
export const PERSON_PARTICIPATIONS = /* GraphQL */ `
  query ExplorerPersonParticipations($id: ID!, $first: Int!, $after: String) {
    person(id: $id) {
      id
      page: participationConnection(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...ExplorerParticipation
        }
      }
    }
  }
  ${PARTICIPATION_FIELDS}
  ${EVIDENCE_FIELDS}
`;

/** An article's text with every fact read from it (offsets into that text), for the highlighted reading view. */
export const ARTICLE = /* GraphQL */ `
  query ExplorerArticle($id: ID!) {
    document(id: $id) {
      id
      source
      title
      publishedOn
      text
      meetings {
        id
        title
        citations {
          directive {
            id
            key
            symbol
          }
          evidence {
            documentId
            start
            end
          }
        }
        participants {
          role
          person {
            id
            name
          }
          evidence {
            documentId
            start
            end
          }
        }
      }
    }
  }
`;

/** A directive's citing meetings counted by year and by place (the charts of its page). */
export const CITATION_COUNTS = /* GraphQL */ `
  query ExplorerCitationCounts($directive: String!) {
    byYear: citationCounts(by: YEAR, directive: $directive) {
      year
      count
    }
    byPlace: citationCounts(by: PLACE, directive: $directive) {
      place {
        id
        name
      }
      count
    }
  }
`;

/** Paths between two nodes, shortest first, with what the graph needs to draw them. */
export const CONNECTIONS = /* GraphQL */ `
  query ExplorerConnections($from: ID!, $to: ID!, $maxHops: Int!, $first: Int!) {
    connections(from: $from, to: $to, maxHops: $maxHops, first: $first) {
      length
      nodes {
        __typename
        id
        ... on Meeting {
          title
          date
        }
        ... on Directive {
          key
          kind
          symbol
        }
        ... on Person {
          name
        }
        ... on Organization {
          name
        }
        ... on Document {
          title
          source
        }
        ... on Place {
          name
        }
      }
      relationships {
        type
        from
        to
        role
        title
        evidence {
          documentId
          start
          end
          sentence
          document {
            id
            source
            title
          }
        }
      }
    }
  }
`;

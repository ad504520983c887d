// Every GraphQL operation the explorer sends, in one place: app.js imports them,
// test/explorer/explorer.test.ts validates and runs each one on the seed articles.
// Inputs always go in variables, never into the query text.

/** One box over every node type (accents and case ignored), best first. */
export const SEARCH = /* GraphQL */ `
  query ExplorerSearch($text: String!, $first: Int!) {
    search(text: $text, first: $first) {
      score
      node {
        __typename
        ... on Meeting { id title date place { name } }
        ... on Directive { id key kind symbol subject }
        ... on Person { id name }
        ... on Organization { id name locality: place }
        ... on Document { id title source }
        ... on Place { id name }
      }
    }
  }
`;

/** The start screen: directives by the number of meetings citing them. */
export const MOST_CITED = /* GraphQL */ `
  query ExplorerMostCited($first: Int!) {
    mostCitedDirectives(first: $first) {
      count
      directive { id key kind symbol subject }
    }
  }
`;

/** Any node by id (a directive also by key), with what the detail view shows and its neighbours. */
export const NODE = /* GraphQL */ `
  query ExplorerNode($id: ID!, $citedFirst: Int!) {
    node(id: $id) {
      __typename
      id
      ... on Meeting {
        title
        date
        period { year part }
        place { id name }
        organizers { id name }
        participants { role person { id name } evidence { sentence document { id source } } }
        citations {
          directive { id key kind symbol }
          evidence { sentence document { id source title } }
        }
        documents { id source title publishedOn }
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
        issuedBy { id name }
        implements { id key kind symbol }
        implementedBy { id key kind symbol }
        citedBy(first: $citedFirst) {
          totalCount
          edges {
            node { id title date place { name } }
            citation { evidence { sentence document { id source } } }
          }
        }
      }
      ... on Person {
        name
        positions {
          title
          position
          organization { id name }
          evidence { sentence document { id source } }
        }
        participations {
          role
          meeting { id title date }
          evidence { sentence document { id source } }
        }
      }
      ... on Organization {
        name
        locality: place
        scope
        members { id name }
        organized { id title date }
        issued { id key kind symbol }
        timeline { period { year part } meetingCount }
      }
      ... on Document {
        source
        title
        publishedOn
        authors
        meetings { id title date }
      }
      ... on Place {
        name
        meetings { id title date }
      }
    }
  }
`;

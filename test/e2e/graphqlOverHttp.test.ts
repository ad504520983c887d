import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/graphql/createApp.js';
import { loadConfig } from '../../src/config.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { seededStore } from '../fixtures/seededStore.js';

// The whole path over real HTTP: seed articles → extractor → embedded graph → GraphQL server on a socket.
describe('GraphQL over HTTP on the seed articles', () => {
  let store: GraphStore;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    store = await seededStore();
    server = createServer(createApp({ store, config: loadConfig({ NODE_ENV: 'test' }) }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await store.close();
  });

  async function gql(query: string, variables: Record<string, unknown> = {}) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    expect(res.status).toBe(200);
    return (await res.json()) as { data?: any; errors?: Array<{ message: string }>; extensions?: Record<string, unknown> };
  }

  it('serves the five seed meetings, each with the directives it cites', async () => {
    const { data, errors } = await gql(`{
      meetings(first: 10) { totalCount nodes { date citations { directive { key } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.meetings.totalCount).toBe(5);
    const byDate = Object.fromEntries(data.meetings.nodes.map((m: any) => [m.date, m.citations.map((c: any) => c.directive.key).sort()]));
    expect(byDate['2020-09-30']).toEqual(expect.arrayContaining(['CT-5-TW', 'CT-5-TTg', 'KH-110-HU', 'NQ-29-TW']));
    expect(byDate['2021-10-06']).toEqual(expect.arrayContaining(['CT-10-TW', 'QĐ-238-TW']));
    expect(byDate['2020-07-10']).toEqual(['NQ-42-CP']);
    expect(byDate['2023-06-23']).toEqual([]);
  });

  it('keeps Chỉ thị 05 of the Politburo and of the Prime Minister apart, with their evidence', async () => {
    const { data, errors } = await gql(
      `query ($key: String!) {
      directive(key: $key) { key symbol issuer citedBy(first: 5) { totalCount nodes { date } } }
    }`,
      { key: 'CT-5-TTg' },
    );
    expect(errors).toBeUndefined();
    expect(data.directive).toMatchObject({ key: 'CT-5-TTg', symbol: '05/CT-TTg', issuer: 'Thủ tướng Chính phủ' });
    expect(data.directive.citedBy.nodes.map((m: any) => m.date)).toEqual(['2020-09-30']);
    const tw = await gql(`{ directive(key: "CT-5-TW") { symbol issuer } }`);
    expect(tw.data.directive).toMatchObject({ symbol: '05-CT/TW', issuer: 'Bộ Chính trị' });
  });

  it('tells who chaired a meeting, in which position, from which sentence', async () => {
    const { data, errors } = await gql(`{
      search(text: "le huu tho", first: 3) { node { __typename ... on Person { name positions { title organization { name } }
        participations { role meeting { date } evidence { sentence document { source } } } } } }
    }`);
    expect(errors).toBeUndefined();
    const person = data.search.map((hit: any) => hit.node).find((n: any) => n.__typename === 'Person');
    expect(person.name).toBe('Lê Hữu Thọ');
    expect(person.positions.map((p: any) => p.organization?.name)).toEqual(expect.arrayContaining(['Ban Tuyên giáo Tỉnh ủy']));
    const chaired = person.participations.find((m: any) => m.role === 'CHAIR');
    expect(chaired.meeting.date).toBe('2021-10-06');
    expect(chaired.evidence.sentence).toContain('chủ trì');
    expect(chaired.evidence.document.source).toBe('001_20b91e63489e390f.txt');
  });
});

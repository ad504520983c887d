// Starts GraphiQL (YogaGraphiQL from /graphiql/graphiql.js) with the options the
// server wrote into the page, its editor workers loaded from this server too.
interface YogaGraphiQLGlobal {
  renderYogaGraphiQL(root: Element, options: unknown): void;
}

const WORKERS: Record<string, string> = {
  editorWorkerService: '/graphiql/editor.worker.js',
  json: '/graphiql/json.worker.js',
  graphql: '/graphiql/graphql.worker.js',
};

(self as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: (_moduleId: string, label: string) => WORKERS[label] ?? WORKERS.editorWorkerService,
};

const options = JSON.parse(document.getElementById('graphiql-options')?.textContent ?? '{}') as unknown;
const root = document.getElementById('root');
const yoga = (window as unknown as { YogaGraphiQL?: YogaGraphiQLGlobal }).YogaGraphiQL;
if (!root || !yoga) throw new Error('GraphiQL did not load (/graphiql/graphiql.js)');
// A first visit (no tabs stored yet) runs the first example, so the page opens on data.
let firstVisit = true;
try {
  firstVisit = !localStorage.getItem('graphiql:tabState');
} catch {
  /* storage off: every visit is a first one */
}
yoga.renderYogaGraphiQL(root, options);
if (firstVisit) {
  const runWhenReady = new MutationObserver(() => {
    const run = document.querySelector<HTMLButtonElement>('.graphiql-execute-button');
    if (!run || run.disabled) return;
    runWhenReady.disconnect();
    run.click();
  });
  runWhenReady.observe(root, { childList: true, subtree: true, attributes: true });
}

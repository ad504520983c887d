// Work that needs its element in the page (Chart.js and cytoscape measure their
// box): views queue it while building, the router runs it once the view is shown.
const queue: Array<() => void> = [];

export function whenMounted(f: () => void): void {
  queue.push(f);
}

export function runMounted(): void {
  for (const f of queue.splice(0)) f();
}

export function dropMounted(): void {
  queue.length = 0;
}

// Work that needs its element in the page (Chart.js and cytoscape measure their
// box): views queue it while building, the router runs it once the view is shown.
// A view superseded while it was still loading leaves work for elements that never
// reach the page: that work is dropped, so it cannot draw into (or take over
// window.explorerGraph from) a detached element.
const queue: Array<{ el: Element; f: () => void }> = [];

export function whenMounted(el: Element, f: () => void): void {
  queue.push({ el, f });
}

export function runMounted(): void {
  for (const { el, f } of queue.splice(0)) if (el.isConnected) f();
}

export function dropMounted(): void {
  queue.length = 0;
}

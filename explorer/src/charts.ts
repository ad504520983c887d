// Bar charts with Chart.js (MIT, tree-shaken into the bundle); each chart has its
// numbers beside it in a table, for screen readers and for copying.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { h } from './dom.js';
import { t } from './i18n.js';
import { whenMounted } from './mount.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface Bar {
  label: string;
  count: number;
  href?: string;
}

/** A titled bar chart (canvas with an accessible name) and its data table. */
export function barChart(id: string, title: string, column: string, bars: readonly Bar[], options: { horizontal?: boolean; color: string }): HTMLElement {
  const canvas = h('canvas', { role: 'img', 'aria-label': `${title}: ${bars.map((b) => `${b.label} ${b.count}`).join(', ')}` });
  const height = options.horizontal ? Math.max(140, 34 * bars.length + 50) : 220;
  const box = h('div', { class: 'chart-box', style: `height:${height}px` }, canvas);
  const figure = h(
    'figure',
    { class: 'chart', id, 'data-bars': bars.length },
    h('figcaption', null, title),
    box,
    h(
      'details',
      null,
      h('summary', null, t().chartTable),
      h(
        'table',
        null,
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, column), h('th', { scope: 'col' }, t().count))),
        h(
          'tbody',
          null,
          bars.map((b) => h('tr', null, h('td', null, b.href ? h('a', { href: b.href }, b.label) : b.label), h('td', null, b.count))),
        ),
      ),
    ),
  );
  whenMounted(figure, () => {
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: bars.map((b) => b.label),
        datasets: [{ label: t().count, data: bars.map((b) => b.count), backgroundColor: options.color, borderRadius: 3, maxBarThickness: 48 }],
      },
      options: {
        indexAxis: options.horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { tooltip: { enabled: true } },
        scales: {
          [options.horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } },
        },
      },
    });
    figure.dataset.drawn = 'true';
  });
  return figure;
}

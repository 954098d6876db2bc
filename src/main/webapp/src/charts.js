// Charts for the commissioner's dashboard (Chart.js, drawn on a canvas that is hidden from screen
// readers: every chart has a table of the same figures next to it). A suppressed figure has no bar
// and no point: the word "Suppressed" is drawn where it would be, so it can never read as zero.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { h } from './dom.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);
Chart.defaults.font.family = 'Arial, sans-serif';
Chart.defaults.font.size = 14;
Chart.defaults.color = '#212b32';

export const COLOURS = { blue: '#005eb8', darkBlue: '#003087', green: '#007f3b', orange: '#ed8b00', grey: '#768692', purple: '#330072', red: '#d5281b' };

const suppressedLabels = {
  id: 'suppressedLabels',
  afterDatasetsDraw(chart) {
    const { ctx, chartArea } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    const indexScale = horizontal ? chart.scales.y : chart.scales.x;
    chart.data.datasets.forEach((dataset, datasetIndex) => {
      if (!dataset.suppressed || !chart.isDatasetVisible(datasetIndex)) {
        return;
      }
      const meta = chart.getDatasetMeta(datasetIndex);
      dataset.suppressed.forEach((suppressed, index) => {
        if (!suppressed) {
          return;
        }
        const element = meta.data[index];
        const position = element && Number.isFinite(horizontal ? element.y : element.x) ? (horizontal ? element.y : element.x) : indexScale.getPixelForValue(index);
        ctx.save();
        ctx.fillStyle = '#4c6272';
        ctx.font = 'italic 13px Arial, sans-serif';
        if (horizontal) {
          ctx.textBaseline = 'middle';
          ctx.fillText('Suppressed', chartArea.left + 6, position);
        } else {
          ctx.translate(position, chartArea.bottom - 6);
          ctx.rotate(-Math.PI / 2);
          ctx.textBaseline = 'middle';
          ctx.fillText('Suppressed', 0, 0);
        }
        ctx.restore();
      });
    });
  },
};

/**
 * A chart in a box of fixed height. config is a Chart.js configuration; description is what the
 * chart shows, for the figure's caption.
 */
export function chartFigure(id, description, config) {
  const canvas = h('canvas', { id, 'aria-hidden': 'true' });
  const figure = h('figure', { class: 'app-chart' }, h('div', { class: 'app-chart__canvas' }, canvas), h('figcaption', { class: 'nhsuk-body-s' }, description, ' The table below gives the same figures.'));
  whenOnPage(canvas, () =>
    new Chart(canvas, {
      ...config,
      plugins: [suppressedLabels, ...(config.plugins || [])],
      options: { animation: false, responsive: true, maintainAspectRatio: false, ...config.options },
    }),
  );
  return figure;
}

/** Runs draw once the canvas is on the page (a chart needs its size), checking once a frame. */
function whenOnPage(canvas, draw, frames = 600) {
  requestAnimationFrame(() => {
    if (canvas.isConnected) {
      draw();
      canvas.closest('figure').dataset.drawn = 'true';
    } else if (frames > 0) {
      whenOnPage(canvas, draw, frames - 1);
    }
  });
}

/** Values for a chart from disclosure-controlled cells ({ value, suppressed } or { pence, suppressed }). */
export function series(cells, read = (cell) => cell && cell.value) {
  return {
    data: cells.map((cell) => (cell && cell.suppressed ? null : read(cell) ?? null)),
    suppressed: cells.map((cell) => Boolean(cell && cell.suppressed)),
  };
}

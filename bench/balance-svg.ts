/**
 * The charts of bench/balance.ts as hand-written SVG (no charting dependency): one
 * panel per run (distributor off, on), each member's utilization over time on the
 * left axis, a secondary series (throughput or forwarded share) dashed on the right
 * axis, and a tick at the top for every client move.
 */

/** A line of points (x in seconds, y in the axis' unit). */
export interface Series {
  name: string;
  color: string;
  points: ReadonlyArray<readonly [number, number]>;
}

/** One run's panel. */
export interface ChartPanel {
  label: string;
  /** Plotted against the left axis, 0..1. */
  utilization: readonly Series[];
  /** Plotted dashed against the right axis, 0..`max`. */
  secondary: Series & { max: number; format: (value: number) => string };
  /** Times (s) of client moves. */
  moves: readonly number[];
}

const WIDTH = 960;
const MARGIN_LEFT = 64;
const MARGIN_RIGHT = 80;
const TITLE_HEIGHT = 64;
const PANEL_HEIGHT = 220;
const PANEL_GAP = 56;
const LEGEND_HEIGHT = 48;
/** Most x-axis ticks: more would crowd the labels. */
const X_TICKS_MAX = 12;
const Y_TICKS = [0, 0.25, 0.5, 0.75, 1];
const PLOT_WIDTH = WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A tick step from 1-2-5 × 10^k giving at most X_TICKS_MAX ticks over `span`. */
function tickStep(span: number): number {
  for (let magnitude = 0.1; magnitude < 1e6; magnitude *= 10) {
    for (const f of [1, 2, 5]) if (span / (f * magnitude) <= X_TICKS_MAX) return f * magnitude;
  }
  return span;
}

function polyline(points: string, color: string, dashed: boolean): string {
  const dash = dashed ? ' stroke-dasharray="6 4"' : '';
  return `<polyline fill="none" stroke="${color}" stroke-width="${dashed ? 1.5 : 2}"${dash} stroke-linejoin="round" points="${points}"/>`;
}

/** One panel at vertical offset `top`: frame, grid, axes, lines, move ticks. */
function renderPanel(panel: ChartPanel, top: number, xMaxSeconds: number): string {
  const x = (s: number): number => MARGIN_LEFT + (Math.min(Math.max(s, 0), xMaxSeconds) / xMaxSeconds) * PLOT_WIDTH;
  const y = (fraction: number): number => top + PANEL_HEIGHT - Math.min(Math.max(fraction, 0), 1) * PANEL_HEIGHT;
  const out: string[] = [`<text x="${MARGIN_LEFT}" y="${top - 10}" font-size="14" font-weight="bold">${escapeXml(panel.label)}</text>`];
  for (const v of Y_TICKS) {
    out.push(`<line x1="${MARGIN_LEFT}" x2="${WIDTH - MARGIN_RIGHT}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>`);
    out.push(`<text x="${MARGIN_LEFT - 8}" y="${y(v) + 4}" text-anchor="end" font-size="11">${Math.round(v * 100)}%</text>`);
    const right = panel.secondary.format(v * panel.secondary.max);
    out.push(`<text x="${WIDTH - MARGIN_RIGHT + 8}" y="${y(v) + 4}" font-size="11" fill="#555">${escapeXml(right)}</text>`);
  }
  const step = tickStep(xMaxSeconds);
  for (let s = 0; s <= xMaxSeconds + 1e-9; s += step) {
    out.push(`<line x1="${x(s)}" x2="${x(s)}" y1="${top + PANEL_HEIGHT}" y2="${top + PANEL_HEIGHT + 5}" stroke="#333"/>`);
    out.push(`<text x="${x(s)}" y="${top + PANEL_HEIGHT + 18}" text-anchor="middle" font-size="11">${Number(s.toFixed(1))}</text>`);
  }
  out.push(`<rect x="${MARGIN_LEFT}" y="${top}" width="${PLOT_WIDTH}" height="${PANEL_HEIGHT}" fill="none" stroke="#333"/>`);
  const secondary = panel.secondary;
  const scaled = secondary.points.map(([s, v]) => `${x(s).toFixed(1)},${y(secondary.max > 0 ? v / secondary.max : 0).toFixed(1)}`).join(' ');
  out.push(polyline(scaled, secondary.color, true));
  for (const series of panel.utilization) {
    out.push(polyline(series.points.map(([s, u]) => `${x(s).toFixed(1)},${y(u).toFixed(1)}`).join(' '), series.color, false));
  }
  for (const s of panel.moves) out.push(`<line x1="${x(s)}" x2="${x(s)}" y1="${top}" y2="${top + 10}" stroke="#000" stroke-width="1.5"/>`);
  return out.join('\n');
}

/** The legend: every utilization series' color (the same in every panel), the secondary line, the move tick. */
function renderLegend(panels: readonly ChartPanel[], top: number): string {
  const first = panels[0];
  if (first === undefined) return '';
  const entries: Array<{ label: string; color: string; dashed: boolean }> = [
    ...first.utilization.map((s) => ({ label: `${s.name} utilization`, color: s.color, dashed: false })),
    { label: `${first.secondary.name} (right axis)`, color: first.secondary.color, dashed: true },
  ];
  const out: string[] = [];
  let left = MARGIN_LEFT;
  for (const e of entries) {
    out.push(polyline(`${left},${top} ${left + 24},${top}`, e.color, e.dashed));
    out.push(`<text x="${left + 30}" y="${top + 4}" font-size="12">${escapeXml(e.label)}</text>`);
    left += 40 + e.label.length * 6.5;
  }
  out.push(`<line x1="${left}" x2="${left}" y1="${top - 6}" y2="${top + 4}" stroke="#000" stroke-width="1.5"/>`);
  out.push(`<text x="${left + 8}" y="${top + 4}" font-size="12">a client moved</text>`);
  return out.join('\n');
}

/** The whole chart: title, subtitle, one panel per run, the x-axis label under each, the legend. */
export function renderChart(options: { title: string; subtitle: string; xMaxSeconds: number; panels: readonly ChartPanel[] }): string {
  const height = TITLE_HEIGHT + options.panels.length * (PANEL_HEIGHT + PANEL_GAP) + LEGEND_HEIGHT;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif">`,
    `<rect width="${WIDTH}" height="${height}" fill="#fff"/>`,
    `<text x="${WIDTH / 2}" y="24" text-anchor="middle" font-size="17" font-weight="bold">${escapeXml(options.title)}</text>`,
    `<text x="${WIDTH / 2}" y="44" text-anchor="middle" font-size="12" fill="#444">${escapeXml(options.subtitle)}</text>`,
  ];
  options.panels.forEach((panel, i) => {
    const top = TITLE_HEIGHT + 16 + i * (PANEL_HEIGHT + PANEL_GAP);
    parts.push(renderPanel(panel, top, options.xMaxSeconds));
    parts.push(`<text x="${MARGIN_LEFT + PLOT_WIDTH / 2}" y="${top + PANEL_HEIGHT + 34}" text-anchor="middle" font-size="11">seconds since the clients started</text>`);
  });
  parts.push(renderLegend(options.panels, height - LEGEND_HEIGHT / 2));
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

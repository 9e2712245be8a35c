/**
 * An SVG chart of the ratios per program (natural ÷ twin): time under each model latency profile, prompt tokens
 * and lines of code as horizontal bars per program, with the parity line at 1. Written by hand: it is a few
 * rectangles and labels.
 */
import type { BenchReport } from "./run-bench.js";
import type { Ratios } from "./program-report.js";

const series: { value: (ratios: Ratios) => number; label: string; color: string }[] = [
  { value: (ratios) => ratios.timeByProfile["fast-hosted"], label: "time, fast hosted", color: "#1f77b4" },
  { value: (ratios) => ratios.timeByProfile["slow-hosted"], label: "time, slow hosted", color: "#17becf" },
  { value: (ratios) => ratios.timeByProfile["local-cpu"], label: "time, local CPU", color: "#9467bd" },
  { value: (ratios) => ratios.promptTokens, label: "prompt tokens", color: "#ff7f0e" },
  { value: (ratios) => ratios.linesOfCode, label: "lines of code", color: "#2ca02c" },
];

const layout = { left: 190, right: 70, top: 70, bar: 9, gap: 14, width: 900 };

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const text = (x: number, y: number, content: string, extra = ""): string =>
  `<text x="${x}" y="${y}" ${extra}>${escapeXml(content)}</text>`;

// Beyond this, bars stop at the edge (their labels keep the value) so one outlier does not flatten the rest.
const axisLimit = 6;

// The axis ends on a round step past the largest ratio, with at most six steps.
function axis(report: BenchReport): { max: number; step: number } {
  const values = report.programs.flatMap((program) => series.map((entry) => entry.value(program.ratios)));
  const largest = Math.min(axisLimit, Math.max(1.5, ...values.filter(Number.isFinite)));
  const step = [0.25, 0.5, 1, 2, 5, 10, 20, 50].find((candidate) => largest / candidate <= 6) ?? 100;
  return { max: Math.ceil(largest / step) * step, step };
}

function grid(options: { max: number; step: number; x: (value: number) => number; bottom: number }): string[] {
  const { max, step, x, bottom } = options;
  const lines: string[] = [];
  for (let value = 0; value <= max; value += step) {
    lines.push(`<line x1="${x(value)}" y1="${layout.top - 6}" x2="${x(value)}" y2="${bottom}" stroke="#eee"/>`);
    lines.push(text(x(value), bottom + 16, `${value}x`, 'font-size="10" text-anchor="middle" fill="#555"'));
  }
  lines.push(`<line x1="${x(1)}" y1="${layout.top - 6}" x2="${x(1)}" y2="${bottom}" stroke="#d62728" stroke-dasharray="4 3"/>`);
  lines.push(text(x(1) + 4, bottom + 28, "parity (1x)", 'font-size="10" fill="#d62728"'));
  return lines;
}

function legend(report: BenchReport): string[] {
  return [
    text(layout.left, 24, "nightjar bench: natural ÷ hand-written twin, per program", 'font-size="16" font-weight="bold"'),
    text(layout.left, 44, report.model, 'font-size="12" fill="#555"'),
    ...series.map((entry, index) => {
      const left = layout.left + index * 130;
      return `<rect x="${left}" y="54" width="10" height="10" fill="${entry.color}"/>` + text(left + 14, 63, entry.label, 'font-size="12"');
    }),
  ];
}

export function renderChart(report: BenchReport): string {
  const { max, step } = axis(report);
  const plotWidth = layout.width - layout.left - layout.right;
  const x = (value: number) => layout.left + (Math.min(value, max) / max) * plotWidth;
  const rowHeight = series.length * layout.bar + layout.gap;
  const height = layout.top + report.programs.length * rowHeight + 40;
  const parts = [...legend(report), ...grid({ max, step, x, bottom: height - 34 })];
  report.programs.forEach((program, row) => {
    const top = layout.top + row * rowHeight;
    parts.push(text(layout.left - 8, top + (series.length * layout.bar) / 2 + 4, program.name, 'font-size="12" text-anchor="end"'));
    series.forEach((entry, index) => {
      const value = entry.value(program.ratios);
      const y = top + index * layout.bar;
      if (!Number.isFinite(value)) return parts.push(text(layout.left + 4, y + layout.bar - 1, "not measured", 'font-size="9" fill="#999"'));
      const label = `${value.toFixed(2)}x`;
      parts.push(`<rect x="${layout.left}" y="${y}" width="${x(value) - layout.left}" height="${layout.bar - 1}" fill="${entry.color}"><title>${escapeXml(`${program.name} ${entry.label}: ${label}`)}</title></rect>`);
      parts.push(text(x(value) + 4, y + layout.bar - 1, label, 'font-size="9" fill="#333"'));
    });
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${height}" viewBox="0 0 ${layout.width} ${height}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    ...parts,
    "</svg>",
  ].join("\n");
}

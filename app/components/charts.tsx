import type { ReactNode } from "react";

/**
 * Charts drawn as SVG on the server: readable without JavaScript, named by <title>/<desc> for
 * screen readers, and always shown next to a table with the same figures. Series differ by colour,
 * line style and marker shape, so colour is never the only cue.
 */

const palette = ["#1f5fa8", "#a8461f", "#2b7a3d", "#6b3fa0", "#7a5b00"];
const dashes = ["", "6 4", "2 3", "10 3 2 3", "1 0"];

function Marker({ shape, x, y, color }: { shape: number; x: number; y: number; color: string }) {
  switch (shape % 4) {
    case 1:
      return <rect x={x - 4} y={y - 4} width={8} height={8} fill={color} />;
    case 2:
      return <polygon points={`${x},${y - 5} ${x + 5},${y + 4} ${x - 5},${y + 4}`} fill={color} />;
    case 3:
      return <polygon points={`${x},${y - 5} ${x + 5},${y} ${x},${y + 5} ${x - 5},${y}`} fill={color} />;
    default:
      return <circle cx={x} cy={y} r={4.5} fill={color} />;
  }
}

type LegendItem = { label: string; swatch: ReactNode };

/** The figure around a chart: a visible title and legend, and the SVG named by <title> and <desc>. */
function ChartFrame({
  id,
  title,
  desc,
  width,
  height,
  legend,
  children,
}: {
  id: string;
  title: string;
  desc: string;
  width: number;
  height: number;
  legend: LegendItem[];
  children: ReactNode;
}) {
  return (
    <figure className="chart">
      <figcaption>
        <strong aria-hidden="true">{title}</strong>
        {legend.length > 0 && (
          <ul className="chart-legend">
            {legend.map((item) => (
              <li key={item.label}>
                {item.swatch}
                {item.label}
              </li>
            ))}
          </ul>
        )}
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="chart-svg">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        {children}
      </svg>
    </figure>
  );
}

/** The first and last date labels are aligned inwards so they are not cut at the edges. */
const anchorOf = (i: number, count: number) => (count === 1 ? "middle" : i === 0 ? "start" : i === count - 1 ? "end" : "middle");

export type Series = { label: string; values: (number | null)[] };

/** Values over a sequence of moments (evenly spaced), on a fixed integer scale. */
export function LineChart({
  id,
  title,
  desc,
  xLabels,
  series,
  yMax,
}: {
  id: string;
  title: string;
  desc: string;
  xLabels: string[];
  series: Series[];
  yMax: number;
}) {
  const width = 640;
  const height = 240;
  const left = 36;
  const right = 16;
  const top = 12;
  const bottom = 44;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const x = (i: number) => (xLabels.length <= 1 ? left + plotW / 2 : left + (plotW * i) / (xLabels.length - 1));
  const y = (v: number) => top + plotH - (plotH * (v - 1)) / (yMax - 1);
  const every = Math.ceil(xLabels.length / 6);
  const legend =
    series.length > 1
      ? series.map((s, si) => ({
          label: s.label,
          swatch: (
            <svg width="36" height="12" aria-hidden="true">
              <line
                x1="2"
                x2="34"
                y1="6"
                y2="6"
                stroke={palette[si % palette.length]}
                strokeWidth={2.5}
                strokeDasharray={dashes[si % dashes.length]}
              />
              <Marker shape={si} x={18} y={6} color={palette[si % palette.length]!} />
            </svg>
          ),
        }))
      : [];
  return (
    <ChartFrame id={id} title={title} desc={desc} width={width} height={height} legend={legend}>
      {Array.from({ length: yMax }, (_, i) => i + 1).map((v) => (
        <g key={v}>
          <line x1={left} x2={width - right} y1={y(v)} y2={y(v)} className="chart-grid" />
          <text x={left - 8} y={y(v) + 4} textAnchor="end" className="chart-label">
            {v}
          </text>
        </g>
      ))}
      {xLabels.map((label, i) =>
        i % every === 0 || i === xLabels.length - 1 ? (
          <text key={i} x={x(i)} y={height - bottom + 20} textAnchor={anchorOf(i, xLabels.length)} className="chart-label">
            {label}
          </text>
        ) : null,
      )}
      {series.map((s, si) => {
        const color = palette[si % palette.length]!;
        // Series side by side by a few pixels, so equal values do not hide one another.
        const nudge = (si - (series.length - 1) / 2) * 5;
        const points = s.values.flatMap((v, i) => (v === null ? [] : [{ x: x(i) + nudge, y: y(v) }]));
        return (
          <g key={s.label}>
            {points.length > 1 && (
              <polyline
                points={points.map((p) => `${p.x},${p.y}`).join(" ")}
                fill="none"
                stroke={color}
                strokeWidth={2.5}
                strokeDasharray={dashes[si % dashes.length]}
              />
            )}
            {points.map((p, i) => (
              <Marker key={i} shape={si} x={p.x} y={p.y} color={color} />
            ))}
          </g>
        );
      })}
    </ChartFrame>
  );
}

export type DumbbellRow = { label: string; max: number; baseline: number | null; latest: number | null };

/** Per measure, on its own 1…max scale: a hollow dot at the baseline mean, a filled one at the latest. */
export function DumbbellChart({
  id,
  title,
  desc,
  rows,
  legend,
}: {
  id: string;
  title: string;
  desc: string;
  rows: DumbbellRow[];
  legend: { baseline: string; latest: string };
}) {
  const width = 640;
  const rowH = 58;
  const left = 16;
  const right = 16;
  const height = rows.length * rowH + 8;
  const plotW = width - left - right;
  const swatch = (filled: boolean) => (
    <svg width="16" height="16" aria-hidden="true">
      <circle cx="8" cy="8" r="5.5" fill={filled ? palette[0] : "#fff"} stroke={palette[0]} strokeWidth={2.5} />
    </svg>
  );
  return (
    <ChartFrame
      id={id}
      title={title}
      desc={desc}
      width={width}
      height={height}
      legend={[
        { label: legend.baseline, swatch: swatch(false) },
        { label: legend.latest, swatch: swatch(true) },
      ]}
    >
      {rows.map((row, i) => {
        const top = i * rowH + 4;
        const lineY = top + 30;
        const x = (v: number) => left + (plotW * (v - 1)) / (row.max - 1);
        return (
          <g key={row.label}>
            <text x={left} y={top + 12} className="chart-label chart-row-label">
              {row.label}
            </text>
            <line x1={x(1)} x2={x(row.max)} y1={lineY} y2={lineY} className="chart-grid" />
            {Array.from({ length: row.max }, (_, v) => v + 1).map((v) => (
              <g key={v}>
                <line x1={x(v)} x2={x(v)} y1={lineY - 4} y2={lineY + 4} className="chart-grid" />
                <text x={x(v)} y={lineY + 18} textAnchor="middle" className="chart-label">
                  {v}
                </text>
              </g>
            ))}
            {row.baseline !== null && row.latest !== null && (
              <line x1={x(row.baseline)} x2={x(row.latest)} y1={lineY} y2={lineY} stroke={palette[0]} strokeWidth={3} />
            )}
            {row.baseline !== null && <circle cx={x(row.baseline)} cy={lineY} r={6} fill="#fff" stroke={palette[0]} strokeWidth={2.5} />}
            {row.latest !== null && <circle cx={x(row.latest)} cy={lineY} r={6} fill={palette[0]} />}
          </g>
        );
      })}
    </ChartFrame>
  );
}

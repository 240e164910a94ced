// The 7 pillar scores as a plain SVG bar chart (no chart library): one row per pillar with its
// label, a bar on a 0-100 scale and the number printed beside it (the number, not the colour,
// carries the value). Scales with the pane's width; readable at 320 px.
import { useI18n } from '../i18n';

export interface PillarBar {
  code: string;
  name: string;
  side: 'input' | 'output';
  score: number | null;
}

const WIDTH = 300;
const ROW = 34;
const BAR_X = 0;
const BAR_W = 250;
const TOP = 4;

export function PillarChart({ bars }: { bars: PillarBar[] }) {
  const { t, num } = useI18n();
  const height = TOP + bars.length * ROW;
  const label = (b: PillarBar) =>
    b.score === null
      ? t('pillarMissing', { code: b.code, name: b.name })
      : t('pillarBar', { code: b.code, name: b.name, score: num(b.score) });
  return (
    <figure style={{ margin: '8px 0' }}>
      <figcaption style={{ fontWeight: 600, marginBottom: 4 }} id="pillar-chart-title">
        {t('pillarChart')}
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby="pillar-chart-title"
        aria-describedby="pillar-chart-desc"
        data-testid="pillar-chart"
        style={{ maxWidth: 520, display: 'block', fontFamily: 'inherit' }}
      >
        <desc id="pillar-chart-desc">{bars.map(label).join('; ')}</desc>
        {bars.map((b, i) => {
          const y = TOP + i * ROW;
          const w = b.score === null ? 0 : (Math.max(0, Math.min(100, b.score)) / 100) * BAR_W;
          const fill = b.side === 'input' ? '#0f6cbd' : '#8a3707';
          return (
            <g key={b.code} data-pillar={b.code} data-score={b.score ?? ''}>
              <title>{label(b)}</title>
              <text x={BAR_X} y={y + 10} fontSize="10.5" fill="#242424">
                {`${b.code}. ${b.name.length > 46 ? `${b.name.slice(0, 45)}…` : b.name}`}
              </text>
              <rect
                x={BAR_X}
                y={y + 14}
                width={BAR_W}
                height={12}
                fill="#f0f0f0"
                stroke="#8a8886"
                strokeWidth="0.5"
              />
              {b.score !== null && <rect x={BAR_X} y={y + 14} width={w} height={12} fill={fill} />}
              <text x={BAR_X + BAR_W + 4} y={y + 24} fontSize="10.5" fill="#242424">
                {b.score === null ? '—' : num(b.score, 1)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

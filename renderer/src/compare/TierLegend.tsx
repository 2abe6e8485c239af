/** The legend of the pair tiers, always on screen above the grid (not only a tooltip). */
import { similarityLegend, tierLegend, tierText } from '../app/similarity-band';

/** 同条 ≥60% · 同事项 30–60% · 相关 <30% · 人工对齐, each with its meaning on hover. */
export function TierLegend() {
  return (
    <span className="legend" data-testid="tier-legend" title={similarityLegend}>
      对应程度:
      {tierLegend.map((t) => (
        <span key={t.tier} className={`similarity tier-${t.tier}`} title={tierText[t.tier].meaning}>
          {tierText[t.tier].label} {t.range}
        </span>
      ))}
      <span className="badge manual-badge">人工对齐</span>
      <span className="legend-marks">
        <del>删去</del> <ins>新增</ins> <span className="badge target-badge">指标</span>
      </span>
    </span>
  );
}

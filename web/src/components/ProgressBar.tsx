/** A progress bar for whole percentages: its accessible name comes from `label`, its value from the server. */
export function ProgressBar({ percent, label, valueText }: { percent: number; label: string; valueText?: string }) {
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={valueText ?? `${value}%`}
      >
        <div className="progress-fill" style={{ width: `${value}%` }} />
      </div>
      <span className="progress-value" aria-hidden="true">
        {value}%
      </span>
    </div>
  );
}

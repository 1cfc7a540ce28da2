/**
 * A choice of one among a few, drawn as joined buttons (晋中 | 山西全省, 图表 | 表格): a toolbar of
 * toggle buttons that is one stop for Tab, as a toolbar should be; the arrow keys (and Home, End)
 * move among its buttons and choose, so that a keyboard passes it in one press.
 */
import { useRef, type KeyboardEvent } from 'react';

export function Segmented<V extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
}) {
  const group = useRef<HTMLDivElement>(null);
  const onKey = (event: KeyboardEvent) => {
    const at = options.findIndex((o) => o.value === value);
    const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? options.length - 1
          : event.key in step
            ? (at + (step[event.key] ?? 0) + options.length) % options.length
            : null;
    const option = next === null ? undefined : options[next];
    if (!option) return;
    event.preventDefault();
    onChange(option.value);
    group.current?.querySelectorAll('button')[next ?? 0]?.focus();
  };
  return (
    <div ref={group} role="toolbar" aria-label={label} className="segmented" onKeyDown={onKey}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={option.value === value}
          tabIndex={option.value === value ? 0 : -1}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}

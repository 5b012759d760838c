/**
 * A labelled number field that commits on Enter or blur. What is not a valid number in range
 * gets a message under the field, and the old value stays. Imports app/ only.
 */
import { useEffect, useId, useState } from 'react';
import { parseTyped } from '../views/Inputs/sequence';

export interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  isInteger?: boolean;
  onCommit: (value: number) => void;
  className?: string;
}

export function NumberField({ label, value, min, max, step = 1, isInteger = false, onCommit, className }: NumberFieldProps) {
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  useEffect(() => setText(String(value)), [value]);
  const commit = () => {
    const parsed = parseTyped(text, min, max);
    if (!parsed.ok) return setError(`${label} ${parsed.error}; kept ${value}.`);
    if (isInteger && !Number.isInteger(parsed.value)) return setError(`${label} must be a whole number; kept ${value}.`);
    setError(null);
    if (parsed.value !== value) onCommit(parsed.value);
  };
  return (
    <span className={`number-field ${className ?? ''}`}>
      <label>
        <span>{label}</span>
        <input
          type="text" inputMode="decimal" value={text} data-min={min} data-max={max} data-step={step}
          aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => { if (e.key === 'Enter') commit(); }}
        />
      </label>
      {error && <span id={`${id}-error`} className="field-error" role="alert">{error}</span>}
    </span>
  );
}

/**
 * The input sequence as a table of numbers, one row per time step, one column per channel.
 * Committing an edit makes the sequence custom; a bad entry gets a message and changes nothing.
 * Imports app/ only.
 */
import { memo, useEffect, useState } from 'react';
import { parseTyped } from './sequence';

export interface SequenceTableProps {
  values: Float64Array; // (T, I)
  inputSize: number;
  onChange: (index: number, value: number) => void;
}

function Cell({ value, label, onCommit }: { value: number; label: string; onCommit: (v: number) => void }) {
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(String(value)), [value]);
  const commit = () => {
    const parsed = parseTyped(text);
    if (!parsed.ok) {
      setError(`${label} ${parsed.error}; kept ${value}.`);
      setText(String(value));
      return;
    }
    setError(null);
    if (parsed.value !== value) onCommit(parsed.value);
  };
  return (
    <td>
      <input
        type="text" inputMode="decimal" aria-label={label} value={text}
        onChange={(e) => setText(e.target.value)} onBlur={commit}
        onKeyDown={(e) => { if (e.key === 'Enter') commit(); }}
      />
      {error && <span className="field-error" role="alert">{error}</span>}
    </td>
  );
}

export const SequenceTable = memo(function SequenceTable({ values, inputSize, onChange }: SequenceTableProps) {
  const steps = values.length / inputSize;
  return (
    <div className={`sequence-table${inputSize > 4 ? ' is-wide' : ''}`} tabIndex={0} role="region" aria-label="Input sequence table">
      <table>
        <thead>
          <tr>
            <th scope="col">t</th>
            {Array.from({ length: inputSize }, (_, c) => <th key={c} scope="col">x<sub>{c}</sub></th>)}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: steps }, (_, t) => (
            <tr key={t}>
              <th scope="row">{t + 1}</th>
              {Array.from({ length: inputSize }, (_, c) => (
                <Cell
                  key={c}
                  value={values[t * inputSize + c]}
                  label={`x[${t + 1}][${c}]`}
                  onCommit={(v) => onChange(t * inputSize + c, v)}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});

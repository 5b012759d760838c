/**
 * A read-only text (a link, a snippet) with a Copy button. The clipboard may be refused (no
 * permission, an insecure page, an old browser): then the text is selected in its field and the
 * note says to press Ctrl+C. Imports React only.
 */
import { useEffect, useId, useRef, useState } from 'react';

export interface CopyFieldProps {
  label: string;
  value: string;
  copyLabel: string;
  isMultiline?: boolean;
}

export function CopyField({ label, value, copyLabel, isMultiline = false }: CopyFieldProps) {
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [note, setNote] = useState('');
  const id = useId();
  useEffect(() => setNote(''), [value]);
  const selectText = () => {
    field.current?.focus();
    field.current?.select();
  };
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setNote('Copied.');
    } catch {
      selectText();
      setNote('The browser did not allow copying: the text is selected, press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  };
  const common = {
    id, ref: field, value, readOnly: true, spellCheck: false,
    onFocus: () => field.current?.select(),
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        {isMultiline ? <textarea {...common} rows={3} /> : <input type="text" {...common} />}
        <button type="button" className="primary" onClick={copy}>{copyLabel}</button>
      </div>
      <p className="copy-note" aria-live="polite">{note}</p>
    </div>
  );
}

/**
 * A button that opens a modal dialog (Share, Export), which may be lazily loaded; focus comes
 * back to the button when the dialog closes. Imports React only.
 */
import { Suspense, useRef, useState, type ReactNode } from 'react';

export interface DialogButtonProps {
  label: string;
  /** The dialog, given the function it calls once it has closed. */
  dialog: (onClose: () => void) => ReactNode;
}

export function DialogButton({ label, dialog }: DialogButtonProps) {
  const [isOpen, setIsOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setIsOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" onClick={() => setIsOpen(true)}>{label}</button>
      {isOpen && <Suspense fallback={null}>{dialog(close)}</Suspense>}
    </>
  );
}

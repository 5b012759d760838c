/**
 * An accessible modal: a native <dialog> opened with showModal (focus moves in, the page behind
 * is inert), labelled by its heading, closed by Esc, its Close button or a click on the
 * backdrop; the caller puts focus back on the button that opened it. The app's playback keys
 * stay out of it (data-own-keys). Imports React only.
 */
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import './Share.css';

export interface ModalProps {
  title: string;
  /** Called once the dialog has closed (Esc, Close, backdrop). */
  onClose: () => void;
  className?: string;
  children: ReactNode;
}

export function Modal({ title, onClose, className, children }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useLayoutEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const close = () => dialog.current?.close();
  return (
    <dialog
      ref={dialog} className={`modal ${className ?? ''}`} aria-labelledby={titleId} data-own-keys=""
      onClose={onClose}
      onClick={(event) => { if (event.target === event.currentTarget) close(); }}
    >
      <div className="modal-body">
        <div className="modal-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" onClick={close}>Close</button>
        </div>
        {children}
      </div>
    </dialog>
  );
}

/**
 * The reader's modal <dialog>: shown on mount, closed on unmount (the focus goes back to the button
 * that opened it); Esc or the dialog closing closes the reader, and Esc does not reach the panel behind.
 */
import { useEffect, useRef, type KeyboardEvent, type SyntheticEvent } from 'react';
import { useUi } from '../state/store';
import { closeSource, focusOpener } from './openSource';

export function useReaderDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const unmounted = useRef(false);

  useEffect(() => {
    const el = dialog.current;
    unmounted.current = false;
    if (el && !el.open) el.showModal();
    return () => {
      unmounted.current = true;
      if (el?.open) el.close();
      focusOpener();
    };
  }, []);

  return {
    dialog,
    onCancel: (e: SyntheticEvent<HTMLDialogElement>) => {
      e.preventDefault();
      closeSource();
    },
    onClose: () => {
      if (!unmounted.current && useUi.getState().source) closeSource();
    },
    // Esc belongs to the reader: the panel behind it stays open.
    onKeyDown: (e: KeyboardEvent<HTMLDialogElement>) => {
      if (e.key === 'Escape') e.stopPropagation();
    },
  };
}

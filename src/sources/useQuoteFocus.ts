/** Into view and focus: the quote once it is drawn, else the text itself (arrow keys and Page Down scroll it). */
import { useEffect, useRef } from 'react';
import type { Passage } from './passages';
import { showInText } from './showInText';

export function useQuoteFocus(passages: Passage[] | undefined, target: { start: number; end: number } | null, quote: string | undefined) {
  const body = useRef<HTMLDivElement>(null);
  const targetRef = useRef<HTMLElement | null>(null);
  const focused = useRef('');
  const quoteKey = target ? `${target.start}-${target.end}` : quote ? 'pending' : 'top';
  useEffect(() => {
    if (!passages || focused.current === quoteKey || quoteKey === 'pending') return;
    focused.current = quoteKey;
    if (targetRef.current) showInText(body.current, targetRef.current);
    else body.current?.focus();
  });
  const backToQuote = () => showInText(body.current, targetRef.current);
  return { body, targetRef, backToQuote };
}

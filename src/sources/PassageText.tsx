import type { MutableRefObject, ReactNode } from 'react';
import type { Passage } from './passages';
import type { Destination, Mark } from './provenance';
import { CiteButton } from './CiteButton';

interface PassageProps {
  text: string;
  passage: Passage;
  marks: Mark[];
  target: { start: number; end: number } | null;
  focusAt: number | undefined;
  targetRef: MutableRefObject<HTMLElement | null>;
  hintId: string;
  openMark: number | null;
  onToggle: (markStart: number) => void;
  onGo: (to: Destination) => void;
}

/** A passage's text cut where marks and the opened quote begin and end; after each mark that ends here, its button. */
export function PassageText({ text, passage, marks, target, focusAt, targetRef, hintId, openMark, onToggle, onGo }: PassageProps) {
  const { start, end } = passage;
  const here = marks.filter((m) => m.start < end && start < m.end);
  const clamp = (x: number) => Math.min(end, Math.max(start, x));
  const cuts = new Set([start, end]);
  for (const m of here) cuts.add(clamp(m.start)).add(clamp(m.end));
  if (target) cuts.add(clamp(target.start)).add(clamp(target.end));
  const bounds = [...cuts].sort((a, b) => a - b);

  const out: ReactNode[] = [];
  let run: { mark: Mark; pieces: ReactNode[] } | null = null;
  const flush = () => {
    if (!run) return;
    const { mark, pieces } = run;
    out.push(
      <mark key={`m${mark.start}:${start}`} className="reader-mark" data-mark={mark.start}>
        {pieces}
      </mark>,
    );
    if (mark.end <= end) {
      out.push(
        <CiteButton key={`c${mark.start}`} mark={mark} open={openMark === mark.start} onToggle={() => onToggle(mark.start)} onGo={onGo} />,
      );
    }
    run = null;
  };
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i];
    const b = bounds[i + 1];
    const mark = here.find((m) => m.start <= a && b <= m.end);
    const inTarget = !!target && target.start <= a && b <= target.end;
    const words = text.slice(a, b);
    const piece = inTarget ? (
      <mark
        key={`t${a}`}
        className="reader-target"
        ref={
          a === focusAt
            ? (el) => {
                targetRef.current = el;
                return () => void (targetRef.current = null);
              }
            : undefined
        }
        tabIndex={a === focusAt ? -1 : undefined}
        aria-describedby={a === focusAt ? hintId : undefined}
      >
        {words}
      </mark>
    ) : (
      words
    );
    if (run && run.mark !== mark) flush();
    if (mark) {
      run ??= { mark, pieces: [] };
      run.pieces.push(typeof piece === 'string' ? <span key={`s${a}`}>{piece}</span> : piece);
    } else out.push(typeof piece === 'string' ? <span key={`s${a}`}>{piece}</span> : piece);
  }
  flush();
  return <>{out}</>;
}

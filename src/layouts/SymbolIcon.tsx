import { SHAPES, type ShapeName } from './symbols';

/** The same shape the map draws for a kind of layout element, for legends and panels. */
export function SymbolIcon({ shape, colour, dashed }: { shape: ShapeName | 'line'; colour: string; dashed?: boolean }) {
  return (
    <svg className="symbol-icon" viewBox="0 0 24 24" width="1.2em" height="1.2em" aria-hidden="true">
      {shape === 'line' ? (
        <path d="M2 16 C8 6, 16 18, 22 8" fill="none" stroke={colour} strokeWidth={4} strokeDasharray={dashed ? '5 3' : undefined} />
      ) : (
        <path d={SHAPES[shape]} fill={colour} stroke="#fff" strokeWidth={1.2} fillRule="evenodd" />
      )}
    </svg>
  );
}

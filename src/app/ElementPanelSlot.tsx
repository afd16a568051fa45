import type { RegionData } from '../data/regions';

interface Props {
  elementKey: string;
  data: RegionData;
  onSelectRegion: (code: string) => void;
  onClose: () => void;
}

/** Placeholder until the element panel lands: names the selected element. */
export function ElementPanelSlot({ elementKey, onClose }: Props) {
  return (
    <aside className="panel" aria-labelledby="panel-title">
      <header className="panel-header">
        <h2 id="panel-title">{elementKey}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="×">
          ×
        </button>
      </header>
    </aside>
  );
}

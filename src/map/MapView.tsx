import { useEffect, useRef, type MutableRefObject } from 'react';
import type { RegionData } from '../data/regions';
import { useUi } from '../state/store';
import { displayedParents } from '../state/drill';
import { useT } from '../i18n/useT';
import { MapController } from './MapController';

interface Props {
  data: RegionData;
  controllerRef: MutableRefObject<MapController | null>;
  onRegionClick: (code: string | null) => void;
}

/** The map as a labelled landmark; hands state changes to the MapController. */
export function MapView({ data, controllerRef, onRegionClick }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  const { lang, t } = useT();
  const scope = useUi((s) => s.scope);
  const selected = useUi((s) => s.selected);
  const hovered = useUi((s) => s.hovered);
  const setHovered = useUi((s) => s.setHovered);
  const clickRef = useRef(onRegionClick);
  clickRef.current = onRegionClick;

  useEffect(() => {
    const { lang: initialLang, scope: initialScope } = useUi.getState();
    const controller = new MapController({
      container: container.current!,
      data,
      lang: initialLang,
      displayedParents: displayedParents(data, initialScope),
      callbacks: { onHover: setHovered, onClick: (code) => clickRef.current(code) },
    });
    controllerRef.current = controller;
    return () => {
      controller.destroy();
      controllerRef.current = null;
    };
  }, [data, controllerRef, setHovered]);

  useEffect(() => void controllerRef.current?.setLang(lang), [lang, controllerRef]);
  useEffect(() => void controllerRef.current?.setDisplayedParents(displayedParents(data, scope)), [data, scope, controllerRef]);
  useEffect(() => void controllerRef.current?.setSelected(selected), [selected, controllerRef]);

  const hoveredRegion = hovered ? data.regions.get(hovered) : undefined;
  return (
    <div
      className="map-wrap"
      onMouseMove={(e) => {
        const el = tooltip.current;
        if (el) el.style.transform = `translate(${e.nativeEvent.offsetX + 14}px, ${e.nativeEvent.offsetY + 14}px)`;
      }}
    >
      <div ref={container} className="map" role="region" aria-label={t('mapLabel')} />
      <div ref={tooltip} className="hover-label" aria-hidden="true" hidden={!hoveredRegion}>
        {hoveredRegion?.name[lang]}
      </div>
    </div>
  );
}

import { useEffect, type MutableRefObject } from 'react';
import type { MapController } from '../map/MapController';
import { useUi } from '../state/store';

/**
 * The room look while presenting: root attributes for the CSS (type size, theme colours), and
 * the map's own (its type, symbols and lines grow with the room's type size, about 1.5× at 1920×1080).
 */
export function useRoomLook(controllerRef: MutableRefObject<MapController | null>) {
  const present = useUi((s) => !!s.present);
  const theme = useUi((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    const apply = () => {
      const fontPx = parseFloat(getComputedStyle(root).fontSize) || 16;
      void controllerRef.current?.setLook({ theme: present ? theme : 'default', scale: present ? Math.max(1, fontPx / 16) : 1 });
    };
    if (present) {
      root.dataset.present = '';
      root.dataset.theme = theme;
    } else {
      delete root.dataset.present;
      delete root.dataset.theme;
    }
    apply();
    if (!present) return;
    window.addEventListener('resize', apply);
    return () => window.removeEventListener('resize', apply);
  }, [present, theme, controllerRef]);
}


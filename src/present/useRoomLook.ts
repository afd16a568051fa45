import { useEffect } from 'react';
import { roomLook, type MapCamera } from '../mapModel';
import { useUi } from '../state/store';
import { rootFontPx } from '../ui/rootFontPx';

/**
 * The room look while presenting: root attributes for the CSS (type size, theme colours), and the
 * look of whichever map is drawn (its type, symbols and lines grow with the room's type size).
 */
export function useRoomLook(camera: () => MapCamera | null) {
  const present = useUi((s) => !!s.present);
  const theme = useUi((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    const apply = () => {
      const look = roomLook(present, theme, rootFontPx());
      // Charts (drawn in px) grow by the same room scale as the map's type (present.css).
      root.style.setProperty('--room-scale', String(look.scale));
      void camera()?.setLook(look);
    };
    if (present) {
      root.dataset.present = '';
      root.dataset.theme = theme;
    } else {
      delete root.dataset.present;
      delete root.dataset.theme;
    }
    apply();
    // The desk type grows on a big screen too (app.css), and the map with it.
    window.addEventListener('resize', apply);
    return () => window.removeEventListener('resize', apply);
  }, [present, theme, camera]);
}

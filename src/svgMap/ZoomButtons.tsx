/** The + and − buttons: zoom without a wheel or a pinch. */
import { useT } from '../ui/useT';

const STEP = 1.6;

export function ZoomButtons({ zoomBy }: { zoomBy: (factor: number) => void }) {
  const { t } = useT();
  return (
    <div className="svg-map-zoom" data-export="omit" data-map-overlay>
      <button
        type="button"
        className="icon-button"
        aria-label={t('fallback.zoomIn')}
        title={t('fallback.zoomIn')}
        onClick={() => zoomBy(STEP)}
      >
        +
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('fallback.zoomOut')}
        title={t('fallback.zoomOut')}
        onClick={() => zoomBy(1 / STEP)}
      >
        −
      </button>
    </div>
  );
}

import type { RegionData } from '../data/regions';
import { useT } from '../i18n/useT';
import { topRegions } from '../state/drill';

interface Props {
  data: RegionData;
  onJump: (code: string) => void;
}

/** One button per top-level region (Jilin, Hebei, Lishui) that frames and opens it. */
export function JumpButtons({ data, onJump }: Props) {
  const { lang, t } = useT();
  return (
    <div className="jump-buttons" role="group" aria-label={t('jumpTo')}>
      {topRegions(data).map((region) => (
        <button key={region.code} type="button" onClick={() => onJump(region.code)}>
          {region.name[lang]}
        </button>
      ))}
    </div>
  );
}

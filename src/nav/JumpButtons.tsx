import type { Region } from '../data/regions';
import { useT } from '../ui/useT';

interface Props {
  regions: Region[];
  onJump: (code: string) => void;
}

/** One button per main region (Jilin, Hebei, Lishui) that frames and opens it. */
export function JumpButtons({ regions, onJump }: Props) {
  const { lang, t } = useT();
  return (
    <div className="jump-buttons" data-export="omit" role="group" aria-label={t('jumpTo')}>
      {regions.map((region) => (
        <button key={region.code} type="button" onClick={() => onJump(region.code)}>
          {region.name[lang]}
        </button>
      ))}
    </div>
  );
}

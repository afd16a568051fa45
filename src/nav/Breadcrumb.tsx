import { ancestry, type RegionData } from '../data/regions';
import { useT } from '../ui/useT';

interface Props {
  data: RegionData;
  scope: string | null;
  onTop: () => void;
  onChoose: (code: string) => void;
}

/** Where the drill-down is: All regions › Hebei › Baoding. Every step leads back out. */
export function Breadcrumb({ data, scope, onTop, onChoose }: Props) {
  const { lang, t } = useT();
  const chain = scope ? ancestry(data, scope).filter((r) => data.regions.has(r.code)) : [];
  return (
    <nav className="breadcrumb" aria-label={t('breadcrumb')} data-map-overlay>
      <ol>
        <li>
          {chain.length === 0 ? (
            <span aria-current="location">{t('allRegions')}</span>
          ) : (
            <button type="button" className="link-button" onClick={onTop}>
              {t('allRegions')}
            </button>
          )}
        </li>
        {chain.map((region, i) => (
          <li key={region.code}>
            {i === chain.length - 1 ? (
              <span aria-current="location">{region.name[lang]}</span>
            ) : (
              <button type="button" className="link-button" onClick={() => onChoose(region.code)}>
                {region.name[lang]}
              </button>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

import type { Region, RegionData } from '../data/regions';
import { useT } from '../ui/useT';
import { formatArea } from '../ui/format';
import { canDrillInto, displayedParents } from '../state/drill';
import { useUi } from '../state/store';
import { RegionPlans } from '../plans/RegionPlans';
import { ClosePanelButton } from '../ui/ClosePanelButton';

interface Props {
  region: Region;
  data: RegionData;
  onClose: () => void;
  onDrill: (code: string) => void;
  onSelect: (code: string) => void;
  /** taxonomy ids of the industry filter, to mark matching industries */
  highlightCategories?: string[];
  onSelectElement?: (planId: string, elementId: string) => void;
}

const noop = () => {};

/** The side panel for one region: who it is, where it sits, how big it is. */
export function RegionPanel({ region, data, onClose, onDrill, onSelect, highlightCategories, onSelectElement = noop }: Props) {
  const { lang, t } = useT();
  const scope = useUi((s) => s.scope);
  const parent = region.parent ? (data.regions.get(region.parent) ?? data.context.get(region.parent)) : undefined;
  const childCount = data.children.get(region.code)?.length ?? 0;
  return (
    <aside className="panel" aria-labelledby="panel-title" data-map-overlay>
      <header className="panel-header">
        <div>
          <h2 id="panel-title">{region.name[lang]}</h2>
          {/* The Chinese name under the English one helps match the Chinese documents; in Chinese mode no English is shown. */}
          {lang === 'en' && (
            <p className="panel-subtitle" lang="zh-CN">
              {region.name.zh}
            </p>
          )}
        </div>
        <ClosePanelButton onClose={onClose} />
      </header>
      <dl className="facts">
        <dt>{t('level')}</dt>
        <dd>{t(`level.${region.level}`)}</dd>
        <dt>{t('parent')}</dt>
        <dd>
          {parent && data.regions.has(parent.code) ? (
            <button type="button" className="link-button" onClick={() => onSelect(parent.code)}>
              {parent.name[lang]}
            </button>
          ) : (
            (parent?.name[lang] ?? '—')
          )}
        </dd>
        <dt>{t('adminCode')}</dt>
        <dd className="mono">{region.code}</dd>
        <dt>{t('area')}</dt>
        <dd>
          {formatArea(region.areaKm2, lang)}
          <small className="muted"> ({t('areaNote')})</small>
        </dd>
        {childCount > 0 && (
          <>
            <dt>{t('childrenCount')}</dt>
            <dd>{childCount}</dd>
          </>
        )}
      </dl>
      {region.level === 'newarea' && <p className="muted">{t('xiongAnNote')}</p>}
      {/* Only where it changes the map: a province's subdivisions are already drawn at the overview and in its own scope. */}
      {canDrillInto(data, region.code) && !displayedParents(data, scope).includes(region.code) && (
        <button type="button" className="primary-button" onClick={() => onDrill(region.code)}>
          {t('showChildren')} ▸
        </button>
      )}
      <RegionPlans
        code={region.code}
        regions={data}
        highlightCategories={highlightCategories}
        onSelectRegion={onSelect}
        onSelectElement={onSelectElement}
      />
    </aside>
  );
}

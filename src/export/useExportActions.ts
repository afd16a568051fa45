import { useEffect, useState, type RefObject } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { RegionData } from '../data/regions';
import type { MapController } from '../map/MapController';
import type { AllPlans } from '../data/mergePack';
import { useAllPlans } from '../data/usePlanData';
import { loadRenderingLookup } from '../data/useRenderings';
import { useUi } from '../state/store';
import { elementRefKey, type ElementRef } from '../state/elementRef';
import { useT } from '../ui/useT';
import type { StringKey } from '../i18n/strings';
import { regionCoverage } from '../plans/shapeCoverage';
import { dataDates } from '../data/planLookups';
import { downloadBlob, downloadText, fileName, isoDate } from '../ui/download';
import { canvasToBlob } from '../ui/picture';
import type { Caption } from './image';
import { printView } from './printView';
import type { FigureRow } from './rows';
import { useExportActuals } from '../progress/useExportActuals';

export type ExportAction = 'png' | 'png2x' | 'panelCsv' | 'selectionCsv' | 'json' | 'print';

const CSV_TYPE = 'text/csv;charset=utf-8';

/** The export menu's entries, what each does, the status line, and the caption lines for pictures and print. */
export function useExportActions(controllerRef: RefObject<MapController | null>, data: RegionData) {
  const { lang, t } = useT();
  // Reads the plans the dashboard loads; never starts the load itself (it waits for the first map).
  const plans = useAllPlans({ enabled: false });
  const client = useQueryClient();
  const selected = useUi((s) => s.selected);
  const selectedElement = useUi((s) => s.selectedElement);
  const filter = useUi((s) => s.filter);
  const [status, setStatus] = useState('');
  const { dateLine, sourceLine, today } = useCaptionLines(plans.data, data, selected, selectedElement);

  const panelOpen = !!selected || !!selectedElement;
  // A data entry greyed out says why: no panel open, or the plan data still on its way.
  const dataLabel = (label: string, needsPanel = false) =>
    needsPanel && !panelOpen ? `${label} ${t('export.noPanel')}` : plans.data ? label : `${label} ${t('export.dataLoading')}`;
  const items: { action: ExportAction; label: string; disabled?: boolean }[] = [
    { action: 'png', label: t('export.viewPng') },
    { action: 'png2x', label: t('export.viewPng2x') },
    { action: 'panelCsv', label: dataLabel(t('export.panelCsv'), true), disabled: !panelOpen || !plans.data },
    {
      action: 'selectionCsv',
      label: dataLabel(filter.length ? t('export.selectionCsv') : t('export.allCsv')),
      disabled: !plans.data,
    },
    { action: 'json', label: dataLabel(t('export.json')), disabled: !plans.data },
    { action: 'print', label: t('export.print') },
  ];

  /** What the open panel is about, for titles and file names. */
  const subject = () => {
    if (selected) return { code: selected, name: data.regions.get(selected)?.name[lang] ?? selected };
    if (selectedElement && plans.data) {
      const { planId, elementId } = selectedElement;
      const key = elementRefKey(selectedElement);
      const el = plans.data.plans.find((p) => p.id === planId)?.layout.find((e) => e.id === elementId);
      return { code: key, name: el?.name[lang] ?? key };
    }
    return null;
  };

  // The user's actual figures (issue 18) go with every CSV and picture while loaded, marked as theirs.
  const actuals = useExportActuals();
  const withActuals = (rows: FigureRow[], actualRows: typeof import('./rows').actualRows): FigureRow[] =>
    plans.data ? [...rows, ...actualRows(rows, actuals.observations, plans.data, data, lang, actuals.describe)] : rows;

  const run = async (action: ExportAction) => {
    const all = plans.data;
    const about = subject();
    let name: string;
    setStatus(t('export.working'));
    try {
      if (action === 'png' || action === 'png2x') {
        const scale = action === 'png2x' ? 2 : 1;
        const snapshot = controllerRef.current ? await controllerRef.current.snapshot(scale) : null;
        const caption: Caption = {
          title: about ? `${t('appTitle')} — ${about.name}` : `${t('appTitle')} — ${t('appSubtitle')}`,
          dateLine,
          sources: [sourceLine, t('attribution'), actuals.line()].filter(Boolean),
          note: t('notOfficial'),
        };
        // The rasteriser loads only when a picture is asked for.
        const { captureView } = await import('./image');
        const canvas = await captureView(snapshot, scale, caption);
        name = fileName('plan-map', about?.code ?? 'all', 'png', new Date(), scale === 2 ? '@2x' : '');
        downloadBlob(await canvasToBlob(canvas), name);
      } else if (action === 'print') {
        setStatus('');
        await printView(controllerRef.current);
        return;
      } else {
        if (!all) throw new Error(t('export.noData'));
        // Row building and the JSON schema load only when data is exported.
        const [{ actualRows, elementRows, figuresCsv, regionRows, selectionRows }, { planDataJson }] = await Promise.all([
          import('./rows'),
          import('./planJson'),
        ]);
        const translate = (key: string) => t(key as StringKey);
        // The app's translation of each quote goes beside the verbatim (a column of its own).
        const renderings =
          action === 'json'
            ? undefined
            : await loadRenderingLookup(
                client,
                all.plans.map((p) => p.doc),
              );
        if (action === 'panelCsv') {
          if (!about) return setStatus('');
          const rows = selected
            ? regionRows(selected, all, data, lang, renderings)
            : elementRows(selectedElement!.planId, selectedElement!.elementId, all, data, lang, renderings);
          name = fileName('plan-figures', about.code, 'csv');
          downloadText(figuresCsv(withActuals(rows, actualRows), translate), CSV_TYPE, name);
        } else if (action === 'selectionCsv') {
          name = fileName('plan-figures', filter.length ? `filter-${filter.join('-')}` : 'all', 'csv');
          downloadText(figuresCsv(withActuals(selectionRows(filter, all, data, lang, renderings), actualRows), translate), CSV_TYPE, name);
        } else {
          name = fileName('plan-data', 'all', 'json');
          downloadText(planDataJson(all, today), 'application/json', name);
        }
      }
      setStatus(t('export.done', { file: name }));
    } catch (e) {
      setStatus(t('export.failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  // A result message stays a few seconds, then goes.
  useEffect(() => {
    if (!status || status === t('export.working')) return;
    const timer = setTimeout(() => setStatus(''), 8000);
    return () => clearTimeout(timer);
  }, [status, t]);

  return { items, run, status, dateLine, sourceLine };
}

/** The data dates and source documents of what is shown, as caption lines. */
function useCaptionLines(all: AllPlans | undefined, data: RegionData, selected: string | null, selectedElement: ElementRef | null) {
  const { lang, t } = useT();
  // The plans behind what is shown: the open panel's, or all of them (the map draws every layout).
  const shownPlans = (() => {
    if (!all) return [];
    const ids = selected
      ? regionCoverage(all.index, data, selected).planIds
      : selectedElement
        ? [selectedElement.planId]
        : all.plans.map((p) => p.id);
    return all.plans.filter((p) => ids.includes(p.id));
  })();
  const dates = dataDates(shownPlans);
  const today = isoDate();
  const dataLine = !dates ? null : dates.from === dates.to ? t('export.dataDateOne', { date: dates.from }) : t('export.dataDate', dates);
  const dateLine = [dataLine, t('export.exported', { date: today })].filter(Boolean).join(' · ');
  const sourceLine = shownPlans.length
    ? t('export.sources', {
        docs: shownPlans
          .map((p) =>
            lang === 'zh'
              ? `${p.title.zh}（${t(`plans.docKind.${p.docKind}`)}，${p.date.value}）`
              : `${p.title.en} (${t(`plans.docKind.${p.docKind}`)}, ${p.date.value})`,
          )
          .join(lang === 'zh' ? '；' : '; '),
      })
    : '';
  return { dateLine, sourceLine, today };
}

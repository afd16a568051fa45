/**
 * The header's Export menu: the current view as PNG (screen size and 2×), the open panel's
 * figures and the filtered selection as CSV, the full plan data as JSON, and print. A menu
 * button in the WAI-ARIA pattern: arrows, Home/End, Esc and Tab work, focus returns to the button.
 */
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { RegionData } from '../data/regions';
import type { MapController } from '../map/MapController';
import { useAllPlans } from '../data/usePlanData';
import { loadRenderingLookup } from '../data/useRenderings';
import { useQueryClient } from '@tanstack/react-query';
import { useUi } from '../state/store';
import { elementRefKey } from '../state/elementRef';
import { useT } from '../ui/useT';
import type { StringKey } from '../i18n/strings';
import { regionCoverage } from '../plans/shapeCoverage';
import { dataDates } from '../data/planLookups';
import { downloadBlob, downloadText, fileName, isoDate } from '../ui/download';
import { canvasToBlob } from '../ui/picture';
import type { Caption } from './image';
import { coverMap } from './printMap';
import './print.css';

interface Props {
  controllerRef: RefObject<MapController | null>;
  data: RegionData;
}

type Action = 'png' | 'png2x' | 'panelCsv' | 'selectionCsv' | 'json' | 'print';

const CSV_TYPE = 'text/csv;charset=utf-8';

export function ExportMenu({ controllerRef, data }: Props) {
  const { lang, t } = useT();
  // Reads the plans the dashboard loads; never starts the load itself (it waits for the first map).
  const plans = useAllPlans({ enabled: false });
  const client = useQueryClient();
  const selected = useUi((s) => s.selected);
  const selectedElement = useUi((s) => s.selectedElement);
  const filter = useUi((s) => s.filter);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();

  const panelOpen = !!selected || !!selectedElement;
  const items: { action: Action; label: string; disabled?: boolean }[] = [
    { action: 'png', label: t('export.viewPng') },
    { action: 'png2x', label: t('export.viewPng2x') },
    { action: 'panelCsv', label: panelOpen ? t('export.panelCsv') : `${t('export.panelCsv')} ${t('export.noPanel')}`, disabled: !panelOpen || !plans.data },
    { action: 'selectionCsv', label: filter.length ? t('export.selectionCsv') : t('export.allCsv'), disabled: !plans.data },
    { action: 'json', label: t('export.json'), disabled: !plans.data },
    { action: 'print', label: t('export.print') },
  ];

  // The plans behind what is shown: the open panel's, or all of them (the map draws every layout).
  const shownPlans = (() => {
    const all = plans.data;
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
    ? t('export.sources', { docs: shownPlans.map((p) => (lang === 'zh' ? `${p.title.zh}（${t(`plans.docKind.${p.docKind}`)}，${p.date.value}）` : `${p.title.en} (${t(`plans.docKind.${p.docKind}`)}, ${p.date.value})`)).join(lang === 'zh' ? '；' : '; ') })
    : '';

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

  const run = async (action: Action) => {
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
          sources: [sourceLine, t('attribution')].filter(Boolean),
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
        const [{ elementRows, figuresCsv, regionRows, selectionRows }, { planDataJson }] = await Promise.all([import('./rows'), import('./planJson')]);
        const translate = (key: string) => t(key as StringKey);
        // The app's translation of each quote goes beside the verbatim (a column of its own).
        const renderings = action === 'json' ? undefined : await loadRenderingLookup(client, all.plans.map((p) => p.doc));
        if (action === 'panelCsv') {
          if (!about) return setStatus('');
          const rows = selected
            ? regionRows(selected, all, data, lang, renderings)
            : elementRows(selectedElement!.planId, selectedElement!.elementId, all, data, lang, renderings);
          name = fileName('plan-figures', about.code, 'csv');
          downloadText(figuresCsv(rows, translate), CSV_TYPE, name);
        } else if (action === 'selectionCsv') {
          name = fileName('plan-figures', filter.length ? `filter-${filter.join('-')}` : 'all', 'csv');
          downloadText(figuresCsv(selectionRows(filter, all, data, lang, renderings), translate), CSV_TYPE, name);
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

  // Printing from the browser's own menu (Ctrl+P) swaps the map's snapshot in as well.
  useEffect(() => {
    let uncover: (() => void) | null = null;
    const before = () => {
      if (document.querySelector('.print-map-snapshot')) return;
      void controllerRef.current?.snapshot().then((canvas) => {
        uncover = coverMap(canvas, 'print-map-snapshot');
      });
    };
    const after = () => {
      uncover?.();
      uncover = null;
      document.querySelectorAll('.print-map-snapshot').forEach((el) => el.remove());
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      after();
    };
  }, [controllerRef]);

  const menuItems = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  const focusItem = useCallback((which: 'first' | 'last' | number) => {
    const list = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    if (list.length === 0) return;
    const i = which === 'first' ? 0 : which === 'last' ? list.length - 1 : (which + list.length) % list.length;
    list[i].focus();
  }, []);
  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  }, []);

  const [pendingFocus, setPendingFocus] = useState<'first' | 'last' | null>(null);
  useEffect(() => {
    if (open && pendingFocus) {
      focusItem(pendingFocus);
      // The items exist only after the render that opened the menu; clearing the request renders nothing new.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setPendingFocus(null);
    }
  }, [open, pendingFocus, focusItem]);

  // A click anywhere else closes the menu.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) close(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open, close]);

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      setPendingFocus(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const list = menuItems();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const keys: Record<string, () => void> = {
      ArrowDown: () => focusItem(at + 1),
      ArrowUp: () => focusItem(at - 1),
      Home: () => focusItem('first'),
      End: () => focusItem('last'),
      Escape: () => close(true),
      Tab: () => close(false),
    };
    const handler = keys[e.key];
    if (!handler) return;
    if (e.key !== 'Tab') {
      e.preventDefault();
      // Esc closes the menu, not the panel behind it.
      e.stopPropagation();
    }
    handler();
  };

  return (
    <div className="export-menu" data-export="omit">
      <button
        ref={button}
        type="button"
        className="header-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          setOpen((v) => !v);
          if (!open) setPendingFocus('first');
        }}
        onKeyDown={onButtonKey}
      >
        {t('export.menu')} ▾
      </button>
      {open && (
        <ul ref={menu} id={menuId} role="menu" aria-label={t('export.menuLabel')} onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li key={item.action} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                data-action={item.action}
                aria-disabled={item.disabled || undefined}
                onClick={() => {
                  if (item.disabled) return;
                  close(true);
                  void run(item.action);
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="export-status" aria-live="polite">
        {open ? '' : status}
      </p>
      <div className="print-caption" data-export="omit">
        <p>{dateLine}</p>
        {sourceLine && <p>{sourceLine}</p>}
      </div>
    </div>
  );
}

/** Prints the page with a snapshot of the map standing in for the WebGL canvas. */
async function printView(controller: MapController | null) {
  const uncover = controller ? coverMap(await controller.snapshot(), 'print-map-snapshot') : () => {};
  const done = () => {
    uncover();
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

/**
 * The header's Export menu: the current view as PNG (screen size and 2×), the open panel's
 * figures and the filtered selection as CSV, the full plan data as JSON, and print. A menu
 * button in the WAI-ARIA pattern: arrows, Home/End, Esc and Tab work, focus returns to the button.
 */
import type { RefObject } from 'react';
import type { RegionData } from '../data/regions';
import type { MapController } from '../map/MapController';
import { useT } from '../ui/useT';
import { useExportActions } from './useExportActions';
import { useMenuButton } from './useMenuButton';
import { usePrintSnapshot } from './printView';
import './print.css';

interface Props {
  controllerRef: RefObject<MapController | null>;
  data: RegionData;
}

export function ExportMenu({ controllerRef, data }: Props) {
  const { t } = useT();
  const { items, run, status, dateLine, sourceLine } = useExportActions(controllerRef, data);
  const { open, button, menu, menuId, close, toggle, onButtonKey, onMenuKey } = useMenuButton();
  usePrintSnapshot(controllerRef);

  return (
    <div className="export-menu" data-export="omit">
      <button
        ref={button}
        type="button"
        className="header-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={toggle}
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
      <PrintCaption dateLine={dateLine} sourceLine={sourceLine} />
    </div>
  );
}

function PrintCaption({ dateLine, sourceLine }: { dateLine: string; sourceLine: string }) {
  return (
    <div className="print-caption" data-export="omit">
      <p>{dateLine}</p>
      {sourceLine && <p>{sourceLine}</p>}
    </div>
  );
}

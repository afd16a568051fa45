/**
 * "Progress (actual figures)": a sidebar section to download the template, import a filled table (or the
 * example figures), see every problem of a bad file, keep or remove what was imported, and choose the
 * method and whether the map is coloured by progress.
 */
import { useEffect, useId, useState } from 'react';
import type { RegionData } from '../data/regions';
import { useAllPlans, PLAN_DATA_BASE } from '../data/usePlanData';
import { useUi } from '../state/store';
import { useT } from '../ui/useT';
import { downloadTemplate, importFigures, removeFigures, restoreKeptFigures, type ImportOutcome } from './figuresActions';
import { useFigures } from './figuresStore';
import { MethodSettings } from './MethodSettings';
import { ProgressLegend } from './ProgressLegend';
import { problemText } from './problemText';
import './progress.css';

export const EXAMPLE_FILE = 'example-figures.csv';

export function ProgressSection({ data }: { data: RegionData }) {
  const { t, lang } = useT();
  const plans = useAllPlans().data?.plans;
  const selected = useUi((s) => s.selected);
  const [scope, setScope] = useState('all');
  const [keep, setKeep] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    if (!plans) return;
    void restoreKeptFigures(plans).then((failed) => failed[0] && setOutcome(failed[0]));
  }, [plans]);

  const selectedName = selected ? (data.regions.get(selected)?.name[lang] ?? selected) : null;
  const run = async (label: string, work: () => Promise<ImportOutcome>) => {
    setBusy(label);
    setOutcome(null);
    try {
      setOutcome(await work());
    } finally {
      setBusy(null);
    }
  };
  const importFile = (file: File) =>
    plans &&
    void run(file.name, async () => importFigures({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) }, plans, { keep }));
  const importExample = () =>
    plans &&
    void run(EXAMPLE_FILE, async () => {
      const response = await fetch(`${PLAN_DATA_BASE}${EXAMPLE_FILE}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return importFigures({ name: EXAMPLE_FILE, data: bytes }, plans, { keep, example: true });
    });
  const download = async () => {
    if (!plans) return;
    setNote(t('progress.preparing'));
    const planId = scope.startsWith('plan:') ? scope.slice(5) : null;
    const regionCode = scope === 'region' ? selected : null;
    const subject = planId ?? regionCode ?? 'all-plans';
    const rows = await downloadTemplate(plans, data, { planId, regionCode }, subject);
    setNote(rows === 0 ? t('progress.noRows') : null);
  };

  return (
    <details className="progress-section" data-export="omit">
      <summary>{t('progress.title')}</summary>
      <div className="progress-body">
        <p className="small">{t('progress.intro')}</p>
        <label className="progress-row">
          {t('progress.templateFor')}{' '}
          <select value={scope} onChange={(e) => setScope(e.currentTarget.value)}>
            <option value="all">{t('progress.allPlans')}</option>
            {plans?.map((p) => (
              <option key={p.id} value={`plan:${p.id}`}>
                {p.title[lang]}
              </option>
            ))}
            {selected && <option value="region">{t('progress.regionScope', { name: selectedName ?? selected })}</option>}
          </select>
        </label>
        <button type="button" disabled={!plans} onClick={() => void download()}>
          {t('progress.download')}
        </button>
        {note && (
          <p className="muted small" role="status">
            {note}
          </p>
        )}
        {/* A button of our own: the browser's file input would say "Choose File" in its own language. */}
        <label className={!plans || busy !== null ? 'pick-button disabled' : 'pick-button'}>
          {t('progress.import')}
          <input
            type="file"
            className="visually-hidden"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            disabled={!plans || busy !== null}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) importFile(file);
            }}
          />
        </label>
        <label className="pack-keep">
          <input type="checkbox" checked={keep} onChange={(e) => setKeep(e.currentTarget.checked)} aria-describedby={`${id}-keep`} />
          {t('progress.keep')}
        </label>
        <p className="muted small" id={`${id}-keep`}>
          {t('packs.keepHint')}
        </p>
        <button type="button" disabled={!plans || busy !== null} onClick={importExample}>
          {t('progress.example')}
        </button>
        {busy && <p role="status">{t('progress.checking', { name: busy })}</p>}
        {outcome && <ImportOutcomeView outcome={outcome} />}
        <LoadedFigures />
      </div>
    </details>
  );
}

function ImportOutcomeView({ outcome }: { outcome: ImportOutcome }) {
  const { t, lang } = useT();
  return (
    <>
      {outcome?.kind === 'failed' && (
        <div className="pack-problems progress-problems" role="alert">
          <p>{t('progress.failed', { name: outcome.label, count: String(outcome.problems.length + outcome.more) })}</p>
          <ol>
            {outcome.problems.map((p, i) => (
              <li key={i}>{problemText(lang, p)}</li>
            ))}
          </ol>
          {outcome.more > 0 && <p>{t('progress.more', { count: String(outcome.more) })}</p>}
        </div>
      )}
      {outcome?.kind === 'loaded' && (
        <p className="pack-loaded" role="status">
          {t('progress.loaded', { name: outcome.label, count: String(outcome.count), ms: String(outcome.ms) })}
        </p>
      )}
    </>
  );
}

/** The imported figure sets with "Remove", the map colouring switch, the method and the legend. */
function LoadedFigures() {
  const { t } = useT();
  const sets = useFigures((s) => s.sets);
  const colourMap = useFigures((s) => s.colourMap);
  return (
    <>
      {sets.length > 0 && (
        <>
          <h3 className="small">{t('progress.loadedList')}</h3>
          <ul className="progress-sets">
            {sets.map((s) => (
              <li key={s.id}>
                <span>{s.label}</span>{' '}
                <span className="muted small">
                  {t('progress.setSummary', { count: String(s.observations.length) })} ·{' '}
                  {t(s.kept ? 'progress.kept' : 'progress.sessionOnly')}
                </span>
                {s.example && <strong className="example-mark"> {t('progress.exampleMark')}</strong>}{' '}
                <button type="button" aria-label={t('progress.removeLabel', { name: s.label })} onClick={() => void removeFigures(s)}>
                  {t('progress.remove')}
                </button>
              </li>
            ))}
          </ul>
          <label className="pack-keep">
            <input type="checkbox" checked={colourMap} onChange={(e) => useFigures.getState().setColourMap(e.currentTarget.checked)} />
            {t('progress.colourMap')}
          </label>
          <MethodSettings />
          {colourMap && <ProgressLegend />}
        </>
      )}
    </>
  );
}

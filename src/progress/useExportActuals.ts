import { useT } from '../ui/useT';
import { useFigures } from './figuresStore';
import type { Observation } from './observation';

/**
 * What exports carry of the user's actual figures while loaded: the observations, a note per figure
 * (source, data date, responsible unit, note) and a caption line naming the files as the user's; both
 * with the example mark while example figures are loaded.
 */
export function useExportActuals() {
  const { t } = useT();
  const sets = useFigures((s) => s.sets);
  const exampleMark = sets.some((s) => s.example) ? t('progress.exampleMark') : '';
  const observations = sets.flatMap((s) => s.observations);
  const describe = (o: Observation) =>
    [
      t('progress.userFigure', { source: o.source, date: o.dataDate, unit: '' }),
      o.responsibleUnit && t('progress.responsible', { value: o.responsibleUnit }),
      o.note,
      exampleMark,
    ]
      .filter(Boolean)
      .join(' · ');
  const line = () =>
    sets.length ? [t('export.actuals', { files: sets.map((s) => s.label).join(', ') }), exampleMark].filter(Boolean).join(' ') : '';
  return { observations, describe, line };
}

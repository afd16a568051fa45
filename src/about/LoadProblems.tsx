import { useT } from '../ui/useT';
import type { StringKey } from '../i18n/strings';
import { useLoadProblems, type ProblemKind } from '../loading/problems';
import './loading.css';

const LINE: Record<ProblemKind, StringKey> = {
  worker: 'loading.line.worker',
  code: 'loading.line.code',
  data: 'loading.line.data',
  policy: 'loading.line.policy',
};

/** The banner naming every file that did not load, what was expected and what came, and what the app does instead. */
export function LoadProblems() {
  const { t } = useT();
  const problems = useLoadProblems((s) => s.problems);
  const dismissed = useLoadProblems((s) => s.dismissed);
  if (problems.length === 0 || dismissed) return null;
  return (
    <section className="load-problems" role="alert" aria-labelledby="load-problems-title" data-export="omit">
      <h2 id="load-problems-title">{t('loading.title')}</h2>
      <p>{t('loading.forIt')}</p>
      <ul>
        {problems.map((p) => (
          <li key={p.file}>{t(LINE[p.kind], { file: p.file, came: p.came })}</li>
        ))}
      </ul>
      <button type="button" onClick={() => useLoadProblems.getState().dismiss()}>
        {t('loading.dismiss')}
      </button>
    </section>
  );
}

import { useT } from '../ui/useT';
import type { StatusId } from './method';
import { StatusMark } from './statusMark';

/** The region list's "Sort by progress" switch, shown only while some region has a status. */
export function RegionStatusSort({
  statuses,
  on,
  onChange,
}: {
  statuses: ReadonlyMap<string, StatusId>;
  on: boolean;
  onChange: (on: boolean) => void;
}) {
  const { t } = useT();
  if (statuses.size === 0) return null;
  return (
    <label className="region-sort">
      <input type="checkbox" checked={on} onChange={(e) => onChange(e.currentTarget.checked)} /> {t('progress.sortByStatus')}
    </label>
  );
}

/** A region's status after its name in the list. */
export function RegionStatus({ status }: { status: StatusId | undefined }) {
  return status ? (
    <>
      {' '}
      <StatusMark status={status} />
    </>
  ) : null;
}

import { STATUS_ORDER, type StatusId } from './method';

/** Items with a status first, worst first (the given order kept within a status), then the rest as given. Pure. */
export function sortByStatus<T>(items: readonly T[], statusOf: (item: T) => StatusId | undefined): T[] {
  const rank = (item: T) => {
    const status = statusOf(item);
    return status ? STATUS_ORDER.indexOf(status) : STATUS_ORDER.length;
  };
  return items
    .map((item, i) => ({ item, i, r: rank(item) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.item);
}

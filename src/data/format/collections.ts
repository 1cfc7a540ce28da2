/** Generic helpers for lists and maps: no domain rules here. */

export function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/**
 * The value kept under `key`, made by `make` and kept on first need (a Map or a WeakMap: the many
 * "made once and kept" results beside a dataset, a ranking or a file).
 */
export function keptIn<K, V>(
  map: { get(key: K): V | undefined; set(key: K, value: V): unknown },
  key: K,
  make: () => V,
): V {
  const kept = map.get(key);
  if (kept !== undefined) return kept;
  const made = make();
  map.set(key, made);
  return made;
}

/** Items grouped by a key, in their order (Map.groupBy, which Node 20 lacks); a null key leaves the item out. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K | null): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) addToGroup(groups, k, item);
  }
  return groups;
}

/** Adds an item to its group's list. */
function addToGroup<T, K>(groups: Map<K, T[]>, key: K, item: T): void {
  const list = groups.get(key);
  if (list) list.push(item);
  else groups.set(key, [item]);
}

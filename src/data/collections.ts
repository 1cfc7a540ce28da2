/** Generic helpers for lists: no domain rules here. */

export function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Items grouped by a key, in their order (Map.groupBy, which Node 20 lacks); a null key leaves the item out. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K | null): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

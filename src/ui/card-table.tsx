/**
 * A small table (a town's figures in its profile, the method page's indicators): wide enough, it is
 * a table; in a narrow box (a phone), each row becomes a card, its cells under their columns' names
 * (the cells' data-label; see .figure-table.stackable).
 */
import type { ReactNode } from 'react';

export function CardTable({
  caption,
  columns,
  className,
  children,
}: {
  /** Left out where a heading just above names the table. */
  caption?: string;
  columns: readonly string[];
  className?: string;
  /** The rows. */
  children: ReactNode;
}) {
  return (
    <div className="table-scroll">
      <table className={['figure-table compare-table stackable', className].filter(Boolean).join(' ')}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

// A list shown as a table, alike on every page: it scrolls sideways on a narrow screen, its caption is
// for screen readers only, and a header row names the columns; the rows are the children.
import type { ReactNode } from 'react';

interface Props {
  caption: string;
  columns: readonly string[];
  children: ReactNode;
}

export function DataTable({ caption, columns, children }: Props) {
  return (
    <div className="sr-table-wrap">
      <table className="sr-table">
        <caption className="sr-visually-hidden">{caption}</caption>
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

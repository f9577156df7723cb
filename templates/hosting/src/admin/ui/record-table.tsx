/**
 * The page's one table of records: a hidden caption, a header per column, each cell labelled for
 * the narrow layout (data-label), and the row's buttons in a last, unlabelled "Actions" column.
 */
import type { ComponentChildren } from 'preact';

export interface Column<T> {
  label: string;
  cell: (row: T) => ComponentChildren;
}

interface RecordTableProps<T> {
  caption: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  actions: (row: T) => ComponentChildren;
  /** Extra attributes for a row (tests and scripts find rows by them). */
  rowProps?: (row: T) => Record<string, string>;
}

export function RecordTable<T>({ caption, rows, columns, rowKey, actions, rowProps }: RecordTableProps<T>) {
  return (
    <table>
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.label} scope="col">
              {column.label}
            </th>
          ))}
          <th scope="col">
            <span class="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} {...rowProps?.(row)}>
            {columns.map((column) => (
              <td key={column.label} data-label={column.label}>
                {column.cell(row)}
              </td>
            ))}
            <td class="actions-cell">
              <div class="row-actions">{actions(row)}</div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

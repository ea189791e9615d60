// The list table every staff page shows: a scrolling wrapper (wide tables
// stay readable at 200% zoom), column headers with scope, and a sentence
// instead of an empty table. Pages describe columns; the markup lives here.
import type { Child } from 'hono/jsx';
import type { PageContext } from './page-context.ts';

/** A column: its header, what a row shows in it, and a class for its cells (e.g. `actions`). */
export type StaffColumn<Row> = { header: string; cell: (row: Row) => Child; cellClass?: string };

type Props<Row> = { columns: StaffColumn<Row>[]; rows: readonly Row[]; empty?: string };

export function StaffTable<Row>({ columns, rows, empty }: Props<Row>) {
  if (rows.length === 0 && empty) return <p>{empty}</p>;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col">{column.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              {columns.map((column) => (
                <td class={column.cellClass}>{column.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A name with its reading (ふりがな) under it, as staff lists show people, places and listings. */
export function NameWithReading({ name, reading }: { name: Child; reading?: string | null }) {
  return (
    <>
      {name}
      {reading ? <span class="reading">{reading}</span> : null}
    </>
  );
}

/** The 編集 link of a row, named for screen readers by what it edits. */
export function EditLink({ page, href, name }: { page: PageContext; href: string; name: string }) {
  return (
    <a href={href} aria-label={`${page.t('form.edit')}: ${name}`}>
      {page.t('form.edit')}
    </a>
  );
}

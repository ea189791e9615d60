import { describe, expect, it } from 'vitest';
import { StaffTable } from './StaffTable.tsx';

const columns = [
  { header: '名前', cell: (r: { name: string }) => r.name },
  { header: '操作', cell: () => <a href="/x">編集</a>, cellClass: 'actions' },
];

describe('StaffTable', () => {
  it('renders headers with scope and one row per record, classes only where asked', () => {
    const html = String(<StaffTable rows={[{ name: '東光サロン' }, { name: '囲碁の会' }]} columns={columns} />);
    expect(html).toContain('<th scope="col">名前</th>');
    expect(html.match(/<tr>/g)).toHaveLength(3);
    expect(html).toContain('<td>東光サロン</td>');
    expect(html).toContain('<td class="actions"><a href="/x">編集</a></td>');
  });
  it('says so instead of showing an empty table', () => {
    expect(String(<StaffTable rows={[]} columns={columns} empty="まだありません。" />)).toBe('<p>まだありません。</p>');
  });
});

import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helpRequestStatuses } from '../src/features/help-requests/vocabulary.ts';
import { createClient, type TestClient } from './support/http-client.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Decision 011: exports of personal data are admin-only and audited; every
// view of a resident, lists included, leaves an audit row.
let testApp: TestApp;
let admin: TestClient;
let coordinator: TestClient;
let staff: TestClient;

beforeAll(async () => {
  testApp = await createTestApp({ demoStories: true });
  admin = createClient(testApp);
  coordinator = createClient(testApp);
  staff = createClient(testApp);
  await admin.signIn('admin@example.jp');
  await coordinator.signIn('yamada@example.jp');
  await staff.signIn('staff@example.jp');
});
afterAll(async () => testApp.close());

type AuditRow = { action: string; entity_type: string; actor_name: string; after: Record<string, unknown> };

async function auditRows(action: string, entityType: string): Promise<AuditRow[]> {
  const rows = await testApp.database.query('SELECT action, entity_type, actor_name, after FROM audit_log WHERE action = $1 AND entity_type = $2 ORDER BY id', [action, entityType]);
  return rows as AuditRow[];
}

async function csvRows(response: Response): Promise<string[][]> {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parse(text.slice(1)) as string[][];
}

describe('exporting the volunteer list', () => {
  it('gives an admin every volunteer with contact, district, help and insurance, and records who exported how many', async () => {
    const response = await admin.get('/staff/volunteers.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const [header, ...rows] = await csvRows(response);
    expect(header).toEqual(['名前', 'ふりがな', '年代', '電話番号', 'メールアドレス', '郵便番号', '住所', '圏域', 'できること', '状態', '今の状態になった日', 'ボランティア活動保険', '加入日']);
    const listed = ((await (await admin.get('/api/v1/volunteers')).json()) as { volunteers: unknown[] }).volunteers;
    expect(rows).toHaveLength(listed.length);
    const kondo = rows.find((r) => r[0] === '近藤 さくら')!;
    expect(kondo.slice(0, 4)).toEqual(['近藤 さくら', 'こんどう さくら', '60代', '0166-31-1001']);
    expect(kondo[7]).toBe('東光');
    expect(kondo[9]).toBe('登録');
    const [audit] = await auditRows('export', 'volunteer');
    expect(audit).toMatchObject({ actor_name: '管理者 太郎', after: { format: 'csv', rows: listed.length, filter: { status: '', areaId: '' }, encoding: 'utf-8' } });
  });

  it('applies the list filter, offers Shift_JIS, and writes one audit row per export', async () => {
    const before = (await auditRows('export', 'volunteer')).length;
    const response = await admin.get('/staff/volunteers.csv?status=applied&encoding=cp932');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=Shift_JIS');
    const text = iconv.decode(Buffer.from(await response.arrayBuffer()), 'cp932');
    const [header, ...rows] = parse(text) as string[][];
    expect(header![0]).toBe('名前');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r[9] === '応募')).toBe(true);
    const audits = await auditRows('export', 'volunteer');
    expect(audits).toHaveLength(before + 1);
    expect(audits.at(-1)!.after).toMatchObject({ rows: rows.length, filter: { status: 'applied' }, encoding: 'cp932' });
  });

  it('is refused to coordinators and staff, leaves no audit row, and is linked from the list for admins only', async () => {
    const before = (await auditRows('export', 'volunteer')).length;
    expect((await coordinator.get('/staff/volunteers.csv')).status).toBe(403);
    expect((await staff.get('/staff/volunteers.csv')).status).toBe(403);
    expect(await auditRows('export', 'volunteer')).toHaveLength(before);
    expect(await (await admin.get('/staff/volunteers?status=registered')).text()).toContain('href="/staff/volunteers.csv?status=registered&amp;areaId=&amp;encoding=utf-8"');
    expect(await (await coordinator.get('/staff/volunteers')).text()).not.toContain('/staff/volunteers.csv');
  });
});

describe('exporting help requests with their residents', () => {
  it('gives an admin every request with the resident\'s contact, what was asked and how it ended, and records the export', async () => {
    const response = await admin.get('/staff/help-requests.csv');
    expect(response.status).toBe(200);
    const [header, ...rows] = await csvRows(response);
    expect(header).toEqual(['受付日', '住民氏名', 'ふりがな', '郵便番号', '住所', '電話番号', '圏域', '困りごと', '依頼内容', '緊急度', '状態', '結果']);
    const total = await testApp.database.query('SELECT count(*)::int AS n FROM help_requests WHERE tenant_id = $1', [testApp.demo.id]);
    expect(rows).toHaveLength(total[0]!.n as number);
    const kitano = rows.find((r) => r[1] === '北野 ハル')!;
    expect(kitano[0]).toMatch(/^令和\d+年\d+月\d+日$/);
    expect(kitano[6]).not.toBe('');
    const audits = await auditRows('export', 'help_request');
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actor_name: '管理者 太郎', after: { format: 'csv', rows: rows.length, filter: { status: '' }, encoding: 'utf-8' } });
  });

  it('is refused to coordinators and staff and linked from the list for admins only', async () => {
    expect((await coordinator.get('/staff/help-requests.csv')).status).toBe(403);
    expect((await staff.get('/staff/help-requests.csv')).status).toBe(403);
    expect(await auditRows('export', 'help_request')).toHaveLength(1);
    expect(await (await admin.get('/staff/help-requests')).text()).toContain('href="/staff/help-requests.csv?status=&amp;encoding=utf-8"');
    expect(await (await coordinator.get('/staff/help-requests')).text()).not.toContain('/staff/help-requests.csv');
  });
});

describe('lists that name residents', () => {
  it('leave one audit row per view naming every resident shown', async () => {
    const before = (await auditRows('list', 'resident')).length;
    const html = await (await coordinator.get('/staff/help-requests')).text();
    const shown = [...html.matchAll(/href="\/staff\/help-requests\/([0-9a-f-]{36})">/g)].map((m) => m[1]!);
    expect(shown.length).toBeGreaterThan(0);
    const audits = await auditRows('list', 'resident');
    expect(audits).toHaveLength(before + 1);
    const row = audits.at(-1)!;
    expect(row.actor_name).not.toBe('');
    expect(row.after).toMatchObject({ list: 'help_requests', filter: { status: '' } });
    const residentsOfShown = await testApp.database.query('SELECT DISTINCT resident_id FROM help_requests WHERE id = ANY($1::uuid[])', [shown]);
    expect([...(row.after.residentIds as string[])].sort()).toEqual(residentsOfShown.map((r) => r.resident_id as string).sort());
  });

  it('leave no audit row when the list names nobody', async () => {
    const present = new Set((await testApp.database.query('SELECT DISTINCT status FROM help_requests')).map((r) => r.status as string));
    const unused = helpRequestStatuses.find((s) => !present.has(s))!;
    const before = (await auditRows('list', 'resident')).length;
    expect(await (await coordinator.get(`/staff/help-requests?status=${unused}`)).text()).toContain('該当する依頼はありません。');
    expect(await auditRows('list', 'resident')).toHaveLength(before);
  });
});

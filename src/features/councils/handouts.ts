import { fileTypeFromBuffer } from 'file-type';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { ServiceContext } from '../../platform/context/service-context.ts';
import { Invalid, NotFound } from '../../platform/errors/app-error.ts';
import { messageWithParams } from '../../platform/validation/fields.ts';
import * as repository from './meetings-repository.ts';
import { getManagedCouncil } from './service.ts';
import { getMeeting } from './meetings-service.ts';
import { handoutMaxBytes, handoutMediaTypes } from './vocabulary.ts';

/**
 * Adds 資料N to a meeting. The type is read from the file's bytes, not its
 * name: a renamed program or script is refused, as is a file over the limit.
 */
export async function addHandout(ctx: ServiceContext, meetingId: string, upload: { title: string; fileName: string; bytes: Uint8Array }) {
  const { council } = await getMeeting(ctx, meetingId);
  await getManagedCouncil(ctx, council.id);
  if (upload.bytes.byteLength === 0) throw new Invalid([{ path: 'file', message: 'councils.handoutEmpty' }]);
  if (upload.bytes.byteLength > handoutMaxBytes) throw new Invalid([{ path: 'file', message: messageWithParams('councils.handoutTooLarge', { mb: handoutMaxBytes / 1024 / 1024 }) }]);
  const detected = await fileTypeFromBuffer(upload.bytes);
  if (!detected || !(handoutMediaTypes as readonly string[]).includes(detected.mime)) throw new Invalid([{ path: 'file', message: 'councils.handoutWrongType' }]);
  // Only the last part of the name is kept, without control characters: it is shown and sent back as a download name.
  const fileName = (upload.fileName.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f"]/g, '').slice(0, 200) || `handout.${detected.ext}`;
  const row = await repository.insertHandout(ctx.db, ctx.tenantId, { meetingId, title: upload.title, fileName, mediaType: detected.mime, byteSize: upload.bytes.byteLength, content: upload.bytes, createdAt: ctx.now });
  await recordAudit(ctx, ctx.db, { action: 'create', entityType: 'meeting_handout', entityId: row.id, after: row });
  return row;
}

/** A handout's bytes for staff. */
export async function getHandoutFile(ctx: ServiceContext, meetingId: string, id: string) {
  await getMeeting(ctx, meetingId);
  const file = await repository.selectHandoutFile(ctx.db, ctx.tenantId, meetingId, id);
  if (!file) throw new NotFound();
  return file;
}

export async function deleteHandout(ctx: ServiceContext, meetingId: string, id: string): Promise<void> {
  const { council } = await getMeeting(ctx, meetingId);
  await getManagedCouncil(ctx, council.id);
  await repository.deleteHandout(ctx.db, ctx.tenantId, meetingId, id);
  await recordAudit(ctx, ctx.db, { action: 'delete', entityType: 'meeting_handout', entityId: id });
}

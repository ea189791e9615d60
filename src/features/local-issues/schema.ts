import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { tenants } from '../../platform/tenancy/schema.ts';
import { tenantIsolation, tenantPrimaryKey, tenantReference } from '../../platform/tenancy/keys.ts';
import { areas } from '../areas/schema.ts';
import { coordinatorActivities } from '../coordinator-activities/schema.ts';
import { councilMeetings, councils } from '../councils/schema.ts';
import { events } from '../events/schema.ts';
import { resources } from '../resources/schema.ts';
import { surveys } from '../surveys/schema.ts';
import { helpTypes, volunteers } from '../volunteers/schema.ts';

/**
 * 地域課題: a need the area has, from where it was heard to what was built for it.
 * Its text is public when `isPublic`, so it never holds personal data.
 */
export const localIssues = pgTable(
  'local_issues',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    // Codes from vocabulary.ts: council meeting, needs survey, unmet requests, activity, 地域ケア会議, resident.
    source: text('source').notNull(),
    sourceMeetingId: uuid('source_meeting_id'),
    // The needs survey whose results showed it (needs_survey), linked back as evidence.
    sourceSurveyId: uuid('source_survey_id'),
    // Codes from vocabulary.ts: 把握 → 検討中 → 取組中 → 資源化・解決 → 継続課題 / 見送り.
    status: text('status').notNull(),
    progress: integer('progress').notNull().default(0),
    ownerId: uuid('owner_id'),
    // The council that holds it now; raising it to the 第1層 council moves it there until answered.
    councilId: uuid('council_id'),
    raisedFromCouncilId: uuid('raised_from_council_id'),
    isPublic: boolean('is_public').notNull().default(false),
    raisedOn: date('raised_on', { mode: 'string' }).notNull(),
    resolvedOn: date('resolved_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('local_issues', t.tenantId, t.id),
    tenantReference('local_issues', t.tenantId, t.sourceMeetingId, councilMeetings),
    tenantReference('local_issues', t.tenantId, t.sourceSurveyId, surveys),
    tenantReference('local_issues', t.tenantId, t.ownerId, users),
    tenantReference('local_issues', t.tenantId, t.councilId, councils),
    tenantReference('local_issues', t.tenantId, t.raisedFromCouncilId, councils),
    tenantReference('local_issues', t.tenantId, t.createdBy, users),
    index('local_issues_status').on(t.tenantId, t.status, t.raisedOn),
    index('local_issues_council').on(t.tenantId, t.councilId),
  ],
);

/** The areas an issue concerns (one or several). */
export const localIssueAreas = pgTable(
  'local_issue_areas',
  {
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    issueId: uuid('issue_id').notNull(),
    areaId: uuid('area_id').notNull(),
  },
  (t) => [
    tenantIsolation(),
    primaryKey({ name: 'local_issue_areas_pkey', columns: [t.tenantId, t.issueId, t.areaId] }),
    tenantReference('local_issue_areas', t.tenantId, t.issueId, localIssues, 'cascade'),
    tenantReference('local_issue_areas', t.tenantId, t.areaId, areas),
    index('local_issue_areas_area').on(t.tenantId, t.areaId),
  ],
);

/** The help types (困りごと) an issue concerns: what its live evidence counts. */
export const localIssueHelpTypes = pgTable(
  'local_issue_help_types',
  {
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    issueId: uuid('issue_id').notNull(),
    helpTypeId: uuid('help_type_id').notNull(),
  },
  (t) => [
    tenantIsolation(),
    primaryKey({ name: 'local_issue_help_types_pkey', columns: [t.tenantId, t.issueId, t.helpTypeId] }),
    tenantReference('local_issue_help_types', t.tenantId, t.issueId, localIssues, 'cascade'),
    tenantReference('local_issue_help_types', t.tenantId, t.helpTypeId, helpTypes),
    index('local_issue_help_types_type').on(t.tenantId, t.helpTypeId),
  ],
);

/** Meetings where an issue was raised or discussed. */
export const localIssueMeetings = pgTable(
  'local_issue_meetings',
  {
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    issueId: uuid('issue_id').notNull(),
    meetingId: uuid('meeting_id').notNull(),
  },
  (t) => [
    tenantIsolation(),
    primaryKey({ name: 'local_issue_meetings_pkey', columns: [t.tenantId, t.issueId, t.meetingId] }),
    tenantReference('local_issue_meetings', t.tenantId, t.issueId, localIssues, 'cascade'),
    tenantReference('local_issue_meetings', t.tenantId, t.meetingId, councilMeetings, 'cascade'),
    index('local_issue_meetings_meeting').on(t.tenantId, t.meetingId),
  ],
);

/** The dated timeline: who, at which meeting, what happened, and the status it left. */
export const localIssueUpdates = pgTable(
  'local_issue_updates',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    issueId: uuid('issue_id').notNull(),
    happenedOn: date('happened_on', { mode: 'string' }).notNull(),
    // Codes from vocabulary.ts: note, status, raised (to the 第1層 council), answered (sent back).
    kind: text('kind').notNull(),
    body: text('body').notNull().default(''),
    meetingId: uuid('meeting_id'),
    councilId: uuid('council_id'),
    statusAfter: text('status_after'),
    progressAfter: integer('progress_after'),
    authorId: uuid('author_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('local_issue_updates', t.tenantId, t.id),
    tenantReference('local_issue_updates', t.tenantId, t.issueId, localIssues, 'cascade'),
    tenantReference('local_issue_updates', t.tenantId, t.meetingId, councilMeetings),
    tenantReference('local_issue_updates', t.tenantId, t.councilId, councils),
    tenantReference('local_issue_updates', t.tenantId, t.authorId, users),
    index('local_issue_updates_issue').on(t.tenantId, t.issueId, t.happenedOn),
  ],
);

/**
 * What was built for an issue (資源開発): a listing created or changed, a training
 * (event), a volunteer recruited, a coordinator activity. One of the four ids is set.
 */
export const localIssueOutcomes = pgTable(
  'local_issue_outcomes',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    issueId: uuid('issue_id').notNull(),
    // Codes from vocabulary.ts: listing_created, listing_changed, training, volunteer, activity.
    kind: text('kind').notNull(),
    resourceId: uuid('resource_id'),
    eventId: uuid('event_id'),
    volunteerId: uuid('volunteer_id'),
    activityId: uuid('activity_id'),
    note: text('note').notNull().default(''),
    achievedOn: date('achieved_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('local_issue_outcomes', t.tenantId, t.id),
    tenantReference('local_issue_outcomes', t.tenantId, t.issueId, localIssues, 'cascade'),
    tenantReference('local_issue_outcomes', t.tenantId, t.resourceId, resources),
    tenantReference('local_issue_outcomes', t.tenantId, t.eventId, events),
    tenantReference('local_issue_outcomes', t.tenantId, t.volunteerId, volunteers),
    tenantReference('local_issue_outcomes', t.tenantId, t.activityId, coordinatorActivities),
    tenantReference('local_issue_outcomes', t.tenantId, t.createdBy, users),
    index('local_issue_outcomes_issue').on(t.tenantId, t.issueId),
    index('local_issue_outcomes_resource').on(t.tenantId, t.resourceId),
  ],
);

import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { tenants } from '../../platform/tenancy/schema.ts';
import { tenantIsolation, tenantPrimaryKey, tenantReference } from '../../platform/tenancy/keys.ts';
import { areas } from '../areas/schema.ts';
import { providers } from '../resources/schema.ts';
import type { Answers, SurveyDefinition } from './definition.ts';

/**
 * A needs survey or hearing (ニーズ把握): who it asks, when, by which methods.
 * The questions live in versions, so answers keep the wording they were given under.
 */
export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    title: text('title').notNull(),
    purpose: text('purpose').notNull().default(''),
    // 'organisations' (a target list called one by one) or 'residents' (a public link).
    audience: text('audience').notNull(),
    // Null: the whole tenant.
    areaId: uuid('area_id'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    // Codes of vocabulary.ts: phone, visit, web, paper.
    methods: text('methods').array().notNull(),
    // Unguessable part of the public web address; the survey's id never appears there.
    publicToken: text('public_token').notNull(),
    currentVersion: integer('current_version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('surveys', t.tenantId, t.id),
    tenantReference('surveys', t.tenantId, t.areaId, areas),
    tenantReference('surveys', t.tenantId, t.createdBy, users),
    uniqueIndex('surveys_public_token').on(t.publicToken),
    index('surveys_period').on(t.tenantId, t.endsOn),
  ],
);

/** The question list as it stood from one change that altered meaning to the next. */
export const surveyVersions = pgTable(
  'survey_versions',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    surveyId: uuid('survey_id').notNull(),
    version: integer('version').notNull(),
    definition: jsonb('definition').$type<SurveyDefinition>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('survey_versions', t.tenantId, t.id),
    tenantReference('survey_versions', t.tenantId, t.surveyId, surveys, 'cascade'),
    uniqueIndex('survey_versions_number').on(t.tenantId, t.surveyId, t.version),
  ],
);

/**
 * One organisation to be asked (e.g. one of the 49 機関): its type for
 * tabulation, and where the calls stand (未実施 → 実施済 / 不在・再連絡 / 辞退).
 */
export const surveyTargets = pgTable(
  'survey_targets',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    surveyId: uuid('survey_id').notNull(),
    name: text('name').notNull(),
    // Codes of vocabulary.ts: the group (専門職 / 活動団体) and its subtype.
    respondentType: text('respondent_type').notNull(),
    providerId: uuid('provider_id'),
    areaId: uuid('area_id'),
    phone: text('phone').notNull().default(''),
    status: text('status').notNull().default('pending'),
    nextCallOn: date('next_call_on', { mode: 'string' }),
    lastContactAt: timestamp('last_contact_at', { withTimezone: true }),
    lastContactBy: uuid('last_contact_by'),
    lastMethod: text('last_method'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('survey_targets', t.tenantId, t.id),
    tenantReference('survey_targets', t.tenantId, t.surveyId, surveys, 'cascade'),
    tenantReference('survey_targets', t.tenantId, t.providerId, providers),
    tenantReference('survey_targets', t.tenantId, t.areaId, areas),
    tenantReference('survey_targets', t.tenantId, t.lastContactBy, users),
    index('survey_targets_survey').on(t.tenantId, t.surveyId, t.status),
  ],
);

/**
 * One set of answers, by whatever method it came. A draft is the phone mode's
 * autosave; only submitted answers count. Anonymous web answers store no
 * identity, address or IP: `submissionKey` only makes a double submit save once.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    surveyId: uuid('survey_id').notNull(),
    version: integer('version').notNull(),
    targetId: uuid('target_id'),
    method: text('method').notNull(),
    status: text('status').notNull(),
    answers: jsonb('answers').$type<Answers>().notNull(),
    // Copied from the target (or asked on the web form), so results tabulate without joins.
    respondentType: text('respondent_type').notNull().default(''),
    areaId: uuid('area_id'),
    enteredBy: uuid('entered_by'),
    submissionKey: text('submission_key').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('survey_responses', t.tenantId, t.id),
    tenantReference('survey_responses', t.tenantId, t.surveyId, surveys, 'cascade'),
    tenantReference('survey_responses', t.tenantId, t.targetId, surveyTargets),
    tenantReference('survey_responses', t.tenantId, t.areaId, areas),
    tenantReference('survey_responses', t.tenantId, t.enteredBy, users),
    uniqueIndex('survey_responses_submission').on(t.tenantId, t.surveyId, t.submissionKey),
    index('survey_responses_survey').on(t.tenantId, t.surveyId, t.status),
  ],
);

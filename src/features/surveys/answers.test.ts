import { describe, expect, it } from 'vitest';
import { answerFormValues, readAnswers } from './answers.ts';
import { checkDefinition } from './definition.ts';
import { templateDefinitions } from './templates.ts';

const hearing = templateDefinitions.hearing;
const needs = templateDefinitions.area_needs;
const complete = { 'q.changes': ['less_exchange', 'other'], 'q.changes.other': '買い物の付き添いが増えた', 'q.exchange_level': '2', 'q.activity_status': 'as_before', 'q.wants_support': 'no' };

describe('the templates', () => {
  it('keep the rules a saved survey must keep', () => {
    for (const definition of Object.values(templateDefinitions)) expect(checkDefinition(definition)).toEqual([]);
  });
});

describe('reading answers from a form', () => {
  it('keeps the answers of the questions shown, with the その他 text', () => {
    const read = readAnswers(hearing, complete, { districtIds: [] });
    expect(read.problems).toEqual([]);
    expect(read.answers).toEqual({ changes: ['less_exchange', 'other'], 'changes.other': '買い物の付き添いが増えた', exchange_level: '2', activity_status: 'as_before', wants_support: 'no' });
  });

  it('drops an answer to a question skip logic hides, even when the page sent it', () => {
    const read = readAnswers(hearing, { ...complete, 'q.paused_reason': '会場が使えない', 'q.support_wanted': '助成金' }, { districtIds: [] });
    expect(read.answers).not.toHaveProperty('paused_reason');
    expect(read.answers).not.toHaveProperty('support_wanted');
    const shown = readAnswers(hearing, { ...complete, 'q.activity_status': 'paused', 'q.paused_reason': '会場が使えない' }, { districtIds: [] });
    expect(shown.answers.paused_reason).toBe('会場が使えない');
  });

  it('names each missing required answer, except in a draft', () => {
    const read = readAnswers(hearing, { 'q.changes': 'less_outings' }, { districtIds: [] });
    expect(read.problems.map((p) => p.path)).toEqual(['q.exchange_level', 'q.activity_status', 'q.wants_support']);
    expect(read.problems[0]!.message).toBe('validation.required');
    expect(readAnswers(hearing, { 'q.changes': 'less_outings' }, { districtIds: [], draft: true }).problems).toEqual([]);
  });

  it('refuses a choice that is not offered, a number out of range and a district that is not the tenant’s', () => {
    const read = readAnswers(needs, { 'q.district': 'elsewhere', 'q.age': '３０', 'q.outings': 'sometimes', 'q.fewer_outings': 'yes', 'q.fall_fear': 'no', 'q.fell': 'no' }, { districtIds: ['area-1'] });
    expect(Object.fromEntries(read.problems.map((p) => [p.path, p.message]))).toEqual({
      'q.district': 'validation.choice',
      'q.age': 'surveys.answer.range?min=40&max=120&unit=%E6%AD%B3',
      'q.outings': 'validation.choice',
    });
  });

  it('reads full-width digits and matrix rows, and shows stored answers again as form values', () => {
    const body = { 'q.district': 'area-1', 'q.age': '７８', 'q.outings': 'weekly', 'q.fewer_outings': 'yes', 'q.fall_fear': 'no', 'q.fell': 'no', 'q.places.salon': 'weekly', 'q.help_wanted': ['snow', 'garbage'] };
    const read = readAnswers(needs, body, { districtIds: ['area-1'] });
    expect(read.problems).toEqual([]);
    expect(read.answers.age).toBe(78);
    expect(read.answers['places.salon']).toBe('weekly');
    expect(answerFormValues(needs, read.answers)).toEqual({ ...body, 'q.age': '78', 'q.help_wanted': 'snow\ngarbage' });
  });
});

describe('the XLSForm round trip of the templates', () => {
  it('comes back with the same meaning, so re-importing an exported list keeps the version', async () => {
    const { fromXlsForm, toXlsForm } = await import('./xlsform.ts');
    const { changesMeaning, surveyDefinition } = await import('./definition.ts');
    for (const definition of Object.values(templateDefinitions)) {
      const back = surveyDefinition.parse(fromXlsForm(toXlsForm(definition)).definition);
      expect(changesMeaning(definition, back)).toBe(false);
    }
  });
});

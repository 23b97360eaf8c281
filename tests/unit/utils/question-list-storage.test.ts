import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addQuestion, emptyQuestionList } from '../../../core/questions/question-list';
import { addToStoredQuestionList, loadQuestionList, saveQuestionList } from '../../../utils/question-list-storage';

describe('the question list in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lives in storage.local only, never in sync', async () => {
    await saveQuestionList(addQuestion(emptyQuestionList(), 'Mag ik sporten?'));
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    const local = (await fakeBrowser.storage.local.get('questionList')) as { questionList: { version: number; questions: { text: string }[] } };
    expect(local.questionList.version).toBe(2);
    expect(local.questionList.questions.map((question) => question.text)).toEqual(['Mag ik sporten?']);
  });

  it('adds a ready question once', async () => {
    expect(await addToStoredQuestionList('Wat betekent PD-L1 voor mij?', { type: 'term', id: 'pd-l1' })).toBe(true);
    expect(await addToStoredQuestionList('Wat betekent PD-L1 voor mij?', { type: 'term', id: 'pd-l1' })).toBe(false);
    const { list } = await loadQuestionList();
    expect(list.questions.map((question) => question.text)).toEqual(['Wat betekent PD-L1 voor mij?']);
  });

  it('keeps a copy of unreadable data before anything can overwrite it', async () => {
    const broken = { version: 2, questions: [{ text: 'Leesbaar' }, { nope: true }] };
    await fakeBrowser.storage.local.set({ questionList: broken });
    const parsed = await loadQuestionList();
    expect(parsed.problem).toMatch(/kon niet worden gelezen/);
    expect(parsed.list.questions.map((question) => question.text)).toEqual(['Leesbaar']);
    expect(await fakeBrowser.storage.local.get('questionListUnreadable')).toEqual({ questionListUnreadable: broken });
  });
});

import { describe, expect, it } from 'vitest';
import {
  addQuestion,
  deleteQuestion,
  editQuestion,
  emptyQuestionList,
  moveQuestion,
  setDone,
  setPreparation,
  undoDelete,
  type QuestionList,
} from '../../../core/questions/question-list';
import { questionForAnswer, questionForTerm } from '../../../core/questions/ready-questions';

const texts = (list: QuestionList) => list.questions.map((question) => question.text);

function listOf(...questions: string[]): QuestionList {
  return questions.reduce((list, text) => addQuestion(list, text), emptyQuestionList());
}

describe('the question list', () => {
  it('adds free questions at the end with unique ids, ignoring blank ones', () => {
    const list = addQuestion(addQuestion(listOf('Hoe lang duurt het?', 'Mag ik sporten?'), '   '), 'Wat als ik koorts krijg?');
    expect(texts(list)).toEqual(['Hoe lang duurt het?', 'Mag ik sporten?', 'Wat als ik koorts krijg?']);
    expect(new Set(list.questions.map((question) => question.id)).size).toBe(3);
    expect(list.questions.every((question) => !question.done)).toBe(true);
  });

  it('adds a ready question about a term once, not again on a second click', () => {
    const about = { type: 'term' as const, id: 'pd-l1' };
    const once = addQuestion(emptyQuestionList(), questionForTerm('PD-L1-expressie'), about);
    const twice = addQuestion(once, questionForTerm('PD-L1-expressie'), about);
    expect(texts(twice)).toEqual(['Wat betekent PD-L1-expressie voor mij?']);
    expect(twice.questions[0]!.about).toEqual(about);
    // Once ticked off, the same term can go on the list again for the next consultation.
    const again = addQuestion(setDone(twice, twice.questions[0]!.id, true), questionForTerm('PD-L1-expressie'), about);
    expect(again.questions).toHaveLength(2);
  });

  it('writes a ready question for an FAQ answer that names the answer', () => {
    expect(questionForAnswer('Hoe lang duurt de behandeling? ')).toBe('Over “Hoe lang duurt de behandeling?”: geldt dit ook voor mij?');
  });

  it('edits a question keeping the text as typed, and leaves unknown ids alone', () => {
    const list = listOf('Hoe lang');
    const id = list.questions[0]!.id;
    const edited = editQuestion(list, id, 'Hoe lang duurt ');
    expect(texts(edited)).toEqual(['Hoe lang duurt ']);
    expect(editQuestion(list, 'q99', 'x')).toBe(list);
  });

  it('reorders up and down and stops at the ends', () => {
    const list = listOf('a', 'b', 'c');
    const [a, b, c] = list.questions.map((question) => question.id);
    expect(texts(moveQuestion(list, c!, -1))).toEqual(['a', 'c', 'b']);
    expect(texts(moveQuestion(list, a!, 1))).toEqual(['b', 'a', 'c']);
    expect(texts(moveQuestion(list, a!, -1))).toEqual(['a', 'b', 'c']);
    expect(texts(moveQuestion(list, c!, 5))).toEqual(['a', 'b', 'c']);
    expect(texts(moveQuestion(list, b!, -9))).toEqual(['b', 'a', 'c']);
  });

  it('ticks a question off and on', () => {
    const list = listOf('a');
    const id = list.questions[0]!.id;
    expect(setDone(list, id, true).questions[0]!.done).toBe(true);
    expect(setDone(setDone(list, id, true), id, false).questions[0]!.done).toBe(false);
  });

  it('deletes a question and undoes the delete at the same place', () => {
    const list = listOf('a', 'b', 'c');
    const { list: without, deleted } = deleteQuestion(list, list.questions[1]!.id);
    expect(texts(without)).toEqual(['a', 'c']);
    expect(deleted?.question.text).toBe('b');
    const restored = undoDelete(without, deleted!);
    expect(restored.questions).toEqual(list.questions);
    // Undo twice does not duplicate.
    expect(undoDelete(restored, deleted!).questions).toHaveLength(3);
    // An unknown id deletes nothing.
    expect(deleteQuestion(list, 'q42')).toEqual({ list });
  });

  it('puts an undone question at the end when the list got shorter meanwhile', () => {
    const list = listOf('a', 'b', 'c');
    const { list: withoutC, deleted } = deleteQuestion(list, list.questions[2]!.id);
    const { list: withoutB } = deleteQuestion(withoutC, list.questions[1]!.id);
    expect(texts(undoDelete(withoutB, deleted!))).toEqual(['a', 'c']);
  });

  it('keeps the preparation fields', () => {
    const list = setPreparation(setPreparation(emptyQuestionList(), 'contactName', 'Verpleegkundige Anna'), 'contactPhone', '020 123 45 67');
    expect(list.preparation).toEqual({ companion: '', contactName: 'Verpleegkundige Anna', contactPhone: '020 123 45 67' });
  });
});

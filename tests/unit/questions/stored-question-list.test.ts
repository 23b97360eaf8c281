import { describe, expect, it } from 'vitest';
import { addQuestion, emptyQuestionList, setPreparation } from '../../../core/questions/question-list';
import { parseStoredList, toStored } from '../../../core/questions/stored-question-list';

describe('reading the stored question list', () => {
  it('gives an empty list without a message when nothing is stored yet', () => {
    for (const raw of [undefined, null]) {
      expect(parseStoredList(raw)).toEqual({ list: { questions: [], preparation: { companion: '', contactName: '', contactPhone: '' } } });
    }
  });

  it('reads back exactly what it stored', () => {
    let list = addQuestion(emptyQuestionList(), 'Wat betekent PD-L1 voor mij?', { type: 'term', id: 'pd-l1' });
    list = addQuestion(list, 'Mag ik op vakantie?');
    list = setPreparation(list, 'companion', 'mijn dochter');
    const stored = JSON.parse(JSON.stringify(toStored(list)));
    expect(stored.version).toBe(2);
    expect(parseStoredList(stored)).toEqual({ list });
  });

  it('migrates version 1 (texts only) to the current shape', () => {
    const parsed = parseStoredList({ version: 1, questions: ['Hoe lang duurt het?', 'Mag ik sporten?'] });
    expect(parsed.problem).toBeUndefined();
    expect(parsed.list.questions).toEqual([
      { id: 'q1', text: 'Hoe lang duurt het?', done: false },
      { id: 'q2', text: 'Mag ik sporten?', done: false },
    ]);
    expect(parsed.list.preparation).toEqual({ companion: '', contactName: '', contactPhone: '' });
  });

  it('keeps the readable questions of a damaged list and says what happened', () => {
    const parsed = parseStoredList({
      version: 2,
      questions: [{ id: 'q1', text: 'Eerste vraag', done: true }, 42, { id: 'q2' }, { id: 'q3', text: 'Derde vraag', about: { type: 'term' } }],
      preparation: { companion: 'Piet', contactName: 7 },
    });
    expect(parsed.list.questions).toEqual([
      { id: 'q1', text: 'Eerste vraag', done: true },
      { id: 'q3', text: 'Derde vraag', done: false },
    ]);
    expect(parsed.list.preparation.companion).toBe('Piet');
    expect(parsed.problem).toBe('Een deel van je vragenlijst kon niet worden gelezen (3 onderdelen). Wat wel leesbaar was, staat hieronder.');
  });

  it('gives duplicate or odd ids new ones instead of losing the question', () => {
    const parsed = parseStoredList({ version: 2, questions: [{ id: 'q1', text: 'a' }, { id: 'q1', text: 'b' }, { id: '<img>', text: 'c' }] });
    const ids = parsed.list.questions.map((question) => question.id);
    expect(parsed.list.questions.map((question) => question.text)).toEqual(['a', 'b', 'c']);
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => /^q\d+$/.test(id))).toBe(true);
  });

  it('says clearly when nothing could be read', () => {
    for (const raw of [42, { version: 2, questions: 'oops' }, { foo: 1 }, true]) {
      const parsed = parseStoredList(raw);
      expect(parsed.list.questions).toEqual([]);
      expect(parsed.problem).toBe('Je opgeslagen vragenlijst kon niet worden gelezen. Er is een kopie van bewaard; je kunt hier opnieuw beginnen.');
    }
  });

  it('keeps a bare text as one question', () => {
    const parsed = parseStoredList('Vraag over de scan');
    expect(parsed.list.questions.map((question) => question.text)).toEqual(['Vraag over de scan']);
    expect(parsed.problem).toMatch(/^Een deel van je vragenlijst kon niet worden gelezen/);
  });

  it('reads a list from a newer version as far as it can, with a warning', () => {
    const parsed = parseStoredList({ version: 3, questions: [{ id: 'q1', text: 'Vraag', colour: 'red' }] });
    expect(parsed.list.questions).toEqual([{ id: 'q1', text: 'Vraag', done: false }]);
    expect(parsed.problem).toMatch(/nieuwere versie van Immuunwijzer/);
  });

  it('keeps a question whose entry no longer exists, without the link to it', () => {
    const parsed = parseStoredList(
      { version: 2, questions: [{ id: 'q1', text: 'Wat is X?', about: { type: 'term', id: 'verdwenen' } }] },
      (source) => source.id !== 'verdwenen',
    );
    expect(parsed).toEqual({ list: { questions: [{ id: 'q1', text: 'Wat is X?', done: false }], preparation: { companion: '', contactName: '', contactPhone: '' } } });
  });
});

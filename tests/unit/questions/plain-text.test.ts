import { describe, expect, it } from 'vitest';
import { addQuestion, emptyQuestionList, setDone, setPreparation } from '../../../core/questions/question-list';
import { questionListAsText } from '../../../core/questions/plain-text';

describe('the question list as plain text', () => {
  it('numbers the questions, explains the term beside its question and prints the date', () => {
    let list = addQuestion(emptyQuestionList(), 'Wat betekent PD-L1 voor mij?', { type: 'term', id: 'pd-l1' });
    list = addQuestion(list, '   ');
    list = addQuestion(list, 'Mag ik sporten?');
    list = setDone(list, list.questions[1]!.id, true);
    list = setPreparation(list, 'contactName', 'Anna de Vries');
    const text = questionListAsText(list, (source) => (source.id === 'pd-l1' ? { title: 'PD-L1', text: 'Een eiwit op cellen.' } : undefined), new Date(2026, 11, 1));
    const lines = text.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'Mijn vragen voor het gesprek met de arts',
      '1 december 2026',
      '',
      '1. Wat betekent PD-L1 voor mij?',
      '   PD-L1: Een eiwit op cellen.',
      '2. [besproken] Mag ik sporten?',
    ]);
    expect(lines).toContain('- Contactpersoon in het ziekenhuis: Anna de Vries');
    expect(text).toContain('Vraag of de afspraken op papier komen');
  });
});

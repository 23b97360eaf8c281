/** The question that "Zet op mijn vragenlijst" writes for a term or an FAQ answer; the patient can change it. */
export function questionForTerm(term: string): string {
  return `Wat betekent ${term} voor mij?`;
}

export function questionForAnswer(question: string): string {
  return `Over “${question.trim()}”: geldt dit ook voor mij?`;
}

/**
 * The first lines of an answer, to read under the top result: its first paragraph, cut after
 * the last whole sentence that fits (or, without one, after the last whole word, with "…").
 */
export function answerPreview(answer: string, maxLength = 220): string {
  const paragraph = answer.trim().split(/\n\s*\n/)[0]!.replace(/^- /gm, '').replace(/\s+/g, ' ').trim();
  if (paragraph.length <= maxLength) return paragraph;
  const window = paragraph.slice(0, maxLength + 1);
  const sentenceEnd = Math.max(...['. ', '? ', '! '].map((mark) => window.lastIndexOf(mark)));
  if (sentenceEnd > 0) return paragraph.slice(0, sentenceEnd + 1);
  const wordEnd = window.lastIndexOf(' ');
  return `${paragraph.slice(0, wordEnd > 0 ? wordEnd : maxLength)}…`;
}

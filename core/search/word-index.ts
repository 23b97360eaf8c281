/**
 * Which documents hold a word that starts with a given prefix: "bijwerk" finds "bijwerkingen".
 * A sorted vocabulary and a binary search, so a query costs a few lookups however long the
 * answers are.
 */
export class WordIndex {
  private readonly vocabulary: string[];
  private readonly postings: Map<string, number[]>;

  constructor(texts: readonly string[]) {
    const postings = new Map<string, number[]>();
    texts.forEach((text, docIndex) => {
      for (const word of new Set(text.split(' '))) {
        if (word.length < 2) continue;
        let docs = postings.get(word);
        if (!docs) postings.set(word, (docs = []));
        docs.push(docIndex);
      }
    });
    this.postings = postings;
    this.vocabulary = [...postings.keys()].sort();
  }

  /** Every word, sorted. */
  words(): readonly string[] {
    return this.vocabulary;
  }

  /** Documents with a word starting with `prefix`. */
  documentsWithPrefix(prefix: string): Set<number> {
    const found = new Set<number>();
    let low = 0;
    let high = this.vocabulary.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.vocabulary[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < this.vocabulary.length && this.vocabulary[index]!.startsWith(prefix); index++) {
      for (const doc of this.postings.get(this.vocabulary[index]!)!) found.add(doc);
    }
    return found;
  }
}

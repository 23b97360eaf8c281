/** Builds every fixture that needs a build step (the React app bundle). Returns the files written. */
export function buildFixtures(): Promise<string[]>;

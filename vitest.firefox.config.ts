import { defineConfig } from 'vitest/config';

// The Firefox build in a real Firefox (puppeteer-core over WebDriver BiDi); run after `npm run build`.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

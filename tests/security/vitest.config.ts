import { defineConfig } from 'vitest/config';

/** Security checks on the BUILT app (run `npm run build` first): `npm run test:security`. */
export default defineConfig({
  test: {
    include: ['tests/security/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});

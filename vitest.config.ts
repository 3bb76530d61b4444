import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/{unit,charts}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    // Set-up hooks start DuckDB (the wasm build takes seconds in Node), slower on a busy CI machine.
    hookTimeout: 60_000,
  },
});

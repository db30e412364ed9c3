/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests can import `.astro` components and render them with the Container API.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The build tests run `astro build` in a child process; give them room on a 2-core machine.
    testTimeout: 60_000,
  },
});

/**
 * Global setup of the Firefox e2e: one warm profile for the run (see warmFirefoxProfile), removed at
 * the end. Without a Firefox it provides none, and the first launch says how to get one.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { warmFirefoxProfile } from './firefox';

declare module 'vitest' {
  export interface ProvidedContext {
    firefoxProfile: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = await warmFirefoxProfile().catch(() => '');
  project.provide('firefoxProfile', dir);
  return () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}

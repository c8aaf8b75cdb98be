/**
 * Lets plain Node 22 (type stripping, no bundler) load lib/, whose modules import each other without
 * file extensions the way Vite and WXT expect. Import this before anything that imports lib/:
 * `node --import ./backend/register.ts …`, or a static import followed by dynamic imports.
 */
import { registerHooks } from 'node:module';
import { resolveExtensionless } from './resolve.ts';

registerHooks({ resolve: resolveExtensionless });

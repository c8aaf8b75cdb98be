/**
 * A Node module resolve hook: a relative import without an extension, made from a .ts file, is tried
 * as `<specifier>.ts`, then `<specifier>/index.ts`. Everything else resolves as Node would.
 */
import type { ResolveFnOutput, ResolveHookContext } from 'node:module';

type NextResolve = (specifier: string, context?: Partial<ResolveHookContext>) => ResolveFnOutput;

const CANDIDATE_SUFFIXES = ['.ts', '/index.ts'];

const isRelative = (specifier: string) => specifier.startsWith('./') || specifier.startsWith('../');
const hasExtension = (specifier: string) => /\.[cm]?[jt]sx?$|\.json$/.test(specifier);

export function resolveExtensionless(
  specifier: string,
  context: ResolveHookContext,
  nextResolve: NextResolve,
): ResolveFnOutput {
  const fromTs = context.parentURL?.endsWith('.ts') ?? false;
  if (!fromTs || !isRelative(specifier) || hasExtension(specifier)) return nextResolve(specifier, context);
  for (const suffix of CANDIDATE_SUFFIXES) {
    try {
      return nextResolve(`${specifier}${suffix}`, context);
    } catch {
      // not this candidate; the next one, or Node's own error below
    }
  }
  return nextResolve(specifier, context);
}

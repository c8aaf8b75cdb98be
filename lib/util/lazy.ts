/**
 * A value built on its first use, then kept. What a module builds when it is evaluated, every QSM page
 * that loads the features pays for, used or not (issue 11): schemas only some pages parse with are
 * built this way.
 */
export function lazy<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}

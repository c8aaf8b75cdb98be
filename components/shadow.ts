/**
 * The shadow roots the extension mounts its UI in are closed, so no page script can reach into them
 * (click the guard's override, read the findings). This registry is how our own code, in the
 * content script's isolated world, still finds them. Open only under the unit tests (vitest) and
 * when the e2e harness asks through extension storage, which no page can write.
 */
const roots = new WeakMap<Element, ShadowRoot>();
let mode: ShadowRootMode = import.meta.env?.MODE === 'test' ? 'open' : 'closed';

/** The storage key the e2e harness sets so its selectors can pierce the roots (never set by the extension). */
export const E2E_OPEN_SHADOW_ROOTS_KEY = 'e2e:openShadowRoots';

export function openShadowRootsForTests(): void {
  mode = 'open';
}

export function attachQppShadow(host: Element): ShadowRoot {
  const shadow = host.attachShadow({ mode });
  roots.set(host, shadow);
  return shadow;
}

/** The shadow root our code attached to `host` (open or closed), or the element's open one. */
export function shadowRootOf(host: Element | null | undefined): ShadowRoot | null {
  return host ? (roots.get(host) ?? host.shadowRoot) : null;
}

import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { defineVersionedStore, NewerVersionError, salvageList } from '../../../lib/storage/versioned';

// A store of the shape a new area would have: version 2 holds `items`, version 1 held `names`.
const itemSchema = z.object({ name: z.string() });
const schema = z.object({ version: z.literal(2), items: z.array(itemSchema) });
type Store = z.infer<typeof schema>;
const store = defineVersionedStore<Store>({
  area: 'pushes',
  version: 2,
  schema,
  empty: () => ({ version: 2, items: [] }),
  salvage: salvageList(2, 'items', itemSchema),
  migrations: [
    (raw) =>
      Array.isArray(raw.names)
        ? { version: 2, items: raw.names.map((name) => ({ name: String(name) })) }
        : null,
  ],
});
const add = (s: Store): Store => ({ ...s, items: [...s.items, { name: 'c' }] });

describe('defineVersionedStore', () => {
  it('reads the current version, older ones through the migrations, anything else as empty', () => {
    expect(store.read({ version: 2, items: [{ name: 'a' }] }).items).toEqual([{ name: 'a' }]);
    expect(store.read({ names: ['a', 'b'] }).items).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect(store.read('junk')).toEqual(store.empty());
    expect(store.read({ version: 2, items: [{ name: 'a' }, 42] }).items).toEqual([{ name: 'a' }]);
  });

  it("reads a newer version's data as far as it goes and never writes over it", () => {
    const newer = { version: 3, items: [{ name: 'a', extra: true }], more: 1 };
    expect(store.read(newer).items).toEqual([{ name: 'a' }]);
    expect(store.change(newer, add).write).toBeNull();
    expect(store.change(newer, add).store.items).toHaveLength(2);
    expect(() => store.changeAsked(newer, add)).toThrow(NewerVersionError);
    expect(store.upgrade(newer)).toBeNull();
  });

  it('writes what changed, and upgrades only an older value', () => {
    expect(store.change({ version: 2, items: [] }, (s) => s).write).toBeNull();
    expect(store.changeAsked({ version: 2, items: [] }, add).write?.items).toEqual([{ name: 'c' }]);
    expect(store.upgrade({ version: 2, items: [] })).toBeNull();
    expect(store.upgrade(null)).toBeNull();
    expect(store.upgrade({ names: ['a'] })).toEqual({ version: 2, items: [{ name: 'a' }] });
  });
});

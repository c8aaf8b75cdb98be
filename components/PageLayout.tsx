import type { ComponentChildren } from 'preact';

/**
 * The one layout of the extension's own pages (options, converter): the same column, margins and
 * headings, so moving between them feels like one tool. Sections inside fill the column.
 */
export function PageLayout({ name, children }: { name: string; children: ComponentChildren }) {
  return (
    <main class="qpp page" data-qpp={name}>
      {children}
    </main>
  );
}

/** Styles for the extension's UI inside shadow roots: QSM's CSS cannot reach in, ours cannot leak out. */
export const baseCss = `
:host { all: initial; }
* { box-sizing: border-box; }
.qpp { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Microsoft YaHei", sans-serif; color: #1f2328; }
.qpp button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #c9ccd1; background: #fff; padding: 4px 10px; }
.qpp button.primary { background: #d71f3a; border-color: #d71f3a; color: #fff; }
.qpp button.danger { background: #fff; border-color: #c62828; color: #c62828; }
.findings { list-style: none; margin: 4px 0 0; padding: 0; }
.findings li { margin: 2px 0; padding: 3px 8px; border-left: 3px solid; border-radius: 3px; }
.findings li.error { border-color: #c62828; background: #fdecea; color: #8e1c1c; }
.findings li.warning { border-color: #b26a00; background: #fff4e0; color: #6b4100; }
.findings li.info { border-color: #1565c0; background: #e8f0fe; color: #0d3c78; }
.muted { color: #5f6670; }
.ok { color: #2e7d32; }
`;

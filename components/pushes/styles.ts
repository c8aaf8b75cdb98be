/** Styles of the pending-push views, shared by the popup and the annotations inside QSM's page. */
export const pushesCss = `
.pushes { list-style: none; margin: 0; padding: 0; }
.push { padding: 8px 0; border-bottom: 1px solid #e4e6ea; }
.push:last-child { border-bottom: 0; }
.push-head { display: flex; gap: 8px; align-items: baseline; justify-content: space-between; }
.push-coupon { font-weight: 600; }
.push-type { color: #5f6670; }
.push-line { margin-top: 2px; }
.countdown { font-variant-numeric: tabular-nums; font-weight: 600; }
.countdown .duration { white-space: nowrap; }
.countdown[data-state="cancellable"] { color: #2e7d32; }
.countdown[data-state="closing-soon"] { color: #b26a00; }
.countdown[data-state="closed"], .countdown[data-state="failed"] { color: #c62828; }
.countdown[data-state="sent"], .countdown[data-state="cancelled"] { color: #5f6670; }
.quota-taken { color: #8e1c1c; }
.quota-free { color: #2e7d32; }
`;

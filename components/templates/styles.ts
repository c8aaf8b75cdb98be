/** Styles of the template bar (inside QSM's page, in a shadow root) and the options page's list. */
export const templateBarCss = `
.template-bar { margin: 6px 0 10px; padding: 6px 10px; border: 1px solid #d0d4da; border-left: 3px solid #d71f3a; border-radius: 6px; background: #fff; }
.template-bar .line { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.template-bar select, .template-bar input { font: inherit; padding: 2px 6px; }
.template-bar .summary { margin-top: 4px; font-size: 12px; }
.template-bar .save { margin-top: 6px; display: grid; gap: 6px; max-width: 640px; }
.template-bar .save label span { margin-right: 6px; }
.template-bar fieldset { border: 1px solid #e4e6ea; border-radius: 6px; margin: 0; padding: 4px 8px; }
.template-bar .choice { display: block; }
.template-bar .error { color: #c62828; }
.template-bar .skipped { margin: 2px 0 0; padding-left: 18px; color: #6b4100; }
`;

export const templateManagerCss = `
.templates { display: block; max-width: 560px; margin: 24px auto; padding: 0 16px; }
.templates h2 { font-size: 16px; }
.templates ul.list { list-style: none; margin: 0; padding: 0; }
.templates li.template { padding: 8px 0; border-bottom: 1px solid #e4e6ea; }
.templates .head { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.templates .name { font-weight: 600; margin-right: auto; }
.templates .summary { font-size: 12px; margin-top: 2px; }
.templates input { font: inherit; padding: 2px 6px; }
.templates .error { color: #c62828; }
.templates .file { display: inline-flex; gap: 6px; align-items: center; }
.templates .preview { margin-top: 8px; }
.templates fieldset { border: 1px solid #e4e6ea; border-radius: 6px; margin: 4px 0 0; padding: 4px 8px; }
.templates .choice { display: block; }
`;

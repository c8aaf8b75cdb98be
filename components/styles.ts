/** Styles for the extension's UI inside shadow roots (and the base of its own pages). */
export { default as baseCss } from './base.css?inline';

/** The card's own rules, added to our shadow root when the card first loads (base-css.ts has the rest). */
export const CARD_CSS = `
.card{position:fixed;top:0;left:0;box-sizing:border-box;width:max-content;max-width:min(380px,calc(100vw - 16px));
max-height:min(70vh,520px);overflow:auto;background:var(--bg);color:var(--fg);border:1px solid var(--line);
border-radius:10px;box-shadow:0 8px 28px rgba(0,0,0,.22);padding:12px 14px;z-index:2147483647;text-align:start}
.card:focus{outline:2px solid var(--accent);outline-offset:1px}
.head{display:flex;gap:8px;align-items:flex-start;justify-content:space-between}
h2{font-size:15px;margin:0;font-weight:650}
.zh{margin:2px 0 0;color:var(--muted)}
.zh b{color:var(--fg);font-weight:600;margin-inline-end:6px}
.alias{margin:4px 0 0;font-size:12px;color:var(--muted)}
.def{margin:8px 0}
.meta{margin:6px 0;color:var(--muted);font-size:13px}
h3{font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:10px 0 4px}
blockquote{margin:0 0 8px;padding-inline-start:8px;border-inline-start:3px solid var(--line)}
blockquote p{margin:0 0 2px}
.sec{font-size:12px;color:var(--muted)}
ul{margin:0;padding-inline-start:18px}
li{margin:2px 0}
a{color:var(--accent)}
.chips{display:flex;flex-wrap:wrap;gap:4px;list-style:none;padding:0}
.actions{display:flex;flex-wrap:wrap;gap:6px;margin:10px -14px -12px;border-top:1px solid var(--line);padding:8px 14px;position:sticky;bottom:-12px;background:var(--bg)}
button.link{background:none;border:none;padding:0;color:var(--accent);text-decoration:underline;font-size:12px}
button.chip{font-size:12px;padding:1px 6px}
.close{background:none;border:none;font-size:16px;line-height:1;padding:0 2px}
.status{font-size:12px;color:var(--muted);margin:0;flex-basis:100%}.status:empty{margin-top:-6px}
`;

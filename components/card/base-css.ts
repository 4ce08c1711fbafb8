/**
 * Rules for everything in our shadow root: colours (light and dark), buttons, the selection button and
 * the screen-reader-only live region. Page CSS cannot reach in; ours cannot leak out.
 */
export const BASE_CSS = `
:host{all:initial}
.bl{--bg:#fffdf8;--fg:#1d1b16;--muted:#6b6457;--line:#e4dccb;--accent:#8a5a00;--chip:#f3ecdc;
font:14px/1.45 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;color:var(--fg)}
@media (prefers-color-scheme:dark){.bl{--bg:#23211d;--fg:#f1ece2;--muted:#b3aa99;--line:#403b32;--accent:#e0b35a;--chip:#332f28}}
button{font:inherit;font-size:13px;color:var(--fg);background:var(--chip);border:1px solid var(--line);border-radius:6px;
padding:3px 8px;cursor:pointer}
button:hover{border-color:var(--accent)}
button:focus-visible{outline:2px solid var(--accent)}
.sel{position:fixed;z-index:2147483647;font-size:12px;box-shadow:0 2px 8px rgba(0,0,0,.2);background:var(--bg)}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`;

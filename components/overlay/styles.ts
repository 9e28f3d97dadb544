/**
 * Overlay CSS, adopted into the shadow roots (one shared sheet per kind).
 * px only: `rem` would follow the ad platform's root font size. The badge
 * sheet is kept minimal: thousands of shadow roots resolve it.
 */
export const BADGE_CSS = `
* { box-sizing: border-box; font-family: Roboto, "Segoe UI", Arial, sans-serif; }
.badge {
  display: inline-flex; align-items: center; gap: 3px;
  min-width: 44px; height: 20px; padding: 0 6px; margin: 0;
  border: 1px solid transparent; border-radius: 10px;
  font-size: 12px; font-weight: 600; line-height: 18px; white-space: nowrap;
  cursor: help; color: #fff; background: #5f6368;
}
.badge:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.badge.loss { background: #c5221f; }
.badge.below-target { background: #f9ab00; color: #202124; }
.badge.on-target { background: #188038; }
.badge.na { background: #f1f3f4; color: #3c4043; border-color: #9aa0a6; font-weight: 500; }
.badge.total { box-shadow: inset 0 0 0 1px rgba(0,0,0,.25); }
.tag { font-size: 9px; font-weight: 700; letter-spacing: .3px; opacity: .85; }
.badge.assumed { border: 1px dashed #202124; opacity: .85; }
:host([data-roi-kept]) .badge { opacity: .7; border: 1px dotted currentColor; }
:host([data-roi-kept]) .badge::after { content: "↺"; font-weight: 400; }
`;

/** Breakdown and panel: one copy each on the page, so their rules stay out of the badges' sheet. */
export const PANEL_CSS =
  BADGE_CSS +
  `
.tip {
  position: fixed; z-index: 2147483646; width: 300px; max-width: calc(100vw - 16px);
  padding: 10px 12px; border-radius: 8px; background: #fff; color: #202124;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); font-size: 12px; line-height: 16px;
}
.tip h2 { margin: 0 0 6px; font-size: 13px; font-weight: 600; }
.tip table { width: 100%; border-collapse: collapse; }
.tip td { padding: 1px 0; vertical-align: top; }
.tip td.num { text-align: right; white-space: nowrap; padding-left: 8px; font-variant-numeric: tabular-nums; }
.tip tr.sum td { border-top: 1px solid #dadce0; font-weight: 600; padding-top: 3px; }
.tip tr.sub td:first-child { padding-left: 10px; color: #5f6368; }
.tip .reason { margin: 0 0 6px; padding: 4px 6px; border-radius: 4px; background: #fce8e6; color: #a50e0e; }
.tip .note { margin: 6px 0 0; color: #5f6368; }
.tip .assumed { margin: 0 0 6px; padding: 4px 6px; border: 1px dashed #9aa0a6; border-radius: 4px; background: #f8f9fa; }
.panel .basis { margin: 8px 0 0; padding: 6px 8px; border-radius: 6px; border: 1px dashed #9aa0a6; background: #f8f9fa; }
.panel .basis p { margin: 0 0 4px; }
.panel .basis ul { margin: 0 0 4px; padding-left: 16px; }
.panel .basis.blocked { border: none; background: #fce8e6; color: #a50e0e; }
.panel .basis button { all: unset; cursor: pointer; color: #1a73e8; font-weight: 600; text-decoration: underline; }
.panel .basis button:focus-visible { outline: 2px solid #1a73e8; }
.panel {
  position: fixed; z-index: 2147483645; width: 320px; max-width: calc(100vw - 32px);
  background: #fff; color: #202124; border-radius: 10px; box-shadow: 0 4px 20px rgba(0,0,0,.28);
  font-size: 13px; line-height: 18px; overflow: hidden;
}
.panel header { display: flex; align-items: center; gap: 8px; padding: 8px 10px; background: #202124; color: #fff; cursor: move; touch-action: none; }
.panel header strong { flex: 1; font-size: 13px; }
.panel header .badge { cursor: default; }
.panel button.link {
  all: unset; cursor: pointer; color: #8ab4f8; font-size: 12px; text-decoration: underline;
}
.panel button.link:focus-visible { outline: 2px solid #8ab4f8; }
.panel .body { padding: 8px 10px 10px; }
.panel dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0; }
.panel dt { color: #5f6368; }
.panel dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; }
.panel .problems { margin: 8px 0 0; padding: 6px 8px; border-radius: 6px; background: #fef7e0; }
.panel .problems h3 { margin: 0 0 4px; font-size: 12px; }
.panel .problems ul { margin: 0; padding-left: 16px; }
.panel .actions { margin-top: 8px; text-align: right; }
.panel .steer { margin: 6px 0 0; }
.panel form.period { margin: 8px 0 0; padding: 6px 8px; border-radius: 6px; background: #e8f0fe; font-size: 12px; }
.panel form.period p { margin: 0 0 4px; }
.panel form.period label { display: inline-block; margin: 0 6px 4px 0; }
.panel form.period input { font: inherit; font-size: 12px; padding: 1px 2px; }
.panel form.period button { font: inherit; font-size: 12px; font-weight: 600; cursor: pointer; }
.panel form.period .error { color: #a50e0e; margin: 4px 0 0; }
.panel .actions button { all: unset; cursor: pointer; color: #1a73e8; font-weight: 600; }
.panel .actions button:focus-visible { outline: 2px solid #1a73e8; }
.panel .actions button + button { margin-left: 14px; }
/* The closed panel: one small button in its corner. */
.chip-dock { position: fixed; z-index: 2147483645; }
.chip {
  display: inline-flex; align-items: center; gap: 6px; padding: 4px 6px 4px 10px; border: 0; border-radius: 16px;
  background: #202124; color: #fff; font-size: 12px; font-weight: 600; line-height: 18px; cursor: pointer;
  box-shadow: 0 2px 10px rgba(0,0,0,.3);
}
.chip:focus-visible { outline: 2px solid #8ab4f8; outline-offset: 2px; }
.chip .badge { cursor: pointer; }
.chip-note { padding: 0 6px; border-radius: 9px; background: #fef7e0; color: #202124; font-weight: 500; }
.panel .switch { margin-top: 8px; font: inherit; font-size: 12px; cursor: pointer; }
.panel .switch[aria-pressed="true"] { font-weight: 600; }
.tip h3 { margin: 8px 0 2px; font-size: 12px; font-weight: 600; }
`;

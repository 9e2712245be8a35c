/** The trace page's stylesheet, inlined so the page opens offline. */
export const pageStyle = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #1d2330; }
h1 { font-size: 1.4rem; } h3 { font-size: 1rem; margin: 1rem 0 .3rem; } h4 { font-size: .95rem; margin: .6rem 0 .2rem; }
.summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .5rem; margin-bottom: 1.5rem; }
.summary div { background: #f3f5f9; border-radius: 6px; padding: .5rem .8rem; } .summary b { display: block; font-size: 1.2rem; }
.block { border: 1px solid #d5dae3; border-left: 6px solid #2f9e44; border-radius: 6px; margin: .6rem 0; padding: .4rem .8rem; }
.block.failed { border-left-color: #e03131; }
summary { cursor: pointer; } .where { font-family: ui-monospace, monospace; font-weight: 600; }
.outcome { background: #e7f5ff; border-radius: 4px; padding: 0 .4rem; } .failed .outcome { background: #ffe3e3; }
.figures, .model { color: #5c6473; font-size: .85rem; }
pre { background: #f8f9fb; border: 1px solid #e4e7ed; border-radius: 4px; padding: .4rem .6rem; white-space: pre-wrap; word-break: break-word; margin: .2rem 0; }
.role, .tool-name { font-family: ui-monospace, monospace; font-size: .8rem; color: #364fc7; }
.result.error { background: #fff5f5; } .nothing { color: #5c6473; font-style: italic; }
.timeline { position: relative; height: 1.2rem; background: #f1f3f5; border-radius: 4px; margin: .4rem 0; }
.bar { position: absolute; top: .2rem; height: .8rem; border-radius: 3px; }
.bar.model { background: #4c6ef5; } .bar.tool { background: #40c057; } .bar.error { background: #fa5252; }
.diff span { display: block; min-height: 1.45em; } .diff .added { background: #d3f9d8; } .diff .removed { background: #ffe3e3; }
`;

// A literal at every use, so a real-API build drops the demo's code: an exported const was not
// folded across modules by Rolldown (docs/performance.md, Run of 2026-12-02, later).
declare const __DEMO__: boolean;

/**
 * Replaced at build time (vite.config.ts `define`): true in a demo build (no VITE_API_URL), whose
 * API is the mock worker in the page. A literal at every use, so a real-API build drops all that
 * only the demo uses, in every chunk; an exported `const isDemoMode` was not folded across modules
 * (Rolldown), and the demo's texts, its reset dialog and MUI's Dialog sat in the first chunk.
 */
declare const __DEMO__: boolean;

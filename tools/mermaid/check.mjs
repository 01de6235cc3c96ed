// Parses every ```mermaid block of the Markdown files named on the command
// line with Mermaid's own parser, and exits 1 on the first syntax error or
// the first diagram over Mermaid's default limits: its parser refuses more
// than maxEdges edges, and its renderer more than maxTextSize characters,
// which GitHub and most Markdown viewers keep.
// Mermaid sanitizes labels with DOMPurify, which needs a DOM: jsdom lends one.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');

const { maxTextSize, maxEdges } = mermaid.mermaidAPI.getConfig();
let diagrams = 0;
for (const file of process.argv.slice(2)) {
  const blocks = [...readFileSync(file, 'utf8').matchAll(/```mermaid\n([\s\S]*?)```/g)];
  if (blocks.length === 0) {
    console.error(`${file}: no mermaid block`);
    process.exit(1);
  }
  for (const [, text] of blocks) {
    if (text.length > maxTextSize) {
      console.error(`${file}: a diagram of ${text.length} characters; Mermaid renders at most ${maxTextSize}`);
      process.exit(1);
    }
    try {
      const result = await mermaid.parse(text);
      diagrams++;
      console.log(`${file}: ${result.diagramType} parsed`);
    } catch (err) {
      console.error(`${file}: ${err.message}`);
      process.exit(1);
    }
  }
}
console.log(`${diagrams} diagrams parsed (limits: ${maxTextSize} characters, ${maxEdges ?? 500} edges)`);

// Parses every ```mermaid block of the Markdown files named on the command
// line with Mermaid's own parser, and exits 1 on the first syntax error.
// Mermaid sanitizes labels with DOMPurify, which needs a DOM: jsdom lends one.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');

let diagrams = 0;
for (const file of process.argv.slice(2)) {
  const blocks = [...readFileSync(file, 'utf8').matchAll(/```mermaid\n([\s\S]*?)```/g)];
  if (blocks.length === 0) {
    console.error(`${file}: no mermaid block`);
    process.exit(1);
  }
  for (const [, text] of blocks) {
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
console.log(`${diagrams} diagrams parsed`);

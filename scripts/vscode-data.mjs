#!/usr/bin/env node
/**
 * VS Code custom HTML data from the custom-elements manifest: completion and hover docs for every `cw-*` tag and
 * attribute in HTML files (and CMS templates edited as HTML), so editors see the same contract the code declares.
 *
 *   npm run manifest && node scripts/vscode-data.mjs     → dist/vscode.html-custom-data.json
 *
 * In a portal project: .vscode/settings.json → { "html.customData": ["./node_modules/community-widgets/dist/vscode.html-custom-data.json"] }
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const manifestPath = 'dist/custom-elements.json';
const outputPath = 'dist/vscode.html-custom-data.json';
const docsUrl = 'docs/embedding/README.md';

if (!existsSync(manifestPath)) {
  console.error(`${manifestPath} is missing: run \`npm run manifest\` first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

/** `'none' | 'tianditu' | 'xyz'` → the three names; anything else offers no fixed values. */
function literalValues(typeText = '') {
  const parts = typeText.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
  if (!parts.length || !parts.every((part) => /^(['"`]).*\1$/.test(part))) return undefined;
  return parts.map((part) => ({ name: part.slice(1, -1) }));
}

function attributeData(attribute) {
  const type = attribute.type?.text ?? '';
  const data = { name: attribute.name, description: attribute.description ?? '' };
  if (/^boolean( \| undefined)?$/.test(type)) data.valueSet = 'v';
  const values = literalValues(type);
  if (values) data.values = values;
  return data;
}

function eventsText(events = []) {
  return events.length ? `\n\nEvents: ${events.map((event) => `\`${event.name}\`${event.description ? ` — ${event.description}` : ''}`).join('; ')}` : '';
}

const tags = [];
for (const module of manifest.modules ?? []) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.tagName) continue;
    const seen = new Set();
    const attributes = (declaration.attributes ?? []).filter((a) => !seen.has(a.name) && seen.add(a.name)).map(attributeData);
    tags.push({
      name: declaration.tagName,
      description: `${declaration.summary ?? declaration.description ?? ''}${eventsText(declaration.events)}`.trim(),
      attributes,
      references: [{ name: 'Embedding guide', url: docsUrl }],
    });
  }
}
tags.sort((a, b) => a.name.localeCompare(b.name));
if (!tags.length) {
  console.error(`${manifestPath} declares no custom elements.`);
  process.exit(1);
}
const expected = ['cw-provider', 'cw-grid-map', 'cw-worker-card', 'cw-satisfaction-survey', 'cw-volunteer-signup'];
const missing = expected.filter((tag) => !tags.some((t) => t.name === tag));
// An element whose header comment lacks `@tagname` is not in the manifest; say so rather than ship silently without it.
if (missing.length) console.warn(`Not in the manifest (missing @tagname?): ${missing.join(', ')}`);
writeFileSync(outputPath, `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`);
console.log(`${outputPath}: ${tags.map((t) => `<${t.name}> (${t.attributes.length} attributes)`).join(', ')}`);

#!/usr/bin/env node
// Prints a survey of a data file as a plain HTML form, to paste inside <cw-satisfaction-survey> (see
// docs/embedding/survey-prerender.md). Usage:
//   cw-survey-fallback <data.json> <survey id> [--locale=zh-Hans|zh-Hant|en] [--action=/path] [--heading-level=3]
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { surveyFallbackFromData } from '../dist/node/survey-fallback.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { locale: { type: 'string' }, action: { type: 'string' }, 'heading-level': { type: 'string' } },
});
const [file, surveyId] = positionals;
if (!file || !surveyId) {
  console.error('usage: cw-survey-fallback <data.json> <survey id> [--locale=zh-Hans|zh-Hant|en] [--action=/path] [--heading-level=3]');
  process.exit(2);
}
const locale = values.locale ?? 'zh-Hans';
if (!['zh-Hans', 'zh-Hant', 'en'].includes(locale)) {
  console.error(`cw-survey-fallback: --locale must be zh-Hans, zh-Hant or en, not ${locale}`);
  process.exit(2);
}
try {
  const data = JSON.parse(await readFile(file, 'utf8'));
  const html = await surveyFallbackFromData(data, surveyId, {
    source: file,
    locale,
    action: values.action,
    headingLevel: values['heading-level'] ? Number(values['heading-level']) : undefined,
  });
  process.stdout.write(`${html}\n`);
} catch (error) {
  console.error(`cw-survey-fallback: ${error.message}`);
  process.exit(1);
}

/**
 * Render `{ title, columns, rows, notes }` as a GitHub markdown table. Numbers are formatted by the suite; cells
 * are strings.
 */
export function markdownTable({ title, columns, rows, notes = [] }) {
  const escape = (cell) => String(cell).replaceAll('|', '\\|');
  const lines = [`### ${title}`, '', `| ${columns.map(escape).join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`];
  for (const row of rows) lines.push(`| ${row.map(escape).join(' | ')} |`);
  if (notes.length) lines.push('', ...notes.map((n) => `- ${n}`));
  return lines.join('\n');
}

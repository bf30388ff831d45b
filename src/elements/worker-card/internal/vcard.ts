import type { Worker } from '../../../model/worker.js';

/** RFC 6350 text escaping: backslash, comma, semicolon and newlines would otherwise split fields. */
function escape(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r?\n/g, '\\n');
}

export interface VCardInput {
  worker: Worker;
  roleName: string;
  gridNames: readonly string[];
}

/**
 * A vCard 3.0 of what the worker agreed to publish — never an unpublished phone. 3.0 rather than 4.0 because
 * the phones residents use (and WeChat's file handler) import 3.0 most reliably.
 */
export function buildVCard({ worker, roleName, gridNames }: VCardInput): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `FN:${escape(worker.name)}`, `N:${escape(worker.name)};;;;`];
  lines.push(`ORG:${escape(worker.community)}`);
  lines.push(`TITLE:${escape(worker.title ?? roleName)}`);
  for (const phone of worker.phones.filter((p) => p.publish)) {
    const type = phone.kind === 'mobile' ? 'CELL' : 'WORK';
    lines.push(`TEL;TYPE=${type},VOICE:${escape(phone.number)}`);
  }
  if (worker.office?.publish && worker.office.address) lines.push(`ADR;TYPE=WORK:;;${escape(worker.office.address)};;;;`);
  const note = [gridNames.join('、'), worker.office?.publish ? worker.office.hours : undefined].filter(Boolean).join(' · ');
  if (note) lines.push(`NOTE:${escape(note)}`);
  lines.push('END:VCARD');
  return lines.join('\r\n') + '\r\n';
}

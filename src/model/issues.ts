import * as v from 'valibot';

/** `workers.3.phones.0` → `workers[3].phones[0]`: the form a webmaster can find in their JSON. */
export function formatPath(prefix: string, issue: v.BaseIssue<unknown>): string {
  let path = prefix;
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
  }
  return path;
}

/** The first issue of a failed parse, as `path: message` — short enough for a console line and an error state. */
export function describeIssue(prefix: string, issues: readonly v.BaseIssue<unknown>[]): { path: string; message: string } {
  // Variant and union issues nest the useful message one level down.
  let issue = issues[0]!;
  while (issue.issues?.length) issue = issue.issues[0]!;
  return { path: formatPath(prefix, issue), message: issue.message };
}

// The page as a screen reader gets it: Chromium's own accessibility tree (the DevTools protocol's
// Accessibility.getFullAXTree), walked in reading order (issue 13, WCAG 1.3.1, 2.4.6, 4.1.2).

import type { Page } from 'playwright-core';

interface AxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
  childIds?: string[];
}

/** The tree's nodes that are not ignored, in reading order: role, name and heading level. */
export async function readingOrder(page: Page): Promise<{ role: string; name: string; level?: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const order: { role: string; name: string; level?: number }[] = [];
  const visit = (n: AxNode | undefined) => {
    if (!n) return;
    if (!n.ignored) {
      const level = n.properties?.find((p) => p.name === 'level')?.value.value;
      order.push({
        role: n.role?.value ?? '',
        name: n.name?.value ?? '',
        ...(typeof level === 'number' ? { level } : {}),
      });
    }
    for (const id of n.childIds ?? []) visit(byId.get(id));
  };
  visit(nodes[0]);
  return order;
}

const ACTIONS = new Set(['button', 'link', 'checkbox', 'radio', 'textbox', 'combobox', 'tab', 'spinbutton']);

/**
 * What a screen reader would miss on the page: the landmarks (one banner, one navigation when
 * signed in, one main), one h1 and headings that do not skip a level going down, and an action
 * or field with no name in words (an icon, an arrow or nothing).
 */
export async function treeProblems(page: Page, opts: { signedIn: boolean }): Promise<string[]> {
  const order = await readingOrder(page);
  const problems: string[] = [];
  const count = (role: string) => order.filter((n) => n.role === role).length;
  for (const [role, want] of [
    ['banner', 1],
    ['navigation', opts.signedIn ? 1 : 0],
    ['main', 1],
  ] as const) {
    if (count(role) !== want) problems.push(`${count(role)} ${role} landmarks, not ${want}`);
  }
  const headings = order.filter((n) => n.role === 'heading');
  const ones = headings.filter((h) => h.level === 1);
  if (ones.length !== 1) problems.push(`${ones.length} h1: ${ones.map((h) => h.name).join(' | ')}`);
  if (headings[0] && headings[0].level !== 1) problems.push(`the first heading is h${headings[0].level}`);
  headings.forEach((h, i) => {
    const before = headings[i - 1];
    if (before?.level !== undefined && h.level !== undefined && h.level > before.level + 1)
      problems.push(`h${h.level} «${h.name}» right after h${before.level} «${before.name}»`);
  });
  for (const n of order)
    if (ACTIONS.has(n.role) && !/[\p{L}\p{N}]/u.test(n.name)) problems.push(`${n.role} named «${n.name}»`);
  return problems;
}

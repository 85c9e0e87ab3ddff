// Test helpers for the UI: a fake CoreClient with canned drafts (the real core is tested
// on its own), rendering with act(), and small DOM queries by accessible name.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import type { CoreClient } from '../../../src/ui/core-client';
import type { Analysis, DraftRequest, EmailInput, Finding, TactContext } from '../../../src/shared/types';

export interface FakeClient extends CoreClient {
  drafts: DraftRequest[];
  checks: string[];
  analyses: EmailInput[];
  failDraft: string | null;
}

export function fakeClient(opts: { analysis?: Analysis } = {}): FakeClient {
  const c: FakeClient = {
    drafts: [],
    checks: [],
    analyses: [],
    failDraft: null,
    async analyze(email) {
      c.analyses.push(email);
      return opts.analysis ?? sampleAnalysis({ invitation: /interview/i.test(email.body) });
    },
    async draft(request: DraftRequest, _ctx: TactContext) {
      c.drafts.push(request);
      if (c.failDraft) throw new Error(c.failDraft);
      const v = request.vars;
      const body = `[${request.intent}/${request.reason}/${request.tone}/${request.seed}] Dear ${v.contactName || '[name]'}, about ${v.role} at ${v.company}. ${(v.proposedSlots ?? []).join(' | ')}\n${v.candidateName}`;
      return {
        draft: { subject: `Re: ${v.originalSubject ?? ''}`, body, html: '', warnings: [] },
        findings: v.contactName ? [] : [finding('placeholder', 'error', 'The greeting has no name in it.')],
      };
    },
    async check(body: string) {
      c.checks.push(body);
      return /not interested/i.test(body) ? [finding('blunt', 'warning', '“Not interested” reads as blunt.')] : [];
    },
  };
  return c;
}

export function finding(rule: string, severity: Finding['severity'], message: string): Finding {
  return { rule, severity, message, span: [0, 0] };
}

export function sampleAnalysis(over: Partial<Analysis> = {}): Analysis {
  return {
    invitation: true,
    confidence: 0.9,
    kind: 'invitation',
    signals: ['asks for your availability', 'for a video interview for Senior Analyst', 'third signal'],
    fields: {
      company: 'Acme',
      role: 'Senior Analyst',
      contactName: 'Maria Lopez',
      proposedTimes: ['2026-05-12T10:00'],
      timezone: 'CET',
      format: 'video',
      schedulingLink: '',
      location: '',
    },
    language: 'en',
    ...over,
  };
}

export function sampleEmail(over: Partial<EmailInput> = {}): EmailInput {
  return {
    subject: 'Interview invitation: Senior Analyst',
    fromName: 'Maria Lopez',
    fromEmail: 'maria@acme.example',
    body: 'We would like to invite you to a video interview.',
    receivedAt: '2026-05-01T09:00:00Z',
    ...over,
  };
}

export async function mount(vnode: ComponentChild): Promise<{ root: HTMLElement; unmount: () => Promise<void> }> {
  const root = document.createElement('div');
  document.body.appendChild(root);
  await act(() => render(vnode, root));
  return {
    root,
    unmount: async () => {
      await act(() => render(null, root));
      root.remove();
    },
  };
}

/** Let timers and promises run (real timers), inside act. */
export async function settle(ms = 5): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

export async function waitFor(check: () => boolean, what = 'condition', timeout = 1000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await settle(5);
  }
}

/** Accessible name of an element, enough for our markup: aria-label, aria-labelledby, <label for>, text. */
export function accessibleName(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return aria.trim();
  const by = el.getAttribute('aria-labelledby');
  if (by) return by.split(/\s+/).map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' ').trim();
  if (el.id) {
    const label = el.ownerDocument.querySelector(`label[for="${el.id}"]`);
    if (label) return (label.textContent ?? '').trim();
  }
  const wrap = el.closest('label');
  if (wrap) return (wrap.textContent ?? '').trim();
  if (el instanceof HTMLInputElement) return '';
  return (el.textContent ?? '').trim();
}

const ROLE_SELECTORS: Record<string, string> = {
  button: 'button, [role="button"]',
  textbox: 'textarea, input[type="text"], input:not([type])',
  combobox: 'select',
  checkbox: 'input[type="checkbox"]',
  dialog: '[role="dialog"]',
  group: '[role="group"], fieldset',
  radiogroup: '[role="radiogroup"]',
  radio: 'input[type="radio"], [role="radio"]',
  status: '[role="status"]',
  link: 'a[href]',
};

export function allByRole(root: ParentNode, role: string, name?: string | RegExp): HTMLElement[] {
  const sel = ROLE_SELECTORS[role];
  if (!sel) throw new Error(`unknown role ${role}`);
  return [...root.querySelectorAll<HTMLElement>(sel)].filter((el) => {
    if (name === undefined) return true;
    const n = accessibleName(el);
    return typeof name === 'string' ? n === name : name.test(n);
  });
}

export function byRole<T extends HTMLElement = HTMLElement>(root: ParentNode, role: string, name?: string | RegExp): T {
  const found = allByRole(root, role, name);
  if (found.length !== 1) throw new Error(`expected one ${role} named ${String(name)}, found ${found.length}`);
  return found[0] as T;
}

export async function click(el: HTMLElement): Promise<void> {
  await act(() => el.click());
}

export async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function choose(el: HTMLSelectElement, value: string): Promise<void> {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** jsdom has no ResizeObserver; the frame measures once on mount and on every observed change. */
export function stubResizeObserver(): void {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}

// The draft's height in the framed panel (issue 16): 10 lines when the room the content script
// gives the panel allows, down to 8, so that Insert stays inside the panel without scrolling it. Only the draft gives way; what is below Insert scrolls. A height the
// user dragged the box to is theirs: it is left alone until the room changes.

const MOST = 10;
const LEAST = 8;

export interface DraftFit {
  /** Fit the draft into `room` (px, the panel's most height); `force` after the room changed. */
  fit(room: number, force?: boolean): void;
}

export function draftFitter(doc: Document): DraftFit {
  let ours = '';
  return {
    fit(room, force = false) {
      const box = doc.querySelector<HTMLTextAreaElement>('textarea.tf-draft');
      const last = box?.closest('.tf-composer')?.querySelector<HTMLElement>('.tf-primary-actions');
      if (!box || !last || room <= 0 || box.offsetParent === null) return;
      if (!force && box.style.height !== ours) return; // the user resized it
      const s = getComputedStyle(box);
      const line = parseFloat(s.lineHeight) || 19.5;
      const extra = box.offsetHeight - box.clientHeight + parseFloat(s.paddingTop) + parseFloat(s.paddingBottom);
      const body = box.closest<HTMLElement>('.tf-body');
      const lastBottom = last.getBoundingClientRect().bottom + (body?.scrollTop ?? 0);
      const now = box.getBoundingClientRect().height;
      const want = Math.min(MOST * line + extra, Math.max(LEAST * line + extra, now + room - lastBottom - 8));
      if (Math.abs(want - now) < 1 && box.style.height === ours) return;
      ours = `${Math.floor(want)}px`;
      box.style.height = ours;
    },
  };
}

// Where the in-page panel sits (issue 16). Open, it docks at the right below the open
// message's subject line, never over it, as tall as its content and at most the room left
// down to the window's edge (the frame fits its draft and Insert into that room). Folded to a
// bar after Insert, it goes beside the reply the user is told to read over: above the reply
// editor, else below it, else above the subject — the first place that covers neither. Pure
// geometry in viewport pixels; panel.ts reads the rects and applies the result.

export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface PlaceInput {
  view: { width: number; height: number };
  /** The open message's subject line, when the adapter found it. */
  subject: Rect | null;
  /** This message's reply editor, when one is open. */
  editor: Rect | null;
  /** The bar after Insert (else the whole panel). */
  folded: boolean;
  /** The height the frame's content asks for. */
  height: number;
}

export interface Place {
  top: number;
  left: number;
  width: number;
  height: number;
  /** The most height the panel may take from `top` (the frame fits its draft and Insert into it). */
  room: number;
}

const WIDTH = 420;
const RIGHT = 24;
const EDGE = 16;
const GAP = 8;
/** Below the webmail's own top bar when there is no subject to dock under. */
const TOP = 72;
/** The least room for the open panel: verdict, reply type, 8 lines of draft and Insert (tests/browser/panel-fit.test.ts). */
export const MIN_ROOM = 470;

export function placePanel(i: PlaceInput): Place {
  const { width: vw, height: vh } = i.view;
  const width = Math.max(0, Math.min(WIDTH, vw - 2 * EDGE));
  const left = Math.max(EDGE, vw - RIGHT - width);
  const bottom = vh - GAP;
  // Only what is on screen and in the panel's column can be covered.
  const inColumn = (r: Rect | null): Rect | null => (r && r.bottom > 0 && r.top < vh && r.right > left && r.left < left + width ? r : null);
  const subject = inColumn(i.subject);
  const editor = inColumn(i.editor);
  const height = Math.max(0, i.height);

  if (!i.folded) {
    // Below the subject; higher only when the window is too short for the draft and Insert there.
    const below = Math.max(TOP, subject ? subject.bottom + GAP : TOP);
    const top = Math.max(EDGE, Math.min(below, bottom - MIN_ROOM));
    const room = Math.max(0, bottom - top);
    return { top, left, width, height: Math.min(height, room), room };
  }

  const h = Math.min(height, bottom - EDGE);
  const covers = (top: number) => [subject, editor].some((r) => r && r.top < top + h && r.bottom > top);
  const fits = (top: number) => top >= EDGE && top + h <= bottom;
  const tries: number[] = [];
  if (editor) tries.push(editor.top - GAP - h, editor.bottom + GAP);
  if (subject) tries.push(subject.top - GAP - h, subject.bottom + GAP);
  tries.push(TOP, bottom - h);
  const top = tries.find((t) => fits(t) && !covers(t)) ?? Math.max(EDGE, bottom - h);
  return { top, left, width, height: h, room: Math.max(0, bottom - top) };
}

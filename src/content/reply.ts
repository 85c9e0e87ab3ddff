// "Insert into reply": open the chosen message's own reply (or use the one already open for
// it) and put the draft at its top through the adapter's insert path. Only that reply: an
// editor the adapter cannot tie to this message (a floating New Message, another thread's
// or conversation's reply) is never written into; then the user is told so and copies.
import type { InsertResult } from '../shared/messages';
import { tMessage } from '../shared/i18n';
import type { OpenMessage, Webmail } from './sites/webmail';

const problemNotThisReply = (): string =>
  tMessage({ key: 'insertNotThisReply' }, 'Tactful could not make sure the open reply belongs to this message, so it wrote nothing. Click Reply on this message, then try again, or copy the draft.');

export async function insertIntoReply(adapter: Webmail, message: OpenMessage, text: string, doc: Document, timeoutMs = 5000): Promise<InsertResult> {
  try {
    let editor = adapter.replyEditor(message, doc);
    if (!editor) {
      const opened = await adapter.openReply(message, doc, timeoutMs);
      if ('problem' in opened) return { ok: false, problem: opened.problem };
      editor = opened;
    }
    // The webmail may rebuild its compose right after opening it: look once more.
    if (!editor.isConnected) editor = adapter.replyEditor(message, doc) ?? editor;
    if (!editor.isConnected) {
      return { ok: false, problem: tMessage({ key: 'insertReplyClosed' }, 'The reply box closed before Tactful could write into it. Open the reply again, or copy the draft.') };
    }
    // Last look before writing: still this message's reply (the page may have swapped it).
    if (!adapter.ownsEditor(message, editor, doc)) return { ok: false, problem: problemNotThisReply() };
    const outcome = adapter.insert(editor, text);
    return outcome.ok ? { ok: true } : { ok: false, problem: outcome.problem };
  } catch (e) {
    const detail = e instanceof Error ? e.message : 'unknown error';
    return { ok: false, problem: tMessage({ key: 'insertUnexpectedPage', params: [detail] }, `Something in the page was not what Tactful expected (${detail}). Copy the draft instead.`) };
  }
}

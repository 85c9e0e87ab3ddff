// "Insert into reply": open the message's own reply (or use the one already open) and
// put the draft at its top through the adapter's insert path.
import type { InsertResult } from '../shared/messages';
import type { OpenMessage, Webmail } from './sites/webmail';

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
    if (!editor.isConnected) return { ok: false, problem: 'The reply box closed before Tactful could write into it.' };
    const outcome = adapter.insert(editor, text);
    return outcome.ok ? { ok: true } : { ok: false, problem: outcome.problem };
  } catch (e) {
    return { ok: false, problem: `Something in the page was not what Tactful expected (${e instanceof Error ? e.message : 'unknown error'}).` };
  }
}

// The context menu's one-shot flow on a webmail: draft with the user's defaults and put
// it into this message's reply, exactly as "Insert into reply" in the panel would. When
// that fails, the panel opens with the draft and says why, so nothing is lost.
import type { Reply } from '../shared/messages';
import type { Settings } from '../shared/settings';
import type { QuickIntent } from '../shared/ids';
import { firstDraftRequest } from '../shared/first-draft';
import type { CoreClient } from '../ui/core-client';
import type { Webmail } from './sites/webmail';
import type { Tracked } from './messages-state';
import { insertIntoReply } from './reply';
import { openPanel } from './panel';

export async function quickDraft(o: {
  adapter: Webmail;
  doc: Document;
  client: CoreClient;
  settings: Settings;
  tracked: Tracked;
  intent: QuickIntent;
}): Promise<Reply<string>> {
  const { request, context } = firstDraftRequest(o.intent, o.tracked.analysis, o.tracked.email, o.settings);
  const { draft } = await o.client.draft(request, context);
  const r = await insertIntoReply(o.adapter, o.tracked.message, draft.body, o.doc);
  if (r.ok) return { ok: true, value: 'inserted' };
  openPanel({ adapter: o.adapter, doc: o.doc, client: o.client, settings: o.settings, tracked: o.tracked, returnFocusTo: null, intent: o.intent, notice: r.problem });
  return { ok: false, error: r.problem };
}

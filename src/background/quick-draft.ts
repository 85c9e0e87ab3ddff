// A one-shot draft for the context menu on a page that is not a webmail: the selected
// text is treated as the invitation's body.
import { analyzeEmail } from '../analysis/index';
import { renderDraft } from '../templates/index';
import { firstDraftRequest } from '../shared/first-draft';
import type { EmailInput } from '../shared/types';
import type { QuickIntent } from '../shared/ids';
import { loadUserSettings } from './defaults';

export async function quickDraftFromText(intent: QuickIntent, text: string): Promise<string> {
  const now = new Date();
  const email: EmailInput = { subject: '', fromName: '', fromEmail: '', body: text.slice(0, 200_000), receivedAt: now.toISOString() };
  const settings = await loadUserSettings();
  const analysis = analyzeEmail(email);
  const { request } = firstDraftRequest(intent, analysis, email, settings, now, now.getTime() % 97);
  return renderDraft(request).body;
}

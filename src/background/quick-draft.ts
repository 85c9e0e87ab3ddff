// A one-shot draft for the context menu on a page that is not a webmail: the selected
// text is treated as the invitation's body.
import { analyzeEmail } from '../content/analysis/index';
import { renderDraft } from '../templates/index';
import { loadUserDefaults } from './defaults';

export type QuickIntent = 'decline' | 'reschedule' | 'withdraw';

export async function quickDraftFromText(intent: QuickIntent, text: string): Promise<string> {
  const now = new Date().toISOString();
  const analysis = analyzeEmail({ subject: '', fromName: '', fromEmail: '', body: text.slice(0, 200_000), receivedAt: now });
  const d = await loadUserDefaults();
  const f = analysis.fields;
  const draft = renderDraft({
    intent,
    reason: intent === 'reschedule' ? 'conflict' : d.reason,
    tone: d.tone,
    language: d.language === 'auto' ? analysis.language : d.language,
    seed: Date.now() % 97,
    vars: {
      candidateName: d.candidateName,
      signature: d.signature,
      contactName: f.contactName,
      company: f.company,
      role: f.role,
      interviewTime: f.proposedTimes[0] ?? '',
      format: f.format,
      location: f.location,
    },
  });
  return draft.body;
}

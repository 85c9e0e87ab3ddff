// The content script's analysis of an open message (core/analyze-page, #18). What need not be
// parsed in every mail tab is done here: the received date is read from what the page shows,
// the candidate's name comes from the user's settings (cached until storage changes), and
// the tab's badge is set from this very analysis, so a message switch costs the page one
// message, not two.
import { analyzeEmail } from '../analysis/index';
import { receivedAtOf } from '../shared/received-date';
import type { PageAnalysis, PageAnalyzeRequest, Reply } from '../shared/messages';
import type { EmailInput } from '../shared/types';
import { t } from '../shared/i18n';

/** As the content script cut it before (src/content/messages-state.ts FIELD_CHARS). */
const NAME_CHARS = 500;

export interface PageDeps {
  candidateName(): Promise<string>;
  setBadge(tabId: number, invitation: boolean): void;
}

export async function analyzePage(msg: PageAnalyzeRequest, tabId: number | undefined, deps: PageDeps): Promise<Reply<PageAnalysis>> {
  try {
    const name = await deps.candidateName().catch(() => '');
    const email: EmailInput = {
      ...msg.email,
      receivedAt: msg.email.receivedAt || receivedAtOf(msg.date),
      candidateName: name.slice(0, NAME_CHARS),
    };
    const analysis = analyzeEmail(email);
    let badge: boolean | null = null;
    if (typeof tabId === 'number') {
      badge = analysis.invitation || msg.otherInvitation;
      deps.setBadge(tabId, badge);
    }
    return { ok: true, value: { analysis, email, badge } };
  } catch (e) {
    return { ok: false, error: t('errorCoreFailed', e instanceof Error ? e.message : String(e)) };
  }
}

let cached: Promise<string> | null = null;

/** The candidate's name from the settings, read once per worker start and after every storage change. */
export function cachedCandidateName(load: () => Promise<{ candidateName: string }>): Promise<string> {
  cached ??= load().then(
    (s) => s.candidateName,
    () => {
      cached = null; // unreadable now: try again next time
      return '';
    },
  );
  return cached;
}

/** storage.onChanged: the name may have changed. */
export function forgetCandidateName(): void {
  cached = null;
}

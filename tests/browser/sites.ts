// The two fixture webmails as the browser tests open them: where each is served and where its
// reply editor is (tests/fixtures/webmail/, from ../shared/fixtures/webmail/README.md).
export interface WebmailSite {
  name: 'gmail' | 'outlook';
  url: string;
  editor: string;
}

export const GMAIL: WebmailSite = { name: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox', editor: '.M9 [g_editable="true"][contenteditable="true"]' };
export const OUTLOOK: WebmailSite = { name: 'outlook', url: 'https://outlook.office.com/mail/inbox', editor: '[id^="docking_InitVisiblePart_"] [contenteditable="true"][aria-multiline="true"]' };
export const SITES: readonly WebmailSite[] = [GMAIL, OUTLOOK];

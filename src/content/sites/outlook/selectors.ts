// Every Outlook on the web (OWA) selector Tactful uses, each with what it targets and how long
// it has lasted. Lists are tried in order: first the best hook, then fallbacks.
// Sources: shared/fixtures/webmail/README.md §2 (mailvelope outlook-api mocks from real
// outlook.office.com HTML, Briskine, Selenium scripts). OWA class names are CSS-module hashes
// that churn (.QMubUjbS… → .fEEQb… → .XbIp4); ids, data-* and roles last.

export const OUTLOOK_SELECTORS = {
  /**
   * Message body, strategies in order (markup-2026.md §2.1: three real shapes, ids optional).
   * Nested matches of one message are de-duplicated (the outermost counts).
   */
  body: [
    '[id^="UniqueMessageBody"]', //                       id on the body or on its inner element (mailvelope, captures)
    '.allowTextSelection', //                             non-hashed class on every shape, 2016–2025 (checked: holds an rps_ wrapper)
    'div[role="document"][aria-label]', //                ARIA: role=document body (shape B), checked for an rps_ wrapper
    'div[role="region"][aria-label]', //                  ARIA: localised region "Corpo da mensagem" (shape C), checked likewise
    '[role="document"] > div[aria-label]', //             the body under mailvelope's role=document wrapper (2025)
  ],
  /** The sender's HTML inside every body shape: div.rps_XXXX (classes of the mail get an x_ prefix). */
  bodyContent: ['[class^="rps_"], [class*=" rps_"]'],
  /** Walk outward from the body to the message container, in this order. */
  messageContainer: [
    '.wide-content-host', //                              semantic (non-hashed) class, mailvelope mocks, 2025
    '[aria-expanded]', //                                 the expandable message item
    'div[tabindex="-1"][aria-label]', //                  "Email message" item (label localised, not read)
  ],
  /** The selected conversation in the message list: data-convid (mailvelope getActiveConversationId()). */
  selectedConversation: [
    '#MailList [role="option"][aria-selected="true"][data-convid]',
    '[role="listbox"] [aria-selected="true"][data-convid]',
    '[data-convid][aria-selected="true"]',
  ],
  /** Reading pane roots (ids stable since at least 2020). */
  readingPane: ['#ReadingPaneContainerId', '[data-app-section="MailReadCompose"]', '#ConversationReadingPaneContainer'],
  /** Subject: the heading of the conversation, not inside a message [weak: verify live]. */
  subject: [
    '#ConversationReadingPaneContainer [role="heading"]',
    '[role="heading"][id^="CONV_"][id$="_SUBJECT"]', //   [weak] id pattern seen in 2025–26 scripts
    '#ConversationReadingPaneContainer span[title]',
    '[data-app-section="MailReadCompose"] [role="heading"]',
  ],
  /** Sender: span whose aria-label is "<From>: Name <address>" (label localised, address inside). */
  senderLabel: [
    '[role="region"] span[aria-label]', //                header region (mailvelope mocks)
    'span[aria-label]',
  ],
  /** Sender name text when the label does not parse (hashed class, then persona hover target). */
  senderName: ['[role="region"] span[tabindex="0"]', '.OZZZK', '.lpc-hoverTarget'],
  /** Received time [weak: not in the research sources; verify live]. */
  date: ['[data-testid="SentReceivedSavedTime"]', 'time[datetime]', '[data-testid="SentReceivedSavedTime"] span'],
  /** Message actions toolbar (Fluent v8 OverflowSet; mailvelope attachMsgBtns()). */
  toolbar: ['[role="toolbar"].ms-OverflowSet', '[role="toolbar"]'],
  /** Reply: the icon name is language-agnostic (exact: never ArrowReplyAllRegular); take closest('button'). */
  replyIcon: [
    'i[data-icon-name="ArrowReplyRegular"]', //           Fluent v9 icon, 2023 –
    '[data-icon-name="ArrowReplyRegular"]',
    '[data-icon-name="ArrowReply"]', '[data-icon-name="ArrowReplyFilled"]',
    'i[data-icon-name="Reply"]', //                       Fabric MDL2 icon name of older builds [weak]
  ],
  /** "…" of a tight header: Reply, Reply all, Forward move into its menu (office-js #4954). */
  overflowButton: ['.ms-OverflowSet-overflowButton button', 'button.ms-OverflowSet-overflowButton', '[role="toolbar"] button[aria-haspopup]', '[data-icon-name^="MoreHorizontal"]'],
  /** Items of the menu that opens (markup not captured anywhere: roles only). */
  menuItem: ['[role="menu"] [role="menuitem"]', '[role="menu"] button'],
  /** Compose roots: inline reply (ids stable since 2020), pop-out form. */
  composeRoot: ['[id^="docking_InitVisiblePart_"]', '[data-app-section="Form_Content"]'],
  /** Body editor: contenteditable WITH aria-multiline (the To/Cc wells have none; Briskine 2026). */
  editor: [
    '[id^="docking_InitVisiblePart_"] [contenteditable="true"][aria-multiline="true"]',
    '#editorParent_1 [contenteditable="true"]', //        Selenium scripts' //*[@id="editorParent_1"]/div
    '[data-app-section="Form_Content"] [contenteditable="true"][aria-multiline="true"]', // pop-out
    '[id^="editorParent_"] [contenteditable="true"][role="textbox"]',
  ],
  /** The quoted header of a reply (OWA web and newer builds). */
  quotedHeader: ['#divRplyFwdMsg', '[id$="divRplyFwdMsg"]', '#mail-editor-reference-message-container .outlook-header-wrapper', '#mail-editor-reference-message-container'],
  /** Composes outside the reading pane: dialogs and pop-out forms. */
  notInPane: ['[role="dialog"]', '[data-app-section="Form_Content"]'],
  /** The compose's subject field (hidden for inline replies, shown for new mail and forwards). */
  subjectField: ['input[aria-label*="subject" i]', 'input.subj', 'input[placeholder]', 'input[type="text"]'],
} as const;

/** Localised "From:" label prefixes (mailvelope's German mock: "Von:"). */
export const OUTLOOK_FROM_PREFIXES = ['From', 'Von', 'De', 'Da', 'Van', 'Od', 'Från', 'Fra', 'Lähettäjä', 'От', 'Від', 'Kimden', '寄件者', '发件人', '差出人', '보낸 사람'];

/** Localised Reply button labels, the last fallback only. */
export const OUTLOOK_REPLY_LABELS = ['Reply', 'Antworten', 'Répondre', 'Responder', 'Rispondi', 'Beantwoorden', 'Odpowiedz', 'Svara', 'Svar', 'Vastaa', 'Ответить', 'Yanıtla', '答复', '回覆', '返信', '회신'];

// Every Gmail selector Tactful uses, each with what it targets and how long it has lasted.
// Lists are tried in order: the first is the best hook, the rest are fallbacks.
// Sources: shared/fixtures/webmail/README.md §1 (InboxSDK, gmail.js, mailvelope, FlowCrypt,
// real captures). Attributes and roles outlive Gmail's obfuscated class names; aria-labels
// are localised and only ever a last resort.

export const GMAIL_SELECTORS = {
  /** The conversation area. `role=main` has held since at least 2014 (gmail.js). */
  main: [
    '[role="main"]', //                   stable for 10+ years
    'div.nH.bkK', //                      outer app column, fallback when role=main is missing (Contacts-like pages)
  ],
  /** One message element (expanded or collapsed). */
  message: [
    'div.adn[data-message-id]', //        .adn + data-message-id: 6–12 years (gmail.js, mailvelope)
    '[data-message-id]', //               attribute alone, if .adn is ever renamed
    'div.adn[data-legacy-message-id]', // a freshly sent reply gets data-legacy-message-id later
  ],
  /** Wrapper states: .h7 = expanded, .kv/.ky collapsed, .kQ/.kx hidden (InboxSDK, years). */
  expandedWrapper: ['.h7', '[role="listitem"][aria-expanded="true"]'],
  collapsedWrapper: ['.kv', '.ky', '.kQ', '.kx'],
  /** The message's listitem (holds the message and, in the current layout, its reply area). */
  listItem: ['[role="listitem"]', '.h7', '.kv'],
  /** Thread subject. h2.hP since ~2013; data-thread-perm-id since ~2018. */
  subject: [
    'h2.hP', //                           10+ years
    'h2[data-thread-perm-id]', //         attribute hook
    '.ha h2', //                          InboxSDK's getSubject()
  ],
  /** Sender in the message header: key on [email], not on .gD (gmail.js since 2014). */
  sender: [
    '.gE h3 span[email]', //              header h3.iw > span.gD[email] (Aug-2025 capture)
    'td.gF span[email]', //               InboxSDK getSender()
    'span.gD[email]', //                  gmail.js `from`
    'span[email]:not(.g2)', //            any address that is not a recipient (.g2 = "to")
  ],
  /** Date: span.g3 with the full localised date in title (InboxSDK, 2016 and 2025 captures). */
  date: [
    'span.g3[title]',
    '.gK span[title]', //                 same cell, if .g3 is renamed
    'span.g3', //                         text "… (2 days ago)" as the last resort
  ],
  /** Rendered body: key on .a3s alone (the aXjCH modifier vanished in 2020, gmail.js #620). */
  body: [
    'div.a3s', //                         8+ years
    'div.ii.gt', //                       InboxSDK getContentsElement()
    '.adP', //                            InboxSDK fallback
  ],
  /** Parts of the body that innerText hides but textContent would keep (trimmed quote). */
  bodyHidden: ['.h5', '.adL > .im', '[style*="display: none"]', '[style*="display:none"]'],
  /** Per-message header action cell: td.acX has lasted 10 years; its buttons have not. */
  actionCell: [
    'td.acX', //                          mailvelope attachMsgBtns(), FlowCrypt
    'td.gH.bAm', //                       2025 modifier on the same cell
  ],
  /**
   * Reply button in the action cell. Newest first: a native `<button class="DILLkc">` since
   * Nov 2025 (FlowCrypt PR #6112; no role attribute), `.aaq` before, `.bsQ` with text labels
   * (gmail.js #738). Tag or role both accepted: never require `[role=button]`.
   */
  replyButton: [
    'button.DILLkc', '[role="button"].DILLkc', //   Nov 2025 –
    'button.aaq', '[role="button"].aaq', //         until Nov 2025 (2016 and Aug-2025 captures)
    '[role="button"].bsQ', 'button.bsQ', //         "Button labels: Text" setting
  ],
  /** Any control in the action cell, native or ARIA (the by-position scan). */
  control: ['button, [role="button"]'],
  /**
   * Controls in the action cell that are NOT reply: reaction (.R1Zuwf), More (old .aap, new
   * .Wsq5Cf), anything that opens a menu or is disabled. Attributes first, classes as well.
   */
  notReply: ['[aria-haspopup]:not([aria-haspopup="false"])', '[aria-expanded]', '[aria-disabled="true"]', '[disabled]', '.R1Zuwf', '.aap', '.Wsq5Cf'],
  /** More (per message): opens a menu; `aria-expanded` turns true (FlowCrypt, Jan 2026). */
  more: ['.Wsq5Cf', '.aap', 'button[aria-haspopup]', '[role="button"][aria-haspopup]'],
  /** Reply in the More menu: language-agnostic action type (FlowCrypt @5a6b382a; "94" = Reply). */
  menuReply: ['[role="menu"] [data-action-type="94"]', 'li[data-action-type="94"]'],
  /** Bottom reply row: .amn holding span.ams links (per message before Nov 2025, in a table). */
  bottomRow: [
    '.amn', //                            InboxSDK #findBottomReplyToolbarElement(), mailvelope
    'td.amr .nr', //                      its parent cell (older layout)
  ],
  /** Since Nov 2025 the row lives in a sticky thread footer, outside the list items and any table. */
  footerRow: ['.btDi4d .amn'],
  bottomReply: [
    'span.ams.bkH', //                    Reply; .bkI = reply all, .bkG = forward (years); never "the first link"
    '.ams.bkH', //                        the same, whatever the tag (the footer's controls may turn native)
  ],
  /** Reply area under a message: .ip, gains .adB while a reply is open (InboxSDK, years). */
  replyArea: [
    '.ip', //                             the area itself
    '.adB', //                            its open-reply state class
  ],
  /** The compose root of an inline reply or a pop-out (gmail.js, Briskine: .M9 for years). */
  composeRoot: [
    '.M9', //                             inline reply and pop-out
    '[role="dialog"] .aaZ', //            pop-out body (InboxSDK)
    'form.bAs', //                        the compose form itself
  ],
  /**
   * Body editor candidates, anywhere: `[g_editable=true]` + contenteditable (InboxSDK
   * getMaybeBodyElement()), or the ARIA twin. Which message's reply it is, is decided by
   * ./compose.ts (inputs, structure), never by the `.M9` around it.
   */
  editor: [
    '[g_editable="true"][contenteditable="true"]', //                         the stable key
    '[contenteditable="true"][role="textbox"][aria-multiline="true"]', //     if g_editable goes
  ],
  /** A compose has hidden inputs: draft / composeid / subjectbox (10+ years); rm = replied-to message, lts = thread (InboxSDK, 2015/2018). */
  composeMarker: ['input[name="composeid"]', 'input[name="draft"]', 'input[name="subjectbox"]', 'input[name="rm"]', 'input[name="lts"]'],
  /** Composes outside the conversation: dialogs and pop-outs, moles (floating New Message), full screen. */
  notInThread: ['[role="dialog"]', '.dw', '.aSs', '.AD'],
  /** The thread's legacy id (data-thread-perm-id may be "undefined" since Nov 2025, InboxSDK). */
  threadId: ['h2[data-legacy-thread-id]', '[data-legacy-thread-id]'],
} as const;

/**
 * Localised names of Reply (aria-label / data-tooltip / text), the last fallback only.
 * Gmail's own wording per UI language.
 */
export const GMAIL_REPLY_LABELS = [
  'Reply', 'Antworten', 'Répondre', 'Responder', 'Rispondi', 'Beantwoorden', 'Odpowiedz',
  'Svara', 'Svar', 'Vastaa', 'Odpovědět', 'Válasz', 'Ответить', 'Відповісти', 'Yanıtla',
  'Trả lời', '回复', '回覆', '返信', '답장', 'Balas', 'ตอบกลับ', 'उत्तर दें', 'رد', 'השב',
];

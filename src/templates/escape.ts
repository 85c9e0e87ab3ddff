// Every value that reaches `html` passes through here: the email fields are attacker-controlled.
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(s: string): string {
  return String(s ?? '').replace(/[&<>"'`]/g, (ch) => ENTITIES[ch] ?? ch);
}

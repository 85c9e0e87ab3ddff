// A 5 MB hostile email for the analysis bench: one 1 MB line and deep repetition (nested
// quotes, headers, signatures, times, links), in two orders, since the analyser looks
// at the head of a body more closely than at its tail.
import type { EmailInput } from '../../src/shared/types';

export const FIVE_MB = 5 * 1024 * 1024;
export const ONE_MB = 1024 * 1024;

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** One line of 1 MB: invitation-like phrases, times, links and runs of spaces, no newline. */
export function longLine(length = ONE_MB): string {
  return repeatTo('Interview on Tuesday 10 March 2026, 14:00 to 15:30 CET at https://meet.example/r/abc?x=1&y=2 with Tom Becker (Recruiter)    ---    ', length);
}

/** Many short lines that look like quoted history, headers, signatures and slots, nested deeper and deeper. */
export function deepRepetition(length: number): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const depth = '> '.repeat(i % 64);
    const block = [
      `${depth}On Mon, 2 Mar 2026 at 10:0${i % 10}, Tom Becker <tom.becker@northwind-logistics.example> wrote:`,
      `${depth}From: Tom Becker <tom.becker@northwind-logistics.example> Sent: Monday, 2 March 2026 10:00`,
      `${depth}- Tuesday 10 March, 14:00 to 15:30 CET`,
      `${depth}- Wednesday 11 March, 10:00 to 11:30 CET or 12/03/2026 9am-5pm PST / 17:00 GMT+1`,
      `${depth}Please book a slot: https://calendly.com/northwind/${i}?utm=${'a'.repeat(i % 300)}`,
      `${depth}Kind regards,`,
      `${depth}Tom Becker`,
      `${depth}Recruiter, Northwind Logistics GmbH & Co. KG`,
      `${depth}--`,
      `${depth}${' '.repeat(i % 500)}.`,
    ].join('\n');
    out.push(block);
    size += block.length + 1;
  }
  return out.join('\n').slice(0, length);
}

const OPENING = 'Hi Sam,\n\nThank you for applying for the Backend Engineer role. We would like to invite you to an interview.\n\n';

export interface Pathological {
  name: string;
  email: EmailInput;
}

export function pathologicalEmails(): Pathological[] {
  const fill = FIVE_MB - OPENING.length - ONE_MB - 2;
  const base = { subject: `Interview invitation ${'re: '.repeat(400)}`, fromName: 'Tom Becker', fromEmail: 'tom.becker@northwind-logistics.example', receivedAt: '2026-03-02T09:00:00Z' };
  const a = `${OPENING}${longLine()}\n\n${deepRepetition(fill)}`;
  const b = `${OPENING}${deepRepetition(fill)}\n\n${longLine()}`;
  return [
    { name: '1 MB line first', email: { ...base, body: a } },
    { name: 'deep repetition first', email: { ...base, body: b } },
  ];
}

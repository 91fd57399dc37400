import "server-only";

// How Gameday sends e-mail (today: only password-reset links). Offline there is no mail
// server, so the default mailer writes the message to the server log, where whoever runs
// the app can read the link. A real mailer (SMTP, an API) implements the same interface
// and is chosen in `mailer()` (docs/decisions/005-accounts.md).

export type MailMessage = { to: string; subject: string; text: string };

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** Prints each message to the server log (stdout), one block per message. */
export const logMailer: Mailer = {
  async send({ to, subject, text }) {
    console.log(`mail: to ${to}\nmail: subject ${subject}\n${text.replace(/^/gm, "mail: ")}`);
  },
};

export function mailer(): Mailer {
  return logMailer;
}

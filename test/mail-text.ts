/**
 * The readable text of a raw .eml as nodemailer writes it: headers kept, a base64 or
 * quoted-printable body decoded, so tests can find links in mail of any language.
 */

/** Decodes the body of a single-part message and returns headers + text. */
export function mailText(eml: string): string {
  const split = eml.search(/\r?\n\r?\n/);
  if (split < 0) return eml;
  const headers = eml.slice(0, split);
  const body = eml.slice(split).trim();
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64')
    return `${headers}\n\n${Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')}`;
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return `${headers}\n\n${Buffer.from(bytes, 'latin1').toString('utf8')}`;
  }
  return eml;
}

/** The token of the first `<path>#<token>` link in a message. */
export function linkToken(eml: string, path: string): string {
  const match = new RegExp(`${path}#([A-Za-z0-9_-]{43})`).exec(mailText(eml));
  if (!match) throw new Error(`no ${path} link in the email`);
  return match[1]!;
}

/**
 * E-mail addresses as the API accepts them (`Outreach.Import.EmailAddress`): trimmed, `mailto:` and
 * angle brackets stripped, lower case, a plain local@domain.tld — no display name, no comments, no
 * quoted local part. Null when the text is not such an address.
 */
export function normalizeEmail(value: string | null | undefined): string | null {
  let text = (value ?? '').trim();
  const unwrap = () => {
    if (text.length >= 2 && text.startsWith('<') && text.endsWith('>')) {
      text = text.slice(1, -1).trim();
    }
  };
  unwrap();
  if (/^mailto:/i.test(text)) {
    text = text.slice('mailto:'.length).split('?')[0]!.trim();
  }
  unwrap();
  const address = text.toLowerCase();
  if (address.length === 0 || address.length > 254 || /[",;<>()[\]\\:\s\p{Cc}]/u.test(address)) {
    return null;
  }
  const at = address.indexOf('@');
  if (at <= 0 || at !== address.lastIndexOf('@') || at > 64) {
    return null;
  }
  const local = address.slice(0, at);
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return null;
  }
  const labels = address.slice(at + 1).split('.');
  if (labels.length < 2 || !labels.every((label) => /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u.test(label))) {
    return null;
  }
  const tld = labels[labels.length - 1]!;
  return tld.length >= 2 && (tld.startsWith('xn--') || /^\p{L}+$/u.test(tld)) ? address : null;
}

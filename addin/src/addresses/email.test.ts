import { describe, expect, it } from 'vitest';
import { normalizeEmail } from './email';

describe('normalizeEmail', () => {
  it('accepts plain addresses, trimmed and lower-cased, without mailto: or brackets', () => {
    expect(normalizeEmail('  Ada@Example.COM ')).toBe('ada@example.com');
    expect(normalizeEmail('<ada@example.com>')).toBe('ada@example.com');
    expect(normalizeEmail('mailto:ada@example.com?subject=Hi')).toBe('ada@example.com');
    expect(normalizeEmail('jürgen.müller@bücher.de')).toBe('jürgen.müller@bücher.de');
    expect(normalizeEmail('a+tag@sub.example.co.uk')).toBe('a+tag@sub.example.co.uk');
  });

  it('refuses what is not a single plain address', () => {
    for (const value of ['', 'ada', 'ada@', '@example.com', 'ada@example', 'ada@@example.com', 'Ada <ada@example.com>',
      'ada@example.com, bob@example.com', 'ada @example.com', '.ada@example.com', 'ada..l@example.com', 'ada@-x.com',
      'ada@example.c0m', 'ada@example.c']) {
      expect(normalizeEmail(value), value).toBeNull();
    }
  });
});

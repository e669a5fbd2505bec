import { describe, expect, it } from 'vitest';
import { apiBaseUrl } from './config';

describe('apiBaseUrl', () => {
  it('uses the same origin when no API URL is configured', () => {
    expect(apiBaseUrl({})).toBe('/api');
    expect(apiBaseUrl({ VITE_API_BASE_URL: '  ' })).toBe('/api');
  });

  it('uses the deployed API URL without a trailing slash', () => {
    expect(apiBaseUrl({ VITE_API_BASE_URL: 'https://func-outreach.azurewebsites.net/api/' })).toBe(
      'https://func-outreach.azurewebsites.net/api',
    );
  });
});

/**
 * The content type to send a chosen or dropped file with: LinkedIn's archive as `application/zip` (browsers
 * and systems name ZIPs differently, and some give no type at all), anything else as CSV.
 */
export function uploadType(file: File): string {
  return /zip/i.test(file.type) || /\.zip$/i.test(file.name) ? 'application/zip' : 'text/csv';
}

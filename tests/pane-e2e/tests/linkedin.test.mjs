import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { expectAccessible, launchChromium, paneUrl, screenshot, uniqueUser, withPage } from '../lib.mjs';

// LinkedIn's "Get a copy of your data" archive, generated with the documented shapes and quirks: a
// preamble before the Connections header, a BOM, CRLF, a rejected row, the user's own Positions (a
// company with a comma, a multi-line description), messages with multi-line content, an entry Outreach
// does not read.
const marker = `never-shown-${Date.now().toString(36)}`;
const entries = {
  'Connections.csv':
    '\uFEFFNotes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing."\r\n\r\n' +
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n' +
    'Fernanda,Quintero,https://www.linkedin.com/in/fernanda-quintero-e2e,fernanda@example.com,FCB,Strategy Director,12 Mar 2016\r\n' +
    ',,,not-an-address,Nowhere,,01 Jan 2020\r\n' +
    'Olu,Adeyemi,https://www.linkedin.com/in/olu-adeyemi-e2e/,,Analytical Engines,Engineer,03 Jun 2019\r\n',
  'Positions.csv':
    'Company Name,Title,Description,Location,Started On,Finished On\n' +
    '"FCB, Inc.",Planner,"Brands and campaigns.\nLots of pitches.",Hamburg,Mar 2015,Jun 2018\n' +
    'Babbage & Co,Analyst,,London,2019,\n',
  'Profile.csv':
    'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n' +
    'Sam,Sender,,,,Planner,,,,,,,\n',
  'messages.csv':
    'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n' +
    `c-1,,Sam Sender,https://www.linkedin.com/in/sam-sender-e2e,Fernanda Quintero,linkedin.com/in/fernanda-quintero-e2e,2023-06-11 15:33:58 UTC,,"Hi Fernanda,\n${marker}",INBOX\n` +
    `c-1,,Fernanda Quintero,https://www.linkedin.com/in/fernanda-quintero-e2e,Sam Sender,https://www.linkedin.com/in/sam-sender-e2e,2023-06-12 08:01:00 UTC,,"Great to hear from you!",INBOX\n`,
  'Invitations.csv': 'From,To,Sent At,Message,Direction\n',
};

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** 1 Jan 1980 in MS-DOS form: the ZIP format's first day (a zero date is not a date). */
const dosDate = (0 << 9) | (1 << 5) | 1;

/** A ZIP as LinkedIn sends it: deflated entries, a central directory, the end record. */
function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8');
    const packed = deflateRawSync(data);
    const fileName = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt16LE(20, 6); // version needed
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, packed);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

let browser;
before(async () => (browser = await launchChromium()));
after(() => browser?.close());

test('dropping LinkedIn’s ZIP on the import area shows the report per file, and the card the employer you share', async (t) => {
  const user = uniqueUser('linkedin');
  const archive = zip(entries);
  await withPage(t, browser, async (page) => {
    await page.goto(paneUrl(user));
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Import contacts' }).waitFor();

    // As a file dragged from the desktop onto the drop area (Windows names ZIPs application/x-zip-compressed).
    const dropArea = page.getByRole('region', { name: 'Drop area for LinkedIn’s ZIP or a CSV file' });
    const dataTransfer = await page.evaluateHandle(({ bytes, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'application/x-zip-compressed' }));
      return transfer;
    }, { bytes: [...archive], name: 'Basic_LinkedInDataExport_11-29-2026.zip' });
    await dropArea.dispatchEvent('dragover', { dataTransfer });
    await dropArea.dispatchEvent('drop', { dataTransfer });

    const report = page.getByRole('status').filter({ hasText: 'Imported' });
    await report.getByText('Imported 2 rows').waitFor();
    await report.getByText('Created: 2').waitFor();
    const files = report.getByRole('region', { name: 'Files' });
    const entry = (name) => files.locator(`[data-file="${name}"]`);
    await entry('Connections.csv').getByText('Connections.csv: read as contacts, 2 rows').waitFor();
    // The rejected row names its file (the entry it is listed under) and its physical line after the preamble.
    const rejected = await entry('Connections.csv').getByText(/^Line 6: /).textContent();
    assert.match(rejected, /name/i);
    await entry('Positions.csv').getByText('Positions.csv: read as your positions, 2 rows').waitFor();
    await entry('Profile.csv').getByText(/^Profile\.csv: read as your profile/).waitFor();
    await entry('messages.csv').getByText(/^messages\.csv: read as LinkedIn messages/).waitFor();
    await entry('Invitations.csv').getByText('Invitations.csv: not read').waitFor();
    assert.ok(!(await page.content()).includes(marker), 'the report shows no message content');
    await expectAccessible(page, 'Settings with the LinkedIn archive report');
    await screenshot(page, 'linkedin-import-report.png');

    // Fernanda works at FCB, where the user was from Mar 2015 to Jun 2018 ("FCB, Inc." in Positions.csv).
    await page.getByRole('tab', { name: 'People' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('Fernanda');
    await page.getByRole('list', { name: 'People' }).getByRole('button', { name: /^Fernanda Quintero/ }).click();
    const card = page.getByTestId('person-card');
    await card.getByRole('heading', { name: 'Fernanda Quintero', level: 2 }).waitFor();
    await card.getByText('You both worked at FCB, Inc. (2015–2018)').waitFor();
    await card
      .getByRole('region', { name: 'Questions to ask' })
      .getByText('You both worked at FCB, Inc.: what do you remember of it?')
      .waitFor();
    await expectAccessible(page, 'The card of a person you worked with');
    await screenshot(page, 'linkedin-shared-employer.png');
  });
});

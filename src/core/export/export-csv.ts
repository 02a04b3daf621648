// Contacts as CSV with Google Contacts' column names, so Google Contacts, Outlook and spreadsheets
// read it, and `conet import` reads it back. Values a spreadsheet would run as a formula get a
// leading apostrophe (formula injection); conet's importer removes it again.
import { stringify } from 'csv-stringify/sync';
import type { Contact, Network } from '../model.js';

const HEADERS = [
  'First Name',
  'Last Name',
  'Organization Name',
  'Organization Title',
  'Notes',
  'Labels',
  'E-mail 1 - Label',
  'E-mail 1 - Value',
  'Phone 1 - Label',
  'Phone 1 - Value',
  'Website 1 - Label',
  'Website 1 - Value',
  'Website 2 - Label',
  'Website 2 - Value',
];

const MULTI = ' ::: ';

export function exportCsv(network: Network): string {
  const rows = network.contacts.map((contact) => row(contact).map(neutraliseFormula));
  return stringify([HEADERS, ...rows], { record_delimiter: 'unix' });
}

function row(contact: Contact): string[] {
  const space = contact.name.indexOf(' ');
  const [first, last] = space < 0 ? [contact.name, ''] : [contact.name.slice(0, space), contact.name.slice(space + 1)];
  const labels = ['* myContacts', ...(contact.tags ?? [])].join(MULTI);
  const email = contact.email?.join(MULTI) ?? '';
  const phone = contact.phone?.join(MULTI) ?? '';
  return [
    first,
    last,
    contact.org ?? '',
    contact.role ?? '',
    contact.notes ?? '',
    labels,
    email ? '* Other' : '',
    email,
    phone ? 'Mobile' : '',
    phone,
    contact.url ? 'Website' : '',
    contact.url ?? '',
    contact.linkedin ? 'LinkedIn' : '',
    contact.linkedin ?? '',
  ];
}

/** A leading = + - @ tab or CR makes spreadsheets evaluate the cell; an apostrophe stops that. */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

// The keys that decide whether an imported person is someone already in the network.

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** "https://de.linkedin.com/in/Ada-L/?trk=x" and "linkedin.com/in/ada-l" are the same profile. */
export function linkedinKey(url: string): string {
  const bare = url
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
  return bare.replace(/^([a-z]{2,3}|www|m)\.linkedin\.com\//, 'linkedin.com/');
}

export function isLinkedinUrl(url: string): boolean {
  return /^(?:[a-z]+:\/\/)?(?:[a-z]{2,3}\.|www\.|m\.)?linkedin\.com\//i.test(url.trim());
}

/** Case, accents, punctuation and spacing do not tell two names apart. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Phone numbers compare by their digits (and a leading +). */
export function phoneKey(phone: string): string {
  return phone.trim().replace(/(?!^\+)[^\d]/g, '');
}

// The sites Backstory is turned off on (settings.offSites): host names, matched without
// regard to case.

/** The host an off switch is about: an http(s) page's host name, else null (pages not on
 *  the web, and what is not a URL). */
export function siteHost(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/** Whether `host` is on the off list. */
export function isSiteOff(offSites: readonly string[], host: string): boolean {
  const h = host.toLowerCase();
  return offSites.some((site) => site.toLowerCase() === h);
}

/** The off list with `host` in it (unchanged when it already is). */
export function withSiteOff(offSites: readonly string[], host: string): string[] {
  return isSiteOff(offSites, host) ? [...offSites] : [...offSites, host];
}

// The sites Backstory is turned off on (settings.offSites): host names, matched without
// regard to case.

/** Whether `host` is on the off list. */
export function isSiteOff(offSites: readonly string[], host: string): boolean {
  const h = host.toLowerCase();
  return offSites.some((site) => site.toLowerCase() === h);
}

/** The off list with `host` in it (unchanged when it already is). */
export function withSiteOff(offSites: readonly string[], host: string): string[] {
  return isSiteOff(offSites, host) ? [...offSites] : [...offSites, host];
}

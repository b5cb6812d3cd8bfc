// The page's own routes besides the desk, told from the address alone, so that main.tsx loads
// the waiting-room screen's or the kiosk's code only on their pages (issue 12: the desk's first
// screen carries neither).

export function isDisplayRoute(hash: string): boolean {
  return hash === '#/display' || hash.startsWith('#/display?');
}

export function isSurveyRoute(hash: string): boolean {
  return hash === '#/survey' || hash.startsWith('#/survey?');
}

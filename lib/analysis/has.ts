/** `test` on a shared global regex without leaking `lastIndex` into the next caller. */
export function has(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const hit = re.test(text);
  re.lastIndex = 0;
  return hit;
}

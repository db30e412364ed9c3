/** Seconds as m:ss ("2:05"); fractions are dropped, never rounded up past what was spoken. */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

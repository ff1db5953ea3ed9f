/** Today on the user's own calendar, not in UTC: an assessment made in the evening in Manila is dated that day. */
export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** A page number to link to, or a gap ("…") where pages are left out. */
export type PageNumber = number | "gap";

/**
 * The page numbers a list's page links show: the first, the last and up to `around` either side of
 * the current one, with a gap where pages are skipped — at most 2·around + 5 entries however many
 * pages there are. A gap never stands for a single page: that page is shown instead, as it takes
 * no more room. `page` is clamped to 1…`pages`.
 */
export function pageNumbers(page: number, pages: number, around = 2): PageNumber[] {
  const last = Math.max(1, pages);
  const current = Math.min(Math.max(1, page), last);
  const from = Math.max(1, current - around);
  const to = Math.min(last, current + around);
  const numbers: PageNumber[] = [];
  if (from > 1) numbers.push(1);
  if (from === 3) numbers.push(2);
  else if (from > 3) numbers.push("gap");
  for (let n = from; n <= to; n++) numbers.push(n);
  if (to === last - 2) numbers.push(last - 1);
  else if (to < last - 2) numbers.push("gap");
  if (to < last) numbers.push(last);
  return numbers;
}

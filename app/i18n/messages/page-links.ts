/** Links between the pages of a long list (app/components/page-links.tsx), the same on every list. */
export const nb = {
  "pageLinks.nav": "Sider i listen",
  "pageLinks.showing": "Viser {from}–{to} av {total}",
  "pageLinks.page": "Side {page}",
  "pageLinks.previous": "Forrige side",
  "pageLinks.next": "Neste side",
};

export const en: Record<keyof typeof nb, string> = {
  "pageLinks.nav": "Pages of the list",
  "pageLinks.showing": "Showing {from}–{to} of {total}",
  "pageLinks.page": "Page {page}",
  "pageLinks.previous": "Previous page",
  "pageLinks.next": "Next page",
};

export const nn: Record<keyof typeof nb, string> = {
  "pageLinks.nav": "Sider i lista",
  "pageLinks.showing": "Viser {from}–{to} av {total}",
  "pageLinks.page": "Side {page}",
  "pageLinks.previous": "Førre side",
  "pageLinks.next": "Neste side",
};

export const sv: Record<keyof typeof nb, string> = {
  "pageLinks.nav": "Sidor i listan",
  "pageLinks.showing": "Visar {from}–{to} av {total}",
  "pageLinks.page": "Sida {page}",
  "pageLinks.previous": "Föregående sida",
  "pageLinks.next": "Nästa sida",
};

/** The gathering page's invitee list in pages. */
export const nb = {
  "inviteePages.nav": "Sider i listen over inviterte",
  "inviteePages.showing": "Viser {from}–{to} av {total}",
  "inviteePages.page": "Side {page}",
  "inviteePages.previous": "Forrige side",
  "inviteePages.next": "Neste side",
};

export const nn: Record<keyof typeof nb, string> = {
  "inviteePages.nav": "Sider i lista over inviterte",
  "inviteePages.showing": "Viser {from}–{to} av {total}",
  "inviteePages.page": "Side {page}",
  "inviteePages.previous": "Førre side",
  "inviteePages.next": "Neste side",
};

export const sv: Record<keyof typeof nb, string> = {
  "inviteePages.nav": "Sidor i listan över inbjudna",
  "inviteePages.showing": "Visar {from}–{to} av {total}",
  "inviteePages.page": "Sida {page}",
  "inviteePages.previous": "Föregående sida",
  "inviteePages.next": "Nästa sida",
};

export const en: Record<keyof typeof nb, string> = {
  "inviteePages.nav": "Pages of the invitee list",
  "inviteePages.showing": "Showing {from}–{to} of {total}",
  "inviteePages.page": "Page {page}",
  "inviteePages.previous": "Previous page",
  "inviteePages.next": "Next page",
};

import { useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";

/**
 * After a client-side navigation to another page, start keyboard focus from the top of the document,
 * as a full page load would: the next Tab reaches the skip link, not whatever followed the element
 * that was clicked (or the submit button that is now gone). Same-page submissions keep focus.
 */
export function useFocusResetOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const body = document.body;
    body.tabIndex = -1;
    body.focus({ preventScroll: true });
    body.removeAttribute("tabindex");
  }, [pathname]);
}

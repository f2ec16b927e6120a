import { useNavigate } from "@remix-run/react";
import { useCallback, useRef } from "react";

/**
 * Client-side navigation for the plain links inside one element (a menu, a row of tabs, page
 * links): one click listener for the element, as a Remix `Link` would navigate, where a `Link` per
 * item resolved its path two to four times on every server render of every page (the main menu's
 * eleven `NavLink`s cost 0.3 ms of the About page's 1.5 ms). Without JavaScript the links are
 * ordinary links. A click the browser should handle itself (a modifier key or another button, a
 * target or download, another origin) is left to it. A callback ref, so an element drawn again
 * (page links that come back when a search widens a list) gets its listener again.
 */
export function useClientNavigation() {
  const navigate = useNavigate();
  const detach = useRef<() => void>();
  return useCallback(
    (element: HTMLElement | null) => {
      detach.current?.();
      detach.current = undefined;
      if (!element) return;
      const onClick = (event: MouseEvent) => {
        const link = event.target instanceof Element ? event.target.closest("a") : null;
        if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
          return;
        if (link.target || link.hasAttribute("download") || link.origin !== window.location.origin) return;
        event.preventDefault();
        const to = link.pathname + link.search + link.hash;
        const here = window.location.pathname + window.location.search + window.location.hash;
        // As a Link does: the page already shown is replaced in the history, not pushed again.
        navigate(to, { replace: to === here });
      };
      element.addEventListener("click", onClick);
      detach.current = () => element.removeEventListener("click", onClick);
    },
    [navigate],
  );
}

import { notFound } from "../server/guards.server";

/**
 * Any address no other route answers. Without this route Remix would answer 404 before running the
 * root loader, so the error page would know neither the user nor their language.
 */
export const loader = () => {
  throw notFound();
};

/** Never rendered (the loader always throws); its presence makes this a page, not a resource route. */
export default function NotFound() {
  return null;
}

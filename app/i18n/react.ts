import { useRouteLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import type { Locale } from "../domain/enums";
import { translator, uiLocaleOf, type Translate, type UiLocale } from "./catalog";

type RootData = { locale: Locale } | undefined;

/** The signed-in user's language (or the visitor's choice); bokmål when nothing is known. */
export function useLocale(): Locale {
  return useRouteLoaderData<RootData>("root")?.locale ?? "nb";
}

export function useUiLocale(): UiLocale {
  return uiLocaleOf(useLocale());
}

export function useT(): Translate {
  const locale = useUiLocale();
  return useMemo(() => translator(locale), [locale]);
}

import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import type { Role } from "../../db/schema";
import { NavLinks } from "../components/nav-links";
import type { MessageKey } from "../i18n/catalog";
import { useT } from "../i18n/react";
import { requireProgramAccess } from "../server/guards.server";

const sections: { path: string; label: MessageKey; roles: readonly Role[] }[] = [
  { path: "", label: "reflections.sub.indicators", roles: ["coordinator", "union_rep"] },
  { path: "status", label: "reflections.sub.status", roles: ["coordinator"] },
  { path: "prompts", label: "reflections.sub.prompts", roles: ["coordinator"] },
];

/** The programme's reflections tab: anonymous indicators, and for the coordinator who has submitted and the prompts. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator", "union_rep");
  return { programId: program.id, sections: sections.filter((s) => s.roles.some((r) => user.roles.includes(r))) };
}

export default function ProgramReflections() {
  const { programId, sections } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="stack">
      {sections.length > 1 && (
        <NavLinks
          label={t("reflections.sub.label")}
          className="program-tabs"
          links={sections.map((s) => ({
            to: `/programs/${programId}/reflections${s.path ? `/${s.path}` : ""}`,
            label: t(s.label),
            end: s.path === "",
          }))}
        />
      )}
      <Outlet />
    </div>
  );
}

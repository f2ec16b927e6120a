import { Heading, Tag } from "@digdir/designsystemet-react";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { programTabs } from "../components/program-tabs";
import { NavLinks } from "../components/nav-links";
import { useT } from "../i18n/react";
import { isSecretariatMember } from "../server/direction-access.server";
import { forbidden, requireOwnProgram } from "../server/guards.server";

/**
 * The frame of every programme page: title, status and the sections the user may open — by their
 * roles, and for a secretariat member (who may hold only the leader role) the direction.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, program } = await requireOwnProgram(request, params.programId);
  // The secretariat is asked about only when the roles do not already open the direction.
  const tabs = programTabs
    .filter(
      (tab) => tab.roles.some((r) => user.roles.includes(r)) || (tab.path === "direction" && isSecretariatMember(program.id, user.id)),
    )
    .map(({ path, label }) => ({ path, label }));
  if (!tabs.length) throw forbidden();
  return { program: { id: program.id, title: program.title, status: program.status }, tabs };
}

export default function ProgramLayout() {
  const { program, tabs } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="stack">
      <div>
        <Heading level={1} data-size="lg">
          {program.title}
        </Heading>
        <Tag>{t(`program.status.${program.status}`)}</Tag>
      </div>
      <NavLinks
        label={t("tabs.label")}
        className="program-tabs"
        links={tabs.map((tab) => ({
          to: `/programs/${program.id}${tab.path ? `/${tab.path}` : ""}`,
          label: t(tab.label),
          end: tab.path === "",
        }))}
      />
      <Outlet />
    </div>
  );
}

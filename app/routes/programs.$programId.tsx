import { Heading, Tag } from "@digdir/designsystemet-react";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { programTabs } from "../components/program-tabs";
import { useT } from "../i18n/react";
import { requireProgramAccess } from "../server/guards.server";

/** The frame of every programme page: title, status and the sections the user's roles may open. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator", "union_rep", "facilitator");
  return {
    program: { id: program.id, title: program.title, status: program.status },
    tabs: programTabs.filter((tab) => tab.roles.some((r) => user.roles.includes(r))),
  };
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
      <nav aria-label={t("tabs.label")} className="program-tabs">
        <ul>
          {tabs.map((tab) => (
            <li key={tab.path}>
              <NavLink to={`/programs/${program.id}${tab.path ? `/${tab.path}` : ""}`} end={tab.path === ""}>
                {t(tab.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}

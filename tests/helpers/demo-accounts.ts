/** The demo seed's sign-ins, one per role (password `samling-demo`). */
export const demoAccounts = {
  coordinator: "coordinator@example.org",
  leader: "leader@example.org",
  union: "union@example.org",
  facilitator: "facilitator@example.org",
  directorate: "directorate@example.org",
  admin: "admin@example.org",
} as const;

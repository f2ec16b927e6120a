import { useLoaderData } from "@remix-run/react";

export const loader = () => ({ message: "A bare Remix route" });

export default function Index() {
  const { message } = useLoaderData<typeof loader>();
  return <h1>{message}</h1>;
}

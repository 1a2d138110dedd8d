import { createFileRoute } from "@tanstack/react-router";
import { useMemo } from "react";
import { userDetailQueryOptions } from "@/features/identity-users/api/identity-user-queries";
import { UserDetailScreen } from "@/features/identity-users/components/user-detail-screen";
import { userPermissions } from "@/features/identity-users/user-permissions";
import { guardScreen } from "@/lib/route-guards";

export const Route = createFileRoute(
  "/_authed/t/$tenant/identity/users_/$userId",
)({
  // Called inline: passed directly, guardScreen's `params: object` would become this route's params type.
  beforeLoad: ({ context, params }) =>
    guardScreen("identity.users")({ context, params }),
  // A failed read is shown by the screen, with a retry.
  loader: async ({ context, params }) => {
    await context.queryClient
      .ensureQueryData(userDetailQueryOptions(params.tenant, params.userId))
      .catch(() => undefined);
  },
  component: UserPage,
});

function UserPage() {
  const { tenant, userId } = Route.useParams();
  const { session } = Route.useRouteContext();
  const permissions = useMemo(
    () => userPermissions(session.operator.grants, tenant),
    [session.operator.grants, tenant],
  );
  return (
    <UserDetailScreen
      key={`${tenant}:${userId}`}
      tenant={tenant}
      userId={userId}
      permissions={permissions}
    />
  );
}

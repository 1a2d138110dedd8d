import { createFileRoute } from "@tanstack/react-router";
import { useMemo } from "react";
import { userListQueryOptions } from "@/features/identity-users/api/identity-user-queries";
import {
  usersListRequest,
  validateUsersSearch,
} from "@/features/identity-users/identity-users-search";
import { UsersScreen } from "@/features/identity-users/components/users-screen";
import { userPermissions } from "@/features/identity-users/user-permissions";
import { guardScreen } from "@/lib/route-guards";

export const Route = createFileRoute("/_authed/t/$tenant/identity/users")({
  validateSearch: validateUsersSearch,
  beforeLoad: guardScreen("identity.users"),
  // Only what the server is asked for: hiding a column does not reload the list.
  loaderDeps: ({ search }) => usersListRequest(search),
  // The page is asked for as soon as the URL is known, but not waited for: the screen (header,
  // filters, the table with placeholder rows in the space the rows take) shows at once and the
  // rows fill in. On a 100,000-user tenant the directory query is the slowest step of the load.
  // A failed page is shown by the table, with a retry, rather than by the route's error page.
  loader: ({ context, params, deps }) => {
    void context.queryClient.prefetchQuery(userListQueryOptions(params.tenant, deps));
  },
  component: UsersPage,
});

function UsersPage() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  const { tenant } = Route.useParams();
  const { session } = Route.useRouteContext();
  const permissions = useMemo(
    () => userPermissions(session.operator.grants, tenant),
    [session.operator.grants, tenant],
  );
  return (
    <UsersScreen
      key={tenant}
      tenant={tenant}
      search={search}
      permissions={permissions}
      onSearchChange={(change, options) =>
        void navigate({
          search: (previous) => ({ ...previous, ...change }),
          replace: options?.replace,
        })
      }
    />
  );
}

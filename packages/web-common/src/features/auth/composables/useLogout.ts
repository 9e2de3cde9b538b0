import { useApolloClient, useMutation } from '@vue/apollo-composable';
import { graphql } from '@kinerja/schema/gql';
import { useRouter } from 'vue-router';
import { isUnauthenticated } from '../../../apollo/errors';
import { LOGIN_ROUTE } from '../navigation';

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

/** Ends the session on the server, forgets everything cached for this user, shows the login page. */
export function useLogout() {
  const { client } = useApolloClient();
  const router = useRouter();
  const { mutate, loading, error } = useMutation(LogoutMutation, { throws: 'never' });

  async function logout(): Promise<void> {
    const result = await mutate();
    // UNAUTHENTICATED: the session had already ended, which is what the user wanted.
    if (!result?.data && !isUnauthenticated(error.value)) return;
    await client.clearStore();
    await router.replace({ name: LOGIN_ROUTE });
  }

  return { logout, loading, error };
}

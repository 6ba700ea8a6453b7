import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, useRoutes } from 'react-router';
import { ApiError } from './api/client';
import { routes } from './routes';

const queryClient = new QueryClient({
  defaultOptions: {
    // A failed request is retried once, unless the API said no (4xx): then the user sees the
    // API's message at once rather than after a wait.
    queries: {
      retry: (failures, error) => failures < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

function AppRoutes() {
  return useRoutes(routes);
}

// Declarative router mode: the app loads no route data through the router, and this mode keeps
// the first page's JavaScript smaller than the data router.
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  );
}

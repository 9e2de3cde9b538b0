// A relative import: Vite bundles it with this config (a package import would be loaded by Node as .ts).
import { defineAppConfig } from '../../packages/web-common/config/vite';

// Served by the API under /employee/ (same origin as /graphql).
export default defineAppConfig({ base: '/employee/', port: 5173 });

// Build-time replacement of `graphql(`…`)` calls by the document codegen generated for them.
//
// The client preset's runtime `graphql()` looks documents up in one map holding every document of
// both apps, so every page's queries would load with the first page (the preset recommends its
// Babel/SWC plugin for this; this plugin does the same for Vite without Babel). Each call becomes
// the document's object literal from packages/schema/src/gql/graphql.ts, found by its operation or
// fragment name, so a document ships in the chunk of the page that uses it. Types are unaffected
// (TypeScript still sees the call); a call whose document is not found is left as it is.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const NAME = /\b(query|mutation|subscription|fragment)\s+([_A-Za-z][_0-9A-Za-z]*)/;
const EXPORT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;

export function inlineGraphqlDocuments(generatedFile: string): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'kinerja:inline-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      documents = new Map(
        [...readFileSync(generatedFile, 'utf8').matchAll(EXPORT)].map((m) => [m[1]!, m[2]!]),
      );
    },
    transform(code, id) {
      if (id.includes('/packages/schema/') || !code.includes('graphql(')) return null;
      let replaced = 0;
      const out = code.replace(CALL, (call, source: string) => {
        const found = NAME.exec(source);
        if (!found) return call;
        const [, kind, name] = found;
        const literal = documents.get(
          kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`,
        );
        if (!literal) {
          this.warn(
            `no generated document for ${kind} ${name}: run npm run codegen -w @kinerja/schema`,
          );
          return call;
        }
        replaced += 1;
        return `(${literal})`;
      });
      return replaced ? { code: out, map: null } : null;
    },
  };
}

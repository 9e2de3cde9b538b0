import { graphql } from '@kinerja/schema/gql';

/** Stores a link (http/https) as the caller's evidence, to attach by id like an upload. */
export const AddLinkEvidenceMutation = graphql(`
  mutation AddLinkEvidence($url: String!, $title: String) {
    addLinkEvidence(url: $url, title: $title) {
      id
      kind
      originalName
      url
    }
  }
`);

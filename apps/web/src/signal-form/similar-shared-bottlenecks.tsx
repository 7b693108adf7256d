interface Props {
  title: string;
  description: string;
}

/**
 * HOOK (issue 4, still open): "shows similar shared bottlenecks before sending". The API has no public
 * route for this yet, so none is invented here and this renders nothing. When openapi.json gains one,
 * regenerate the client (`npm run openapi:write`), fetch it here (debounced, from title and
 * description) and list the matches, so someone can recognise an existing bottleneck before sending.
 */
export function SimilarSharedBottlenecks(_props: Props) {
  return null;
}

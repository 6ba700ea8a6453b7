/** The id of the input for a field path ("persons.0.name" → "veld-persons-0-name"). */
export function fieldId(path: string): string {
  return `veld-${path.replace(/\./g, '-')}`;
}

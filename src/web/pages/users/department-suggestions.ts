/**
 * Suggestions for a user's department. The field is free text, not a fixed list: every
 * municipality names and cuts its departments differently, and the course figures are only useful
 * in the municipality's own terms. These are the departments whose staff meet the risk groups
 * (issue 11: front desk, inspection, neighbourhood team, school attendance), in the usual Dutch
 * names, so most users get the same spelling and count as one department.
 */
export const DEPARTMENT_SUGGESTIONS = [
  'Publiekszaken',
  'Toezicht en handhaving',
  'Wijkteam',
  'Sociaal domein',
  'Leerplicht',
  'Werk en inkomen',
  'Openbare orde en veiligheid',
  'Vergunningen',
] as const;

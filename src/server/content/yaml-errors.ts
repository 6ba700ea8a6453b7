import type { ErrorCode, YAMLError } from 'yaml';

/** Dutch explanations of the YAML mistakes an editor typically makes; the library's own text follows. */
const EXPLANATIONS: Partial<Record<ErrorCode, string>> = {
  BAD_INDENT: 'verkeerd ingesprongen',
  TAB_AS_INDENT: 'inspringen met een tab; gebruik spaties',
  DUPLICATE_KEY: 'een veld staat twee keer in hetzelfde blok',
  MISSING_CHAR: 'er ontbreekt een teken (bijvoorbeeld een afsluitend aanhalingsteken of haakje)',
  MULTILINE_IMPLICIT_KEY: 'een veldnaam loopt over meer regels; vergeten dubbele punt of aanhalingsteken?',
  BLOCK_AS_IMPLICIT_KEY: 'een veldnaam verwacht; vergeten dubbele punt?',
  UNEXPECTED_TOKEN: 'onverwacht teken',
  BAD_SCALAR_START: 'een waarde begint met een teken dat aanhalingstekens nodig heeft (zet de tekst tussen "...")',
  BAD_DQ_ESCAPE: 'ongeldige escape (\\) in een tekst tussen dubbele aanhalingstekens',
  MULTIPLE_DOCS: 'meer dan één document in het bestand (een regel "---")',
};

/** Files no editor writes: a "billion laughs" of aliases, or absurd nesting (src/server/content/yaml-depth.ts). */
export const UNUSABLE_YAML = {
  aliases: 'YAML-fout: het bestand herhaalt via verwijzingen (*anker) zo vaak andere delen dat het onleesbaar groot wordt; schrijf de waarden uit',
  nesting: 'YAML-fout: het bestand is te diep genest om te lezen',
};

/** Line of a YAML error (1-based), when the parser knows it. */
export function yamlErrorLine(error: YAMLError): number | undefined {
  return error.linePos?.[0].line;
}

/** "YAML-fout (regel 3, kolom 5): verkeerd ingesprongen — All mapping items must start at the same column". */
export function yamlErrorMessage(error: YAMLError): string {
  const where = error.linePos ? ` (regel ${error.linePos[0].line}, kolom ${error.linePos[0].col})` : '';
  // With prettyErrors the library appends " at line N, column M:" and a code excerpt; the position is given above.
  const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const explanation = EXPLANATIONS[error.code];
  return `YAML-fout${where}: ${explanation ? `${explanation} — ${detail}` : detail}`;
}

import type { Language } from './localized';

/**
 * The content checks' messages in Dutch and English. A check reports a code with parameters; the
 * server and the command line render it in Dutch (as the `message` of the problem), and the
 * browser renders the same code in the UI language, so a regiobeheerder working in English reads
 * the problems in English too. A parameter may itself be a message (a field's problem inside
 * "partner X, contact Y: …"), rendered in the same language.
 */

/** A message as it travels: a code of MESSAGES and its parameters (plain JSON). */
export interface MessageRef {
  code: string;
  params: object;
}

type Say = (inner: MessageRef) => string;
interface Template<P> {
  nl: (p: P, say: Say) => string;
  en: (p: P, say: Say) => string;
}
const define = <P = Record<string, never>>(template: Template<P>): Template<P> => template;

type NodeKind = 'question' | 'outcome';
const kindNl = (kind: NodeKind) => (kind === 'question' ? 'vraag' : 'uitkomst');
const kindEn = (kind: NodeKind) => (kind === 'question' ? 'question' : 'outcome');
const quoted = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(', ');

/** Seed 000 and the product brief, said after every breach of the 112 rule. */
const alarmRuleNl = (alarm: string) => `de eerste vraag moet gaan over acuut gevaar, met optie "yes" naar een uitkomst met contact "${alarm}"`;
const alarmRuleEn = (alarm: string) => `the first question must be about acute danger, with option "yes" leading to an outcome with contact "${alarm}"`;

/** The lists of the knowledge editor, as the problems name them. */
export type KnowledgeListName = { list: 'signals'; form: string } | { list: 'riskGroups' | 'sectors' | 'promoting' | 'hindering' };
const listNl = (p: KnowledgeListName) =>
  p.list === 'signals' ? `signalen van ${p.form}` : { riskGroups: 'risicogroepen', sectors: 'sectoren', promoting: 'wat helpt in het gesprek', hindering: 'wat het gesprek belemmert' }[p.list];
const listEn = (p: KnowledgeListName) =>
  p.list === 'signals' ? `signals of ${p.form}` : { riskGroups: 'risk groups', sectors: 'sectors', promoting: 'what helps the conversation', hindering: 'what hinders the conversation' }[p.list];

/** Entries of knowledge and the information point whose ids must be unique in their list. */
export type EntryKind = 'form' | 'signal' | 'riskGroup' | 'sector' | 'tip' | 'group' | 'section' | 'contactGroup';
const entryNl = (kind: EntryKind, form?: string) =>
  ({ form: 'vorm van uitbuiting', signal: `vorm "${form}": signaal`, riskGroup: 'risicogroep', sector: 'sector', tip: 'gesprekstip', group: 'groep', section: 'onderdeel', contactGroup: 'contactgroep' })[kind];
const entryEn = (kind: EntryKind, form?: string) =>
  ({ form: 'form of exploitation', signal: `form "${form}": signal`, riskGroup: 'risk group', sector: 'sector', tip: 'conversation tip', group: 'group', section: 'section', contactGroup: 'contact group' })[kind];

/** " in file" after "already exists", when the first one is in another file. */
const inOther = (other: string | undefined) => (other === undefined ? '' : ` in ${other}`);

export const MESSAGES = {
  // Route maps: the decision tree (validate-graph.ts).
  'graph.startMissing': define<{ start: string }>({
    nl: (p) => `startstap "${p.start}" bestaat niet`,
    en: (p) => `start step "${p.start}" does not exist`,
  }),
  'graph.duplicateNode': define<{ node: string; first: number; again: number }>({
    nl: (p) => `stap "${p.node}" komt meer dan eens voor (de ${p.first}e en de ${p.again}e stap in de lijst); elke stap heeft een eigen id`,
    en: (p) => `step "${p.node}" occurs more than once (steps ${p.first} and ${p.again} in the list); every step needs its own id`,
  }),
  'graph.duplicateOption': define<{ node: string; option: string }>({
    nl: (p) => `vraag "${p.node}": optie "${p.option}" komt meer dan eens voor`,
    en: (p) => `question "${p.node}": option "${p.option}" occurs more than once`,
  }),
  'graph.unknownNext': define<{ node: string; option: string; next: string }>({
    nl: (p) => `vraag "${p.node}": optie "${p.option}" verwijst naar onbekende stap "${p.next}"`,
    en: (p) => `question "${p.node}": option "${p.option}" leads to step "${p.next}", which does not exist`,
  }),
  'graph.duplicateContact': define<{ node: string; contact: string }>({
    nl: (p) => `uitkomst "${p.node}": contact "${p.contact}" staat er meer dan eens in`,
    en: (p) => `outcome "${p.node}": contact "${p.contact}" is listed more than once`,
  }),
  'graph.unknownContact': define<{ node: string; contact: string }>({
    nl: (p) => `uitkomst "${p.node}": onbekend contact "${p.contact}" (staat niet in een partnerbestand)`,
    en: (p) => `outcome "${p.node}": unknown contact "${p.contact}" (no partner file has it)`,
  }),
  'graph.unreachable': define<{ node: string; kind: NodeKind; start: string }>({
    nl: (p) => `${kindNl(p.kind)} "${p.node}" is vanaf de startstap "${p.start}" niet bereikbaar`,
    en: (p) => `${kindEn(p.kind)} "${p.node}" cannot be reached from the start step "${p.start}"`,
  }),
  'graph.cycle': define<{ node: string; option: string; target: string; loop: string }>({
    nl: (p) => `vraag "${p.node}": optie "${p.option}" leidt terug naar "${p.target}", een kringloop (${p.loop}); een routekaart mag geen lussen hebben`,
    en: (p) => `question "${p.node}": option "${p.option}" leads back to "${p.target}", a loop (${p.loop}); a route map must not contain loops`,
  }),
  'graph.startIsOutcome': define<{ node: string; alarm: string }>({
    nl: (p) => `startstap "${p.node}" is een uitkomst; ${alarmRuleNl(p.alarm)}`,
    en: (p) => `start step "${p.node}" is an outcome; ${alarmRuleEn(p.alarm)}`,
  }),
  'graph.startWithoutYes': define<{ node: string; alarm: string }>({
    nl: (p) => `startvraag "${p.node}" heeft geen optie "yes"; ${alarmRuleNl(p.alarm)}`,
    en: (p) => `start question "${p.node}" has no option "yes"; ${alarmRuleEn(p.alarm)}`,
  }),
  'graph.yesToQuestion': define<{ node: string; target: string; alarm: string }>({
    nl: (p) => `startvraag "${p.node}": optie "yes" leidt naar vraag "${p.target}" in plaats van naar een uitkomst; ${alarmRuleNl(p.alarm)}`,
    en: (p) => `start question "${p.node}": option "yes" leads to question "${p.target}" instead of an outcome; ${alarmRuleEn(p.alarm)}`,
  }),
  'graph.yesWithoutAlarm': define<{ node: string; target: string; alarm: string }>({
    nl: (p) => `startvraag "${p.node}": optie "yes" leidt naar uitkomst "${p.target}" zonder contact "${p.alarm}"; ${alarmRuleNl(p.alarm)}`,
    en: (p) => `start question "${p.node}": option "yes" leads to outcome "${p.target}", which lacks contact "${p.alarm}"; ${alarmRuleEn(p.alarm)}`,
  }),
  'graph.pathToUnknown': define<{ node: string; steps: string; next: string }>({
    nl: (p) => `vraag "${p.node}": niet elk pad eindigt bij een uitkomst, bijvoorbeeld ${p.steps} → onbekende stap "${p.next}"`,
    en: (p) => `question "${p.node}": not every path ends at an outcome, for example ${p.steps} → unknown step "${p.next}"`,
  }),
  'graph.pathToLoop': define<{ node: string; steps: string; target: string }>({
    nl: (p) => `vraag "${p.node}": niet elk pad eindigt bij een uitkomst, bijvoorbeeld ${p.steps} → terug naar "${p.target}" (kringloop)`,
    en: (p) => `question "${p.node}": not every path ends at an outcome, for example ${p.steps} → back to "${p.target}" (a loop)`,
  }),

  // Route maps: texts the editor must fill in (map-issues.ts).
  'map.questionText': define<{ node: string }>({
    nl: (p) => `vraag "${p.node}": de vraag heeft nog geen Nederlandse tekst`,
    en: (p) => `question "${p.node}": the question has no Dutch text yet`,
  }),
  'map.fewOptions': define<{ node: string }>({
    nl: (p) => `vraag "${p.node}": een vraag heeft minstens twee antwoorden`,
    en: (p) => `question "${p.node}": a question needs at least two answers`,
  }),
  'map.optionText': define<{ node: string; number: number }>({
    nl: (p) => `vraag "${p.node}": antwoord ${p.number} heeft nog geen Nederlandse tekst`,
    en: (p) => `question "${p.node}": answer ${p.number} has no Dutch text yet`,
  }),
  'map.outcomeTitle': define<{ node: string }>({
    nl: (p) => `uitkomst "${p.node}": de uitkomst heeft nog geen Nederlandse titel`,
    en: (p) => `outcome "${p.node}": the outcome has no Dutch title yet`,
  }),
  'map.outcomeText': define<{ node: string }>({
    nl: (p) => `uitkomst "${p.node}": de uitkomst heeft nog geen Nederlandse tekst`,
    en: (p) => `outcome "${p.node}": the outcome has no Dutch text yet`,
  }),

  // References and uniqueness across the content files (validate-content.ts).
  'content.duplicateRegion': define<{ region: string }>({
    nl: (p) => `regio "${p.region}" komt meer dan eens voor`,
    en: (p) => `region "${p.region}" occurs more than once`,
  }),
  'content.duplicateSubregion': define<{ region: string; subregion: string; owner?: string }>({
    nl: (p) => `regio "${p.region}": deelregio "${p.subregion}" bestaat al${p.owner === undefined ? '' : ` in regio "${p.owner}"`}`,
    en: (p) => `region "${p.region}": subregion "${p.subregion}" already exists${p.owner === undefined ? '' : ` in region "${p.owner}"`}`,
  }),
  'content.regionMapTwice': define<{ region: string; map: string }>({
    nl: (p) => `regio "${p.region}": routekaart "${p.map}" staat er meer dan eens in`,
    en: (p) => `region "${p.region}": route map "${p.map}" is listed more than once`,
  }),
  'content.regionMapMissing': define<{ region: string; map: string }>({
    nl: (p) => `regio "${p.region}": routekaart "${p.map}" bestaat niet (geen bestand in routemaps/ met dit id)`,
    en: (p) => `region "${p.region}": route map "${p.map}" does not exist (no file in routemaps/ has this id)`,
  }),
  'content.noFallback': define({
    nl: () => 'geen terugvalregio: precies één regio moet "fallback: true" hebben, voor gemeenten die bij geen regio horen',
    en: () => 'no fallback region: exactly one region must have "fallback: true", for municipalities that belong to no region',
  }),
  'content.manyFallbacks': define<{ regions: string[] }>({
    nl: (p) => `meer dan één terugvalregio (${quoted(p.regions)}): precies één regio mag "fallback: true" hebben`,
    en: (p) => `more than one fallback region (${quoted(p.regions)}): exactly one region may have "fallback: true"`,
  }),
  'content.duplicateMunicipalityCode': define<{ name: string; code: string }>({
    nl: (p) => `gemeente "${p.name}" (${p.code}): de gemeentecode ${p.code} komt meer dan eens voor`,
    en: (p) => `municipality "${p.name}" (${p.code}): the municipality code ${p.code} occurs more than once`,
  }),
  'content.duplicateMunicipalityName': define<{ name: string; code: string; other: string }>({
    nl: (p) => `gemeente "${p.name}" (${p.code}): de naam "${p.name}" komt ook voor bij ${p.other}`,
    en: (p) => `municipality "${p.name}" (${p.code}): ${p.other} has the name "${p.name}" too`,
  }),
  'content.municipalityRegionMissing': define<{ name: string; code: string; region: string }>({
    nl: (p) => `gemeente "${p.name}" (${p.code}): regio "${p.region}" bestaat niet`,
    en: (p) => `municipality "${p.name}" (${p.code}): region "${p.region}" does not exist`,
  }),
  'content.municipalitySubregionMissing': define<{ name: string; code: string; subregion: string }>({
    nl: (p) => `gemeente "${p.name}" (${p.code}): deelregio "${p.subregion}" bestaat niet`,
    en: (p) => `municipality "${p.name}" (${p.code}): subregion "${p.subregion}" does not exist`,
  }),
  'content.municipalitySubregionElsewhere': define<{ name: string; code: string; subregion: string; owner: string; region: string; fallback: boolean }>({
    nl: (p) =>
      `gemeente "${p.name}" (${p.code}): deelregio "${p.subregion}" hoort bij regio "${p.owner}", niet bij regio "${p.region}"${p.fallback ? ' (de terugvalregio, want er staat geen regio bij)' : ''}`,
    en: (p) =>
      `municipality "${p.name}" (${p.code}): subregion "${p.subregion}" belongs to region "${p.owner}", not to region "${p.region}"${p.fallback ? ' (the fallback region, as no region is given)' : ''}`,
  }),
  'content.aliasTaken': define<{ name: string; code: string; alias: string; other: string }>({
    nl: (p) => `gemeente "${p.name}" (${p.code}): de andere naam "${p.alias}" hoort ook bij ${p.other}`,
    en: (p) => `municipality "${p.name}" (${p.code}): the alternative name "${p.alias}" also belongs to ${p.other}`,
  }),
  'content.duplicatePartner': define<{ partner: string; other?: string }>({
    nl: (p) => `partner "${p.partner}" bestaat al${inOther(p.other)}`,
    en: (p) => `partner "${p.partner}" already exists${inOther(p.other)}`,
  }),
  'content.partnerRegionMissing': define<{ partner: string; region: string }>({
    nl: (p) => `partner "${p.partner}": regio "${p.region}" bestaat niet`,
    en: (p) => `partner "${p.partner}": region "${p.region}" does not exist`,
  }),
  'content.duplicateContact': define<{ contact: string; other?: string }>({
    nl: (p) => `contact "${p.contact}" bestaat al${inOther(p.other)}; contact-ids zijn uniek over alle partners`,
    en: (p) => `contact "${p.contact}" already exists${inOther(p.other)}; contact ids must be unique across all partners`,
  }),
  'content.contactSubregionMissing': define<{ contact: string; subregion: string }>({
    nl: (p) => `contact "${p.contact}": deelregio "${p.subregion}" bestaat niet`,
    en: (p) => `contact "${p.contact}": subregion "${p.subregion}" does not exist`,
  }),
  'content.contactSubregionElsewhere': define<{ contact: string; subregion: string; owner: string; partner: string }>({
    nl: (p) => `contact "${p.contact}": deelregio "${p.subregion}" hoort bij regio "${p.owner}", waar partner "${p.partner}" niet werkt`,
    en: (p) => `contact "${p.contact}": subregion "${p.subregion}" belongs to region "${p.owner}", where partner "${p.partner}" does not work`,
  }),
  'content.duplicateMap': define<{ map: string; other: string }>({
    nl: (p) => `routekaart "${p.map}" bestaat al in ${p.other}; elke routekaart heeft een eigen id`,
    en: (p) => `route map "${p.map}" already exists in ${p.other}; every route map needs its own id`,
  }),
  'content.mapRegionMissing': define<{ map: string; region: string }>({
    nl: (p) => `routekaart "${p.map}": regio "${p.region}" bestaat niet`,
    en: (p) => `route map "${p.map}": region "${p.region}" does not exist`,
  }),
  'content.contactOutsideRegion': define<{ node: string; contact: string; partner: string; region: string }>({
    nl: (p) => `uitkomst "${p.node}": contact "${p.contact}" hoort bij partner "${p.partner}", die niet in regio "${p.region}" van deze routekaart werkt`,
    en: (p) => `outcome "${p.node}": contact "${p.contact}" belongs to partner "${p.partner}", which does not work in region "${p.region}" of this route map`,
  }),
  'content.duplicateEntry': define<{ kind: EntryKind; id: string; form?: string }>({
    nl: (p) => `${entryNl(p.kind, p.form)} "${p.id}" komt meer dan eens voor`,
    en: (p) => `${entryEn(p.kind, p.form)} "${p.id}" occurs more than once`,
  }),
  'content.stepNumber': define<{ plan: string; position: number; number: number }>({
    nl: (p) => `${p.plan}: stap ${p.position} in de lijst heeft nummer ${p.number}; nummer de stappen 1, 2, 3, … op volgorde`,
    en: (p) => `${p.plan}: step ${p.position} in the list has number ${p.number}; number the steps 1, 2, 3, … in order`,
  }),
  'content.duplicateSource': define<{ source: string }>({
    nl: (p) => `brondocument "${p.source}" komt meer dan eens voor`,
    en: (p) => `source document "${p.source}" occurs more than once`,
  }),
  'content.unknownSource': define<{ source: string; file: string }>({
    nl: (p) => `brondocument "${p.source}" staat niet in ${p.file}`,
    en: (p) => `source document "${p.source}" is not in ${p.file}`,
  }),

  // The information point (validate-info-point.ts).
  'infoPoint.unknownContact': define<{ group: string; contact: string }>({
    nl: (p) => `groep "${p.group}": contact "${p.contact}" bestaat niet in partners/`,
    en: (p) => `group "${p.group}": contact "${p.contact}" does not exist in partners/`,
  }),
  'infoPoint.noSource': define<{ lang: string }>({
    nl: (p) => `de Nederlandse tekst ontbreekt (info-point/${p.lang}.yaml): alle vertalingen volgen die`,
    en: (p) => `the Dutch text is missing (info-point/${p.lang}.yaml): every translation follows it`,
  }),
  'infoPoint.fileName': define<{ lang: string; file: string }>({
    nl: (p) => `taal "${p.lang}" hoort in ${p.file}: de bestandsnaam is de taalcode`,
    en: (p) => `language "${p.lang}" belongs in ${p.file}: the file name is the language code`,
  }),
  'infoPoint.duplicateLanguage': define<{ lang: string; other: string }>({
    nl: (p) => `taal "${p.lang}" staat ook in ${p.other}`,
    en: (p) => `language "${p.lang}" is also in ${p.other}`,
  }),
  'infoPoint.checkedPair': define({
    nl: () => 'vul checkedBy en checkedOn allebei in (wie de vertaling heeft nagekeken en wanneer), of laat ze allebei null',
    en: () => 'fill in both checkedBy and checkedOn (who checked the translation and when), or leave both null',
  }),
  'infoPoint.missingId': define<{ kind: EntryKind; id: string; field: string }>({
    nl: (p) => `${entryNl(p.kind)} "${p.id}" ontbreekt in ${p.field}: elke vertaling heeft dezelfde onderdelen als de Nederlandse tekst`,
    en: (p) => `${entryEn(p.kind)} "${p.id}" is missing from ${p.field}: every translation has the same parts as the Dutch text`,
  }),
  'infoPoint.extraId': define<{ kind: EntryKind; id: string; field: string }>({
    nl: (p) => `${entryNl(p.kind)} "${p.id}" in ${p.field} staat niet in de Nederlandse tekst (of in info-point/contacts.yaml)`,
    en: (p) => `${entryEn(p.kind)} "${p.id}" in ${p.field} is not in the Dutch text (or in info-point/contacts.yaml)`,
  }),
  'infoPoint.order': define<{ field: string; expected: string[] }>({
    nl: (p) => `${p.field}: zet de onderdelen in dezelfde volgorde als in de Nederlandse tekst (${p.expected.join(', ')})`,
    en: (p) => `${p.field}: put the parts in the same order as in the Dutch text (${p.expected.join(', ')})`,
  }),
  'infoPoint.unknownPhone': define<{ phone: string }>({
    nl: (p) => `telefoonnummer "${p.phone}" staat in geen enkel partnerbestand; gebruik alleen nummers uit partners/ (of voeg het daar eerst toe, met verifiedOn)`,
    en: (p) => `phone number "${p.phone}" is in no partner file; use only numbers from partners/ (or add it there first, with verifiedOn)`,
  }),

  // The training course (validate-training.ts).
  'training.duplicateModule': define<{ module: string }>({
    nl: (p) => `module "${p.module}" komt meer dan eens voor`,
    en: (p) => `module "${p.module}" occurs more than once`,
  }),
  'training.unknownSignal': define<{ track: string; signal: string }>({
    nl: (p) => `functie "${p.track}": signaal "${p.signal}" staat niet in de signalenlijst van deze vorm (knowledge/forms.yaml)`,
    en: (p) => `job "${p.track}": signal "${p.signal}" is not in this form's list of signals (knowledge/forms.yaml)`,
  }),
  'training.missingModule': define<{ module: string }>({
    nl: (p) => `module "${p.module}" ontbreekt`,
    en: (p) => `module "${p.module}" is missing`,
  }),
  'training.duplicateVignette': define<{ vignette: string }>({
    nl: (p) => `casus "${p.vignette}" komt meer dan eens voor`,
    en: (p) => `case "${p.vignette}" occurs more than once`,
  }),
  'training.mapTwice': define<{ map: string }>({
    nl: (p) => `routekaart "${p.map}" staat meer dan eens bij deze casus`,
    en: (p) => `route map "${p.map}" is listed more than once for this case`,
  }),
  'training.mapMissing': define<{ map: string }>({
    nl: (p) => `routekaart "${p.map}" bestaat niet`,
    en: (p) => `route map "${p.map}" does not exist`,
  }),
  'training.route': define<{ map: string; problem: MessageRef }>({
    nl: (p, say) => `routekaart "${p.map}": ${say(p.problem)}`,
    en: (p, say) => `route map "${p.map}": ${say(p.problem)}`,
  }),
  'training.noRouteInRegion': define<{ region: string; maps: string[] }>({
    nl: (p) => `geen route op een routekaart van regio "${p.region}" (${p.maps.join(', ')})`,
    en: (p) => `no route on a route map of region "${p.region}" (${p.maps.join(', ')})`,
  }),
  'training.noVignette': define<{ track: string }>({
    nl: (p) => `geen casus voor functie "${p.track}" in deze module`,
    en: (p) => `no case for job "${p.track}" in this module`,
  }),
  'training.noStart': define<{ start: string }>({
    nl: (p) => `het beginpunt "${p.start}" bestaat niet`,
    en: (p) => `the starting point "${p.start}" does not exist`,
  }),
  'training.afterOutcome': define<{ number: number; answer: string; node: string }>({
    nl: (p) => `antwoord ${p.number} ("${p.answer}") komt na de uitkomst "${p.node}"`,
    en: (p) => `answer ${p.number} ("${p.answer}") comes after the outcome "${p.node}"`,
  }),
  'training.noSuchAnswer': define<{ node: string; answer: string; options: string[] }>({
    nl: (p) => `vraag "${p.node}" heeft geen antwoord "${p.answer}" (wel: ${p.options.join(', ')})`,
    en: (p) => `question "${p.node}" has no answer "${p.answer}" (it has: ${p.options.join(', ')})`,
  }),
  'training.endsAtQuestion': define<{ node: string }>({
    nl: (p) => `de antwoorden eindigen bij vraag "${p.node}", niet bij een uitkomst`,
    en: (p) => `the answers end at question "${p.node}", not at an outcome`,
  }),
  'training.wrongOutcome': define<{ node: string; outcome: string }>({
    nl: (p) => `de antwoorden leiden naar "${p.node}", niet naar de uitkomst "${p.outcome}"`,
    en: (p) => `the answers lead to "${p.node}", not to the outcome "${p.outcome}"`,
  }),
  'training.whyOffRoute': define<{ node: string }>({
    nl: (p) => `uitleg bij vraag "${p.node}", maar die vraag ligt niet op de route`,
    en: (p) => `an explanation for question "${p.node}", but that question is not on the route`,
  }),

  // The rules of a region pack itself (validate-region-pack.ts).
  'pack.ofOtherRegion': define<{ pack: string; region: string }>({
    nl: (p) => `dit is het pakket van regio "${p.pack}", niet van "${p.region}"`,
    en: (p) => `this is the pack of region "${p.pack}", not of "${p.region}"`,
  }),
  'pack.mapOfOtherRegion': define<{ map: string; owner: string; region: string }>({
    nl: (p) => `routekaart "${p.map}" hoort bij regio "${p.owner}"; dit pakket is van regio "${p.region}"`,
    en: (p) => `route map "${p.map}" belongs to region "${p.owner}"; this pack is for region "${p.region}"`,
  }),
  'pack.offersOtherMap': define<{ map: string; owner: string }>({
    nl: (p) => `routekaart "${p.map}" is van regio "${p.owner}"; een regio biedt alleen eigen en landelijke routekaarten aan`,
    en: (p) => `route map "${p.map}" belongs to region "${p.owner}"; a region offers only its own and national route maps`,
  }),
  'pack.regionalPartnerInNational': define<{ partner: string }>({
    nl: (p) => `partner "${p.partner}" werkt in een regio; in het landelijke pakket staan alleen landelijke partners (zonder regions)`,
    en: (p) => `partner "${p.partner}" works in a region; the national pack holds only national partners (without regions)`,
  }),
  'pack.partnerNotInRegion': define<{ partner: string; region: string }>({
    nl: (p) => `partner "${p.partner}" werkt niet in regio "${p.region}": zet "${p.region}" bij regions, of haal de partner uit dit pakket`,
    en: (p) => `partner "${p.partner}" does not work in region "${p.region}": add "${p.region}" to regions, or remove the partner from this pack`,
  }),
  'pack.municipalityOfOtherRegion': define<{ name: string; code: string; owner: string }>({
    nl: (p) => `gemeente "${p.name}" (${p.code}) hoort bij regio "${p.owner}"; haal haar eerst uit het pakket van die regio`,
    en: (p) => `municipality "${p.name}" (${p.code}) belongs to region "${p.owner}"; remove it from that region's pack first`,
  }),
  'pack.knowledgeIsNational': define<{ fallback?: string }>({
    nl: (p) => `kennis is landelijk: die staat alleen in het pakket van de terugvalregio${p.fallback ? ` "${p.fallback}"` : ''}`,
    en: (p) => `knowledge is national: it belongs only in the pack of the fallback region${p.fallback ? ` "${p.fallback}"` : ''}`,
  }),
  'pack.sourceNotInPack': define<{ source: string; list: string }>({
    nl: (p) => `brondocument "${p.source}" staat niet in ${p.list} van dit pakket (wel in de landelijke inhoud): neem het op`,
    en: (p) => `source document "${p.source}" is in the national content but not in ${p.list} of this pack: add it`,
  }),
  'pack.nationalPartnersInNational': define({
    nl: () => 'het landelijke pakket heeft geen nationalPartners: de landelijke partners staan er zelf in',
    en: () => 'the national pack has no nationalPartners: it holds the national partners itself',
  }),
  'pack.unknownNationalPartner': define<{ partner: string }>({
    nl: (p) => `landelijke partner "${p.partner}" bestaat niet`,
    en: (p) => `national partner "${p.partner}" does not exist`,
  }),
  'pack.partnerNotNational': define<{ partner: string; regions: string[] }>({
    nl: (p) => `partner "${p.partner}" is geen landelijke partner (werkt alleen in ${quoted(p.regions)})`,
    en: (p) => `partner "${p.partner}" is not a national partner (it works only in ${quoted(p.regions)})`,
  }),
  'pack.nationalPartnerUnnamed': define<{ contact: string; partner: string }>({
    nl: (p) => `contact "${p.contact}" hoort bij landelijke partner "${p.partner}": zet "${p.partner}" bij nationalPartners`,
    en: (p) => `contact "${p.contact}" belongs to national partner "${p.partner}": add "${p.partner}" to nationalPartners`,
  }),
  'pack.elsewhere': define<{ file: string; node?: string; problem: MessageRef }>({
    nl: (p, say) => `in de rest van de inhoud, ${p.file}${p.node === undefined ? '' : ` › ${p.node}`}: ${say(p.problem)}`,
    en: (p, say) => `in the rest of the content, ${p.file}${p.node === undefined ? '' : ` › ${p.node}`}: ${say(p.problem)}`,
  }),

  // What the partners editor checks while typing (partner-field-issues.ts, partner-schema.ts).
  'partner.problem': define<{ partner: string; problem: MessageRef }>({
    nl: (p, say) => `partner "${p.partner}": ${say(p.problem)}`,
    en: (p, say) => `partner "${p.partner}": ${say(p.problem)}`,
  }),
  'contact.problem': define<{ partner: string; contact: string; problem: MessageRef }>({
    nl: (p, say) => `partner "${p.partner}", contact "${p.contact}": ${say(p.problem)}`,
    en: (p, say) => `partner "${p.partner}", contact "${p.contact}": ${say(p.problem)}`,
  }),
  'partner.nameMissing': define({ nl: () => 'de naam ontbreekt', en: () => 'the name is missing' }),
  'partner.descriptionMissing': define({ nl: () => 'de Nederlandse omschrijving ontbreekt', en: () => 'the Dutch description is missing' }),
  'partner.noContacts': define({ nl: () => 'een partner heeft ten minste één contact', en: () => 'a partner needs at least one contact' }),
  'contact.labelMissing': define({ nl: () => 'de Nederlandse naam ontbreekt', en: () => 'the Dutch name is missing' }),
  'contact.phoneInvalid': define({
    nl: () => 'ongeldig telefoonnummer: verwacht 112, tien cijfers, of een 0800- of 0900-nummer, eventueel met spaties of koppeltekens',
    en: () => 'invalid phone number: expected 112, ten digits, or an 0800 or 0900 number, optionally with spaces or hyphens',
  }),
  'contact.emailInvalid': define({ nl: () => 'ongeldig e-mailadres', en: () => 'invalid e-mail address' }),
  'contact.urlInvalid': define({ nl: () => 'ongeldig webadres (begin met https://)', en: () => 'invalid web address (start with https://)' }),
  'contact.unreachable': define({
    nl: () => 'een contact heeft ten minste een telefoonnummer, e-mailadres of webadres',
    en: () => 'a contact needs at least a phone number, e-mail address or web address',
  }),
  'contact.neverChecked': define({
    nl: () => 'nog nooit gecontroleerd; controleer de gegevens en kies "Gecontroleerd vandaag"',
    en: () => 'never checked; check the details and choose "Checked today"',
  }),

  // What the knowledge editor checks while typing (edit-knowledge.ts).
  'knowledge.listEmpty': define<KnowledgeListName>({
    nl: (p) => `${listNl(p)}: de lijst heeft ten minste één onderdeel`,
    en: (p) => `${listEn(p)}: the list needs at least one entry`,
  }),
  'knowledge.textMissing': define<KnowledgeListName & { id: string }>({
    nl: (p) => `${listNl(p)}, "${p.id}": de Nederlandse tekst ontbreekt`,
    en: (p) => `${listEn(p)}, "${p.id}": the Dutch text is missing`,
  }),
  'knowledge.noForm': define<KnowledgeListName & { id: string }>({
    nl: (p) => `${listNl(p)}, "${p.id}": kies ten minste één vorm van uitbuiting`,
    en: (p) => `${listEn(p)}, "${p.id}": choose at least one form of exploitation`,
  }),
} satisfies Record<string, Template<never>>;

export type MessageCode = keyof typeof MESSAGES;
type ParamsOf<C extends MessageCode> = (typeof MESSAGES)[C] extends Template<infer P> ? P : never;

/** A message of the catalogue with the parameters its code needs. */
export type Message = { [C in MessageCode]: { code: C; params: ParamsOf<C> } }[MessageCode];

export function message<C extends MessageCode>(code: C, ...params: ParamsOf<C> extends Record<string, never> ? [] : [ParamsOf<C>]): Message {
  return { code, params: params[0] ?? {} } as Message;
}

const isCode = (code: string): code is MessageCode => Object.hasOwn(MESSAGES, code);

/** What a check reports: the Dutch text for the server and the command line, with the code and parameters for other languages. */
export type CodedProblem = Message & { message: string };

export function asProblem(m: Message): CodedProblem {
  return { ...m, message: renderMessage(m, 'nl') };
}

/** The message in a language; a code this version does not know (or none) gives `fallback`, the Dutch text sent along. */
export function renderMessage(m: MessageRef, lang: Language, fallback = m.code): string {
  if (!isCode(m.code)) return fallback;
  const template = MESSAGES[m.code] as Template<object>;
  // The browser's language may be read loosely (i18n.language); anything but English is Dutch, the source language.
  return (lang === 'en' ? template.en : template.nl)(m.params, (inner) => renderMessage(inner, lang));
}

/**
 * A problem's text in the UI language: problems carry their Dutch `message` and, when a content
 * check made them, its code and parameters. Problems without a code (the schema's structure
 * messages) stay in Dutch.
 */
export function problemText(problem: { message: string; code?: string; params?: object }, lang: Language): string {
  return problem.code === undefined ? problem.message : renderMessage({ code: problem.code, params: problem.params ?? {} }, lang, problem.message);
}

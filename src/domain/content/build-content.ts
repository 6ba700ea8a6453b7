import type { Content, ContentError, KnowledgeView, PartnerView, RegionView, RouteMapSummary, StepView } from './content';
import type { ContentFiles } from './content-files';
import { compileContact, indexContacts } from './compile-contact';
import { contentHash } from './content-hash';
import { localize, type Language, type LocalizedText } from './localized';
import { citeSources } from './cite-sources';
import type { SourceRef } from './sources';
import { validateContent } from './validate-content';
import { compileRouteMap } from '../routemap/compile';
import type { CompiledRouteMap } from '../routemap/compiled';
import type { Municipality } from '../regions/schema';
import { buildInfoPoint } from '../info-point/build-info-point';
import { buildCourse, type CourseView } from '../training/course';

/** Thrown by buildContent when the files do not pass validateContent; carries every error. */
export class InvalidContentError extends Error {
  constructor(readonly errors: ContentError[]) {
    super(`Inhoud ongeldig (${errors.length} ${errors.length === 1 ? 'fout' : 'fouten'}):\n${errors.map(formatContentError).join('\n')}`);
    this.name = 'InvalidContentError';
  }
}

/** One line per error, as shown to administrators: `file › node: message`. */
export function formatContentError(e: ContentError): string {
  return e.node === undefined ? `${e.file}: ${e.message}` : `${e.file} › ${e.node}: ${e.message}`;
}

/**
 * Indexes the parsed content files. Validates first and throws InvalidContentError, because the
 * walk engine trusts the maps it gets (every `next` exists, no loops) and a half-valid content set
 * must never be served. `version` defaults to a hash of the files; the server passes the SHA-256
 * of the file bytes instead. Compiled maps and knowledge are built on first use per language and
 * then kept: content is immutable once loaded, a new version is a new Content.
 */
export function buildContent(files: ContentFiles, version: string = contentHash(files)): Content {
  const errors = validateContent(files);
  if (errors.length > 0) throw new InvalidContentError(errors);

  const regions = files.regions.data.regions;
  const fallback = regions.find((r) => r.fallback)!.id;
  const municipalities: Municipality[] = files.municipalities.data.municipalities.map((m) => ({
    code: m.code,
    name: m.name,
    aliases: m.aliases ?? [],
    region: m.region ?? fallback,
    subregion: m.subregion ?? null,
  }));
  const municipalityByCode = new Map(municipalities.map((m) => [m.code, m]));
  const documents = new Map(files.sources.data.sources.map((s) => [s.id, s]));
  const cite = (ref: SourceRef) => citeSources(ref, documents);
  const partners = files.partners.flatMap((f) => f.data.partners);
  const contacts = indexContacts(partners);
  const mapFiles = new Map(files.routemaps.map((f) => [f.data.id, f.data]));

  const perLanguage = <T>(build: (lang: Language) => T): ((lang: Language) => T) => {
    const cache = new Map<Language, T>();
    return (lang) => {
      let value = cache.get(lang);
      if (value === undefined) {
        value = build(lang);
        cache.set(lang, value);
      }
      return value;
    };
  };

  const compiledMaps = perLanguage((lang) => {
    const byId = new Map<string, CompiledRouteMap>();
    for (const [id, file] of mapFiles) byId.set(id, compileRouteMap(file, contacts, lang, documents));
    return byId;
  });
  const regionViews = perLanguage((lang) =>
    regions.map<RegionView>((r) => ({
      id: r.id,
      name: localize(r.name, lang),
      fallback: r.fallback,
      subregions: r.subregions.map((s) => ({ id: s.id, name: localize(s.name, lang) })),
      routemaps: [...r.routemaps],
    })),
  );
  const summaries = perLanguage((lang) =>
    [...compiledMaps(lang).values()].map<RouteMapSummary>((m) => ({
      id: m.id,
      title: m.title,
      region: m.region,
      description: m.description,
      version: m.version,
    })),
  );
  const partnerViews = perLanguage((lang) =>
    partners.map<PartnerView>((p) => ({
      id: p.id,
      name: p.name,
      description: localize(p.description, lang),
      regions: [...p.regions],
      source: cite(p.source),
      contacts: p.contacts.map((contact) => compileContact({ partner: p, contact }, lang)),
    })),
  );
  const knowledgeViews = perLanguage((lang) => buildKnowledge(files.knowledge, lang, cite));
  const infoPoint = buildInfoPoint(files, cite);
  const courses = perLanguage((lang) => {
    const byRegion = new Map<string, CourseView>();
    const training = files.training?.data;
    if (!training) return byRegion;
    for (const region of regions) {
      byRegion.set(region.id, buildCourse({ training, region, knowledge: knowledgeViews(lang), routemap: (id) => compiledMaps(lang).get(id), lang, cite }));
    }
    return byRegion;
  });

  return {
    version,
    municipalities,
    municipality: (code) => municipalityByCode.get(code),
    regions: (lang) => regionViews(lang),
    region: (id, lang) => regionViews(lang).find((r) => r.id === id),
    routemapSummaries: (lang) => summaries(lang),
    routemap: (id, lang) => compiledMaps(lang).get(id),
    // National partners (no regions) work everywhere, so every region sees them.
    partners: (regionId, lang) => partnerViews(lang).filter((p) => p.regions.length === 0 || p.regions.includes(regionId)),
    knowledge: (lang) => knowledgeViews(lang),
    infoPointLanguages: infoPoint.languages,
    infoPoint: infoPoint.view,
    training: (regionId, lang) => courses(lang).get(regionId),
  };
}

function buildKnowledge(k: ContentFiles['knowledge'], lang: Language, cite: (ref: SourceRef) => string | null): KnowledgeView {
  const item = (i: { id: string; text: LocalizedText; source?: SourceRef }) => ({
    id: i.id,
    text: localize(i.text, lang),
    source: cite(i.source),
  });
  const steps = (list: { number: number; title: LocalizedText; text?: LocalizedText }[]): StepView[] =>
    list.map((s) => ({ number: s.number, title: localize(s.title, lang), text: localize(s.text, lang) ?? null }));
  const { forms, riskGroups, sectors, conversation, steps: plans } = {
    forms: k.forms.data,
    riskGroups: k.riskGroups.data,
    sectors: k.sectors.data,
    conversation: k.conversation.data,
    steps: k.steps.data,
  };
  return {
    trafficking: { definition: localize(forms.trafficking.definition, lang), source: cite(forms.trafficking.source) },
    forms: forms.forms.map((f) => ({
      id: f.id,
      name: localize(f.name, lang),
      definition: localize(f.definition, lang),
      source: cite(f.source),
      signals: f.signals.map(item),
    })),
    riskGroups: riskGroups.riskGroups.map((g) => ({ id: g.id, name: localize(g.name, lang), forms: [...g.forms], source: cite(g.source) })),
    sectors: sectors.sectors.map((s) => ({ id: s.id, name: localize(s.name, lang), forms: [...s.forms], source: cite(s.source), kind: s.kind })),
    conversation: {
      intro: localize(conversation.intro, lang),
      source: cite(conversation.source),
      promoting: conversation.promoting.map(item),
      hindering: conversation.hindering.map(item),
    },
    meldcode: { intro: localize(plans.meldcode.intro, lang), source: cite(plans.meldcode.source), steps: steps(plans.meldcode.steps) },
    stepPlan: { intro: localize(plans.stepPlan.intro, lang), source: cite(plans.stepPlan.source), steps: steps(plans.stepPlan.steps) },
  };
}

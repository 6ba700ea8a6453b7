import { eq } from 'drizzle-orm';
import type { Language } from '../../../domain/content/localized';
import { afContactOf } from '../../af-contact/af-contact-repository';
import { defineCommand } from '../../context/run';
import { contentVersions } from '../../db/schema';
import { errors } from '../../http/errors';
import { routeCardModel, type RouteCardModel } from '../card-model';

export interface RouteCardInput {
  region: string;
  /** The municipality the card is for (its AF and subregion); none: the whole region. */
  municipality: string | null;
  lang: Language;
}

/**
 * What the route card of a region shows, from the content in force. Run in the municipality's
 * tenant, for its AF; for a whole region as the schema owner, which reads only the public table of
 * content versions. Not audited: all of it is public, the AF's work contact too (it hangs at the
 * front desk).
 */
export const readRouteCard = defineCommand('content.read', async (ctx, input: RouteCardInput): Promise<RouteCardModel> => {
  const { content } = ctx.services;
  const municipality = input.municipality === null ? null : content.municipality(input.municipality);
  if (municipality === undefined) throw errors.unknownMunicipality(input.municipality!);
  if (!content.region(input.region, input.lang)) throw errors.regionNotFound(input.region);
  if (municipality && municipality.region !== input.region) throw errors.municipalityOutsideRegion(municipality.name, input.region);
  const [version] = await ctx.tx.select({ loadedAt: contentVersions.loadedAt }).from(contentVersions).where(eq(contentVersions.version, content.version));
  const af = municipality ? (await afContactOf(ctx.tx, content, municipality.code)).contact : null;
  return routeCardModel(content, {
    regionId: input.region,
    lang: input.lang,
    municipality,
    af,
    versionDate: version?.loadedAt ?? ctx.now,
    publicUrl: ctx.publicUrl,
  })!;
});

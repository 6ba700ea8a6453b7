/**
 * Word lists for the matching benchmark's surnames (surnames.ts builds the names from them).
 * Real stems, real place names and real surnames as they occur in the Netherlands; a list written
 * with commas holds names with spaces, the others are split on white space.
 */

export const words = (s: string): string[] => s.trim().split(/\s+/).filter(Boolean);
export const commaList = (s: string): string[] =>
  s
    .split(',')
    .map((x) => x.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

// ---------------------------------------------------------------------------------------------
// Dutch
// ---------------------------------------------------------------------------------------------

/** The most frequent Dutch surnames, roughly in order (Meertens Instituut, Nederlandse Familienamenbank). */
export const DUTCH_HEAD = commaList(`
  de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, Mulder,
  de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf, van
  der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen, van den Heuvel, van der Veen, van den Broek, de
  Bruijn, de Bruin, van der Heijden, Schouten, van Beek, Willems, van Vliet, van de Ven, Hoekstra, Maas,
  Verhoeven, Koster, van Dam, van der Wal, Prins, Blom, Huisman, Peeters, de Jonge, Kuipers, van Veen, Post,
  Kuiper, Veenstra, Kramer, van den Brink, Scholten, van Wijk, Postma, Martens, Vink, de Ruiter, Timmermans,
  Groen, Gerritsen, Jonker, van Loon, Boersma, van der Velde, Willemsen, Koning, van den Bosch, Wouters, van
  der Laan, Goossens, Evers, Hermans, Verbeek, Lammers, Hoogendoorn, Hofman, Kroon, Sanders, van Rijn,
  Schipper, Hendriksen, de Lange, van Doorn, Bosman, Verhagen, Mol, van Wijngaarden, van Rooij, Zijlstra,
  Brands, Kooistra, van Es, de Wilde, Smeets, van der Berg, Bouwman, Wijnen, Mertens, Hoek, Driessen, Verheij,
  Adriaanse, van Gelder, Claassen, van Os, Koopman, Wolters, Wagenaar, van der Ploeg, Aarts, Wiersma, van
  Kempen, de Bruyn, van der Sluis, Franken, Kuijpers, Mulders, Huizinga, Sluiter, Nijhuis, de Koning, Pronk,
  Verschuren, Brinkman, Schreurs, van Hout, Gerrits, Bijl, Dijkman, Veldman, Tromp, Groenewegen, van der Zee,
  Geerts, Hartman, Molenaar, Vonk, van Vugt, de Kok, Heijnen, Jonkers, van Damme, Zwart, Meulenbeld, van
  Dongen, van der Horst, Boon, Bennink, de Rooij, Bouma, van Ginkel, Baas, Veenhuis, Boer, Hoekman, Rutten,
  Cornelissen, van Zanten, de Vos, Stam, Dam, Vrolijk, Pieters, Heemskerk, Klein, Kleijn, Teunissen, Arts, van
  Essen, Ruiter, Bruijn, Lambregts, Roos, van Dalen, Vermeer, Coenen, Verweij, Nieuwenhuis, Wijnands, van der
  Pol, van Beers, Hoogland, Schuurman, Meijers, de Weerd, Hoogeveen, Oosterhuis, van den Bergh, Kuijper, van
  der Schaaf, Rijnders, Keizer, van der Kolk, Reijnders, Haverkamp, van Gils, de Man, Bosch, Evertse, van
  Ommen, Hulshof, Jager, de Jager, Mathijssen, Kampen, Schoenmakers, Sijbrandij, Dirks, Hoogenboom, van
  Amersfoort, Philips, van Schaik, Doornbos, van der Vlist, Hazeleger, Ramaker, Bleeker, Nijland, van der
  Vegt, van den Hoek, Lubbers, Siemons, Bulthuis, Zwaan, Fransen, Lemmens, Knol, Michels, Timmerman, Kamphuis,
  Stevens, Zandbergen, Leenders, Lansink, Aalbers, van Rossum, Sikkema, Hekman, Schaap, Kuperus, Derksen,
  Boomsma, Beekman, de Leeuw, Koopmans, Jacobse, Wessels, Spijkerman, Tijssen, Meijerink
`);

/** Old Dutch given names, the stems of patronymics (Gerritsen, Hendrikse, Jacobs, Dirkx). */
export const DUTCH_GIVEN = words(`
  Aalbert Aart Adam Adriaan Albert Alewijn Andries Anthonie Arend Arnold Barend Bart Bastiaan Berend Bernard
  Boudewijn Brand Christiaan Claas Coen Cornelis Dirk Derk Egbert Elbert Engbert Evert Ewoud Floris Frans
  Frederik Geert Gerard Gerbrand Gerrit Gert Geurt Gijs Gijsbert Godfried Goossen Govert Hannes Harm Harmen
  Hein Hendrik Herman Hessel Hubert Huib Izaak Jacob Jan Jeroen Job Johan Joost Joris Jurriaan Karel Kasper
  Klaas Koen Lambert Lammert Laurens Leendert Lieven Lodewijk Lubbert Lucas Luit Maarten Machiel Marten
  Mathijs Meindert Melchior Michiel Nicolaas Otto Paulus Pieter Peter Philip Reinder Reinier Reint Reijer
  Remmert Rijk Roel Roelof Rombout Rutger Sander Seger Siemen Sijmen Simon Steven Stoffel Teunis Teun Thijs
  Tijmen Tijs Walraven Wessel Wigger Wijnand Willem Wolter Wouter Ysbrand Bouwen Dammis Driek Gosse Hanne
  Jelis Joos Kornelis Lenaert Maes Melis Nolle Roeland Sibrand Tonis Wijbrand Arien Baltus Claes Daam Eibert
  Folkert Frerik Gielis Goris Haije Herbert Ide Jochem Joppe Lubbe Marcelis Mees Nanning Rein Rijn Sieger Ubbe
  Wilbert Aldert Allard Anton Barthold Bouwe Bruin Coert Crijn Dries Eduard Engel Ferdinand Fop Gaaf Gerlof
  Gijsbrecht Guus Hartman Hillebrand Hubrecht Ingel Jelle Jurjen Kerst Koert Maurits Meeuwis Mattheus Olof
  Pelgrim Reinout Rembrand Sebastiaan Sijbrand Sjoerd Steef Tewis Theunis Tonnis Volkert Wijbe Willebrord
  Wubbe Zeger Ariaan Cornelius Daniel Emond Gommer Gorrit Hanno Herber Jeurg Joachim Lauwerens Leonard Marinus
  Nijs Oene Pauwel Quirijn Rijnier Servaas
`);

/** Limburg and Brabant surnames: patronymics with -en, -ens, -x, and Rhineland names. */
export const LIMBURG_BRABANT = words(`
  Coenen Rutten Gielen Lemmens Mertens Nijsten Thijssen Vaessen Wijnen Crijns Frijns Geurts Huijts Kusters
  Ramakers Schreurs Smeets Ubachs Vossen Claessens Dassen Offermans Pelzer Quaedvlieg Hoebers Habets Jongen
  Kessels Lenssen Meertens Notermans Paulissen Reijnders Senden Theunissen Vliegen Wetzels Ackermans Beckers
  Bemelmans Bours Cremers Debets Driessen Eijssen Franssen Gelissen Heijnen Houben Knops Lenaerts Loozen
  Maessen Moonen Nelissen Rademakers Roumen Savelkoul Slangen Stassen Steijns Storms Tummers Vranken Vroemen
  Wolfs Brouns Dohmen Erkens Hanssen Heuts Kerkhofs Leunissen Muijrers Nijssen Paffen Pricken Schepers Sijben
  Souren Tijssen Ummels Verheggen Zeegers Aerts Appelmans Bastiaans Beerens Bogers Bressers Bruurs Coolen
  Cuppen Daemen Delnoij Dings Donkers Eggen Everaerts Feijen Geraedts Goertz Gommans Hamers Heesakkers
  Hendrickx Hoeben Huybers Jacobs Janssens Jeurissen Kleuskens Klerkx Korsten Kuijpers Lamers Leijssen Linssen
  Loijen Maassen Mennen Mulkens Nabben Noten Oomen Palmen Peerlings Pelzers Poels Quadackers Raemaekers Raets
  Renckens Rongen Rooijakkers Schellekens Scheepers Schoenmakers Seuren Sleegers Smulders Spierings Stienen
  Swinkels Teeuwen Tielen Timmers Tonnaer Trienekens Vaes Veugelers Verhaegh Verkoijen Vlemmix Vullings
  Weijers Wijers Willems Wouters Wiertz Zwartjes Bongers Broekmans Claassens Cox Dorssers Engels Fleuren
  Gijsbers Hendrix Hurkmans Keijzers Kuppens Leenders Luijten Manders Mutsaers Nooijen Nouwen Pijnenburg
  Rovers Rutjes Sanders Spooren Strijbos Swaanen Thoonen Tilborg Verhoeven Vervoort Vissers Wagemakers
  Wijnhoven
`);

/** Belgian (Flemish) surnames common in the south of the Netherlands. */
export const BELGIAN = commaList(`
  Peeters, Maes, Claes, Goossens, de Smet, Dubois, Aerts, Pauwels, van Damme, Michiels, Claeys, de Clercq,
  Lambert, Desmet, van de Velde, Wuyts, Verstraete, Cools, Segers, Smets, Bogaerts, van Acker, Thys, Coppens,
  Verbruggen, Mattheus, van Hoof, de Backer, Verbeke, Leroy, van Dyck, Laurent, Geerts, Baert, Vervoort,
  Declercq, Mertens, Wouters, Hermans, Janssens, Stevens, Lemmens, van Hecke, de Wolf, de Meyer, de Cock, de
  Vos, Huysmans, Vermeersch, Verhaeghe, Cornelis, Lenaerts, Vercammen, Verschueren, de Coninck, de Keyser,
  Meersman, Verlinden, Deprez, Dierckx, Hendrickx, Govaerts, Bosmans, Peetermans, van Gorp, Verhelst,
  Vlaeminck, de Bruyne, de Ridder, Roelants, Moens, Mommaerts, van Lommel, van Loock, Wauters, Willaert,
  Buysse, Callens, Claessens, Daems, de Groote, de Pauw, Dhondt, Goethals, Hoste, Lievens, Martens, Maenhout,
  Nuyts, Raes, Schepens, Serneels, Stroobants, Theunis, Timmermans, Verhoeven, Vermeulen, Verschaeve, Wijns
`);

/** Landscape words that begin a compound with any second part (Berg-, Beek-, Veld-). */
export const LANDSCAPE = words(`
  Berg Beek Bosch Bos Brink Broek Dijk Duin Es Hoek Hof Horst Kamp Kerk Klooster Meer Molen Veen Veld Ven Zand
  Laar Heuvel Water Akker Holt Steen Burg Dam Vliet Hage Weerd Zijl Slot Sluis Poel Wal Hout Heide Polder Dorp
  Haven Schans Hoeve
`);

/** Landscape words that begin a compound only with a habitation word (Loohuis, Mademan, Moskamp). */
export const LANDSCAPE_MINOR = words(`
  Esch Donk Kolk Sloot Werf Brug Laan Plas Wiel Mors Made Hees Haar Hul Heem Stee Rade Bulte Waard Goor Vaart
  Eng Kreek Loo Weide Wei Marsch Riet Venne Veenen Hoog Velde Brinke Kampe Hove
`);

/** Habitation words, the second parts that go with every first part (-huis, -kamp, -hof, -man). */
export const HABITATION = new Set(words(`
  huis huizen huize kamp kampen man mans hof hoven hove stede stee brink es meijer horst
`));

/**
 * Rivers, and words for people and estates, that begin a compound with a second part of WATER_SECOND
 * (Rijnsburg, IJsseldijk, Koningsveld, Monnikhof).
 */
export const RIVERS_AND_PEOPLE = words(`
  Rijn Maas Waal Lek IJssel Vecht Amstel Dommel Berkel Dinkel Regge Linge Merwe Schelde Aa Gouwe Eem Zaan
  Konings Heeren Vrouwen Papen Monnik Ridder Prinsen Graven Keizers Bisschops Schutters Heiligen Jonkers
  Twaalf Zeven Drie Vier Negen
`);
/** The second parts that go with RIVERS_AND_PEOPLE. */
export const WATER_SECOND = new Set(words(`
  veld velde berg burg dam dijk land wijk broek hof hoven huis huizen kamp man weerd waard hage bosch meer
`));

/** Adjectives and positions that begin a compound (Hooge-, Lange-, Nieuwen-, Ooster-). */
export const MODIFIERS = words(`
  Hooge Hoog Lange Lang Korte Kort Nieuwen Nieuw Oude Oud Olden Ooster Oost Wester West Noorder Noord Zuider
  Zuid Groene Groenen Groen Witte Wit Witten Zwarte Zwarten Zwart Rode Roden Rooden Brede Breed Kleine Klein
  Groote Groot Midden Boven Neder Over Achter Voor Holle Diepen Diep Droge Drogen Koude Warmer Schoon Ruige
  Leeg Blanken Dorre Hel Hemel Wilden Vrij Lage Laag Blauw Goud Rood Geel Kromme Krom Zoete Middel Binnen
  Buiten Tussen Onder Smal Vette Ronde Nij Nijen
`);

/** Trees, plants, animals, sky: first parts of compounds (Eikenhorst, Rozendaal, Vossenberg, Zonneveld). */
export const NATURE = words(`
  Eiken Eik Beuken Beuk Berken Berk Elzen Els Essen Linden Linde Wilgen Wilg Hazel Appel Peren Kerse Rozen
  Roos Bloem Lelie Riet Biezen Heide Brem Doorn Hulst Vlier Hagen Vossen Vos Hazen Wolfs Wolf Raven Kraaije
  Valken Valk Arends Zwanen Ganze Duiven Kranen Kievit Haver Koren Vlas Hop Rogge Zonne Sterre Stroo Hooi
  Hesse Eeke Noten Mispel Bever Otter Ossen Schapen Kalver Ganzen Kriek Lijster Meeuwen Spreeuw Zwaluw Uilen
  Haze Slangen Haring Kool Rijs Koe Hoender Vinke Klaver Distel Varen Zout Kalk Leem Zilver IJzer Koper Mossel
  Kikkert Boom Bouw Braak Bree Eek Engel Hanen Harte Hooger Kruis Leeuwen Stok Uiter Veer Vogel Wagen Wijn
  Wind Zomer Winter Moer Kooi Toren Poort Pot Pan Olie Glas Bok Haas Konijnen Reigers Raap Bonen Schuur Stal
  Kapel Dennen Iepen Bijen Tulpen
`);

/** Second parts: landscape, farm and habitation words (-veld, -huis, -kamp, -hoven, -man). */
export const SECOND = words(`
  veld velde velden veen berg bergen broek beek dijk horst hof hoven hove huis huizen huize kamp kampen man
  mans meer wijk land dam dal daal donk laar loo holt hout heuvel hage hagen stein steen burg brink wold wolde
  bosch bos gaard hoek weg straten vliet sloot stede stee es esch werf poel weide weerd waard rode rade bulte
  kerk akker meulen wiel hoef haar vaart goor mate maat meijer
`);

/** Second parts that make a plausible name with only some first parts (Hoogeweg, Westerhaar, Langemaat). */
export const RARE_SECOND = new Set(words(`
  es esch rade rode bulte mate maat vaart weg straten stee wiel goor haar hoef meulen kerk akker weide sloot
  poel werf
`));

/** Second parts after which a "van" form is common too (van Zonneveld, van Veldhuizen). */
export const PLACE_LIKE_SECOND = new Set(
  words(`
  veld velde velden veen berg bergen broek beek dijk horst hoven huizen kamp kampen wijk land dam dal daal
  donk laar loo holt hout burg brink wolde bosch vliet stede weerd waard rode rade kerk meulen es esch
`),
);

/** Tree names for -boom (Lindeboom, Eikelboom, Peereboom). */
export const TREES = words(`
  Linde Eikel Peere Kerse Note Appel Wilge Haze Berke Beuke Pruime Olm Abeel Kastanje Mispel Vlier Hulst Palm
  Vijge Ooie Esse Eike Dennen Spar
`);

/** Objects for -maker (Schoenmaker, Wagemaker, Kistemaker). */
export const MAKER_OBJECTS = words(`
  Schoen Wage Kiste Mande Rade Zeil Hoede Klompe Touw Lijn Net Kaars Zeep Spijker Messe Borstel Pijp Glaze
  Potte Stoel Kuipe Ketel Zwaarde Spoor Zadel Tonne Laken Kous Knoop Blik Steen Tegel Pan Lood Schaats Molen
  Klok Bezem
`);

/** Occupational names; regional spellings come from the variants in surnames.ts. */
export const OCCUPATIONS = words(`
  Bakker Backer Becker Visser Visscher Smit Smid Smidt Timmerman Timmer Schipper Mulder Molenaar Brouwer
  Kuiper Kuyper Koster Schouten Scholten Schoenmaker Schoemaker Wever Weever Slager Slagter Slegers Kramer
  Cramer Kremer Verver Snijder Sneijder Schilder Bouwman Herder Harder Koopman Dekker Decker Metselaar
  Wagenaar Wagemaker Bleeker Jager Veerman Zeeman Tollenaar Kistemaker Pottebakker Leidekker Mandemaker
  Kleermaker Scheper Hovenier Tuinman Stoker Brander Rademaker Ketelaar Koperslager Kooiman Hooijer Meijer
  Meier Schout Drost Schulte Schutte Spijkerman Schutter Vaandrager Pijper Speelman Kok Vleeshouwer Korver
  Houtzager Veenman Voerman Schuitemaker Stuurman Olieslager Zeilmaker Verwer Tegelaar Steenbakker Volder
  Huisman Landman Akkerman Veldman Schaapman Koeman Varkevisser Paardekooper Vorster Ridder Knecht Knegt Klerk
  Schrijver Beenhakker Messemaker Zwaardemaker Spoormaker Goudsmit Zilversmit Hoefsmit Tinnegieter Kannegieter
  Pelgrim Pastoor Monnik Paus Bisschop Deken Proost Keizer Koning Prins Hertog Graaf Rentmeester Dijkgraaf
  Molenmaker Bierman Wijnman Kaasboer Boterman Melkman Vlasman Hennipman Turfboer Zoutman Haringman Visman
  Schaapherder Koeherder Zwijnenberg Steenhouwer Zager Schuurman Schuring Hofmeester Boswachter Jachtman
  Valkenier Vogelaar Tolman Sluiswachter Veenstra Pachter Hoveling Kamerling Burger Boer Boerman Bouwer Bruwer
  Bleker Volkers Ververs Naaijer Weverling Molenkamp Spinder Spinner Drukker Wachter Waker Poortman Schepen
  Voogd Hofstede Brouwers Kuipers Kosters
`);

/** Adjectives and nicknames with "de" (de Wit, de Lange, de Bruijn, de Vos). */
export const DE_NAMES = words(`
  Jong Groot Wit Bruin Bruijn Bruyn Haan Lange Klein Kort Rooij Rooy Roo Leeuw Vos Wolf Zwart Goede Vries
  Winter Zeeuw Waal Swart Ridder Heer Koning Keijzer Graaf Beer Bie Hoog Kruijf Munck Pater Raad Wilde Vlieger
  Wolff Mol Kok Meijer Geus Laat Rijk Bondt Blok Bakker Heus Jonge Gier Reus Kuijper Hoop Roos Kleijn Moor
  Boer Hond Valk Haas Vreeze Brabander Vlaming Fries Gelder Bock Bos Bree Brouwer Bruijne Clercq Cock Dreu
  Feijter Gooijer Greef Gruijter Hartog Heij Hoogh Jager Keizer Kleine Knegt Koster Kraker Kroon Lepper Looze
  Man Mooij Nijs Oude Pauw Poot Regt Rijke Ronde Schipper Smet Smit Snoo Steur Visser Vogel Voogd Vreede Vrij
  Waard Weerd Wever Wijs Witte Zwaan Kuiper Best Baas Bont Bot Buck Coninck Graauw Groen Groof Hoon Jongh Kam
  Kiefte Korte Krom Laet Lint Mik Nooij Ruijter Ruiter Ruyter Schepper Veer Vet Vlam Vree Wijn Zoete Backer
  Baets Beijer Blaauw Blécourt Boo Bruyne Buisonjé Cuyper Deugd Dood Gans Goeij Goeijen Goey Grave Hair Hooge
  Hullu Jongste Kanter Klerk Kluijver Knijff Koe Korver Kreij Kuyper Leur Lijster Loor Maat Meester Munnik
  Neef Nobel Paauw Pee Peuter Poorter Quay Raaf Reuver Rover Ruig Schutter Sitter Swaan Valois Veen Vette Vin
  Vink Vlas Vrede Vreugd Waart Wagt Wal Weert Wijk Wilt Winther Zwager
`);

/** de-words after "van der" (van der Meer, van der Sluis). */
export const VAN_DER = words(`
  Aa Aar Beek Bent Berg Bijl Boom Bruggen Burg Does Drift Els Gaag Goot Graaf Gracht Haar Hagen Ham Heide
  Heijden Heiden Helm Hoeven Hoek Horst Hulst Kaaij Kamp Kolk Kooij Kraan Laan Lee Leest Lek Leij Linde Linden
  Loo Maas Made Mark Meer Meij Meulen Molen Mast Neut Noort Pas Pijl Plas Ploeg Poel Pol Poll Putten Riet
  Rijst Roest Schaaf Schans Scheer Schoot Sar Sloot Sluis Sluijs Spek Spoel Stap Starre Steen Stelt Ster Stok
  Straaten Tak Tol Vaart Valk Veen Veer Vegt Velde Velden Ven Vliet Vlist Voort Vorst Waal Wal Weide Werf
  Werff Wiel Wielen Wijst Woude Zalm Zande Zanden Zee Zijde Zijden Zwaag Zwaan Zwan Kroft Knaap Lugt Most Peet
  Reijden Ree Sanden Schouw Spiegel Stoep Tuin Veken Wiele Heul Hooft Giessen Ende Elst Duin Dussen Endt Flier
  Gouw Grift Haak Kuil Lans Logt Hout Hoff Kloet Klooster Kraats Laar Lely Lubbe Marel Mey Niet Pluijm Post
  Roer Schuur Smissen Stoel Vecht Wees Wijk Zwet
`);

/** After "van den" (van den Berg, van den Bosch, van den Akker). */
export const VAN_DEN = words(`
  Berg Bosch Bos Broek Heuvel Hoek Akker Brink Dool Eijnde Hurk Oever Bogaard Hout Boomen Bergh Elsen Assem
  Tillaart Hoogen Hoven Dries Wildenberg Bemd Boogaard Biggelaar Brand Besselaar Dungen Eertwegh Enden
  Goorbergh Kerkhof Munckhof Oetelaar Wittenboer Abeele Belt Beukel Boorn Bor Borne Bout Bulck Burg Dam
  Dijssel Donk Driesche Elshout Ende Haak Ham Hengel Heuij Hof Hul Kieboom Kroonenberg Nieuwenhof Oord Pol
  Putte Reek Ban Bogert Bossche Braak Brule Dorpel Einde Engel Heever Hombergh Hooven Houten Kommer Molengraft
  Nouland Poel Schoor Tempel Toorn Velden Vlekkert Wijngaard Wollenberg Wyngaert Acker Anker Bogaert Boom
  Brandhof Broeke Dobbelsteen Eshof Heiligenberg Hoogenband Kerkhoff Nieuwendijk Noort Oudenhoven Oudenrijn
  Elzen Bulk Brekel Hazel
`);

/** After "van de" (van de Ven, van de Kamp, van de Wetering). */
export const VAN_DE = words(`
  Ven Kamp Pol Laar Wetering Weg Beek Velde Pas Mortel Sande Vondervoort Wiel Water Loo Haar Graaf Rijt
  Veerdonk Zande Koppel Kerkhof Voorde Donk Griend Vijver Vrie Wouw Wall Kraats Langenberg Hoef Mheen Rakt
  Sluis Stolpe Vlasakker Vorst Wijgert Wijngaart Bult Craats Goor Grift Haterd Heg Hei Kolk Lagemaat Linde
  Meent Moesdijk Plassche Riet Schoor Ster Streek Vegt Velden Berg Burgt Giessen Groep Hoeve Hulsbeek Kreeke
  Leur Logt Meeberg Noort Peppel Reep Sanden Steeg Venne Vooren Wal Weerd Wiele Zand
`);

/** het-words after "van 't" (van 't Hof, van 't Zand). */
export const VAN_T = words(`
  Hof Hek Zand Veer Slot Land Wout Hul Klooster Schip Erve Riet Hoff Hart Verlaat Padje Spijker Westeinde
  Noordende Sant Hull Hooft Veld Wel Zelfde Loo Goor Ende Oost Kruis Laar
`);

/** Dative forms after "ter", "ten" and "te" (ter Horst, ten Hove, te Riele): Twente, Achterhoek, Drenthe. */
export const TER = words(`
  Horst Haar Beek Braak Maat Steege Heide Mors Voorde Weele Borg Brugge Laak Hofstede Meulen Bogt Haak Burg
  Kuile Veen Wiel Avest Bals Beest Berg Bruggen Haseborg Huurne Linden Steeg Weeme Welle Stege Woerds Schure
  Molen Brake Wee Hark Heege Mate Riet Beke Stal Hoeve
`);
export const TEN = words(`
  Hove Have Cate Kate Brinke Bosch Dam Velde Berge Bulte Napel Doest Broeke Holte Hoopen Hagen Harkel Heuvel
  Klooster Oever Pas Thije Vergert Wolde Boom Brink Damme Elshof Hoeve Kley Thij Veen Voorde Barge Boer
  Bruggencate Feld Hoorn Kroode Zijthoff Bokum Camp Haaf Hulzen Pierick
`);
export const TE = words(`
  Riele Lintelo Brake Velde Winkel Loo Boekhorst Rietstap Wierik Nijenhuis Brinke Grotenhuis Molder Pas Plate
  Slaa Walvaart Water Kloese Boome Kiefte Lindert Morsche Vaanholt Wechel Wildt Woerd
`);

/** Rarer tussenvoegsels, whole names (in 't Veld, op den Kamp, uit den Bogaard). */
export const RARE_PREFIXED = commaList(`
  in 't Veld, in 't Zand, in 't Hout, in 't Groen, in de Braekt, op den Kamp, op de Beek, op den Brouw, op de
  Weegh, op 't Hof, op den Akker, op het Veld, uit den Bogaard, uit de Bosch, uit het Broek, uit de Weerd, aan
  de Stegge, aan de Wiel, onder de Linden, onder den Brink, over de Vest, voor de Poorte, van het Reve, van
  het Hof, bij de Vaate, bij de Weg, in der Maur, in de Betou, op ten Noort, op 't Land, van 't Wout, van 't
  Hek, den Hartog, den Hollander, den Boer, den Dulk, den Otter, den Ouden, den Uijl, den Besten, den Braber,
  den Breejen, den Heijer, den Hoed, der Kinderen, der Weduwen, 't Hart, 't Hoen, 't Jong, 't Mannetje, la
  Rivière, le Clercq, le Grand, du Pré, du Croo, d'Ancona, de la Court, de la Haye, van Oranje-Nassau, du
  Bois, le Fèvre, la Haye, de Vries Lentsch, van Gogh
`);

/** Patrician and noble double surnames (a few dozen in the whole country each). */
export const PATRICIAN = commaList(`
  Quarles van Ufford, Snouck Hurgronje, van Voorst tot Voorst, Smits van Oyen, de Savornin Lohman,
  Schimmelpenninck van der Oye, Gevers Deynoot, Beelaerts van Blokland, van Lidth de Jeude, Verloren van
  Themaat, de Vos van Steenwijk, de Marez Oyens, Bosch van Drakestein, Teding van Berkhout, Hooft Graafland,
  Rutgers van Rozenburg, Hora Siccama, van Haersma Buma, van Welderen Rengers, de Jonge van Ellemeet, Tjarda
  van Starkenborgh Stachouwer, Wttewaall van Stoetwegen, van Heemstra, Boreel van Hogelanden, van Panhuys, van
  Sminia, Six, Roëll, Loudon, de Beaufort, van Hogendorp, van Eysinga, Looxma, Gockinga, Feith, Sandberg, van
  Lynden, Twiss Quarles van Ufford, Mollerus, van Tuyll van Serooskerken, Taets van Amerongen, Bentinck, van
  Rappard, van Bylandt, van Zuylen van Nijevelt
`);

/** Frisian and Groningen given names (Sjoerd, Wiebe, Eppo): Sjoerdsma, Wiebenga, Eppinga, Ubbens. */
export const NORTHERN_GIVEN = words(`
  Aise Ate Auke Bauke Bonne Bouke Djurre Douwe Durk Eelke Egge Eize Feike Folkert Fokke Freerk Gerben Gjalt
  Haije Harm Hette Hidde Hielke Hylke Hessel Idse Iede Jelle Jelmer Jetse Jitse Jouke Jurjen Klaas Lammert
  Lieuwe Lolke Luitzen Marten Meine Menno Minne Oane Obe Oebele Oene Oepke Pier Pieter Popke Reinder Rein
  Rintje Roel Rommert Sake Sibe Siebe Sietse Sijbren Sjoerd Sjirk Sybe Taeke Tamme Teake Tjalling Tjeerd
  Tjibbe Tjitte Ulbe Wabe Watse Wiebe Wietse Wybe Wytze Ype Yde Ynze Eppo Harko Nanno Sikko Ubbo Wobbe Ede
  Edzo Geert Hinderk Jakob Reint Roelf Sieger Tjaard Wubbo Ebel Hero Onno Popko Remmert Abe Anne Bote Dirk
  Eeltje Frans Gerrit Hendrik Jan Jochum Lubbert Offe Reitse Rienk Rients Sjerp Tsjalle Ulke Wolter Harmen
  Haring Heert Hemme Hiddo Luppo Menne Okke Reiner Sebo Siert Tonnis Wiard Wigbold Epke Jelte Hotse
`);

/** Frisian landscape stems for -stra and -sma (Dijkstra, Hoekstra, Wiersma, Bosma). */
export const FRISIAN_PLACE_STEMS = words(`
  Dijk Hoek Veen Feen Zijl Terp Wier West Oost Hof Berg Dam Tuin Poel Zand Kooi Wal Hiem Gaa Len Bos Brug Meer
  Mar Sloot Riet Wijn Hol Kamp Horn Ley Tol Post Wijk Hoog Zwier Burg Heeg Pol Schaaf Mol Spoel Ploeg Boer
`);

/** Twente and Achterhoek stems for -ink and -ing (Wolterink, Hesselink, Geerdink). */
export const LOW_SAXON_STEMS = words(`
  Abb Alber Ar Beern Benn Bolt Eeft Elder Epp Essel Geerd Gerr Gossel Hamm Heer Hessel Heuvel Huls Jann Kemper
  Lans Lefer Lenfer Lubber Meen Meijer Menn Ribb Rikker Roer Siemer Veld Vriel Wass Wenn Wessel Wigger Wiss
  Wolter Aalder Ikk Kett Kormel Harm Rens Roel Wall Ebbek Heij Oster Brunn Damm Evert Garr Klumper Lemm Niem
  Roessel Rott Schutt Stokk Tenn Voss Weuster Ziever Arr Bekk Berend Dikk
`);

/** Twente prefix words that stay part of the surname (Olde Rikkert, Groot Wassink, Klein Gunnewiek). */
export const LOW_SAXON_PREFIX_WORDS = words(`Olde Oude Groot Klein Groote Kleine Lutke`);

/** Dutch places and a few Flemish and German border towns, for "van Amersfoort" and the like. */
export const PLACES = words(`
  Appingedam Bedum Delfzijl Winsum Haren Hoogezand Sappemeer Leek Marum Zuidhorn Grijpskerk Loppersum
  Uithuizen Warffum Baflo Ezinge Aduard Slochteren Siddeburen Scheemda Winschoten Veendam Wildervank
  Stadskanaal Musselkanaal Vlagtwedde Bellingwolde Finsterwolde Beerta Zuidbroek Muntendam Meeden Onstwedde
  Sellingen Pieterburen Usquert Eenrum Kantens Middelstum Stedum Farmsum Termunten Woldendorp Nieuwolda
  Noordbroek Kropswolde Foxhol Glimmen Onnen Noordlaren Tolbert Grootegast Opende Doezum Niekerk Oldehove
  Zoutkamp Ulrum Leens Kloosterburen Hornhuizen Roodeschool Spijk Bierum Holwierde Krewerd Godlinze Wirdum
  Garmerwolde Thesinge Sauwerd Adorp Leeuwarden Sneek Heerenveen Drachten Harlingen Franeker Dokkum Bolsward
  Workum Hindeloopen Stavoren Sloten Joure Lemmer Balk Wolvega Oosterwolde Gorredijk Beetsterzwaag Burgum
  Buitenpost Kollum Surhuisterveen Grou Akkrum Wommels Witmarsum Makkum Koudum Heeg Bakhuizen Oudega Tzum
  Berlikum Stiens Dronrijp Menaldum Minnertsga Ferwert Holwerd Ternaard Anjum Metslawier Birdaard Hallum
  Marrum Oentsjerk Hurdegaryp Rinsumageest Warten Irnsum Rauwerd Oldeboorn Terherne Sondel Oudemirdum
  Tjerkgaast Langweer Idskenhuizen Tijnje Ureterp Donkerbroek Haulerwijk Appelscha Makkinga Noordwolde
  Steggerda Oldeberkoop Hitzum Achlum Pingjum Arum Kimswerd Wons Schraard Exmorra Tjerkwerd Parrega Gaast
  Ferwoude Molkwerum Hemelum Assen Emmen Hoogeveen Meppel Coevorden Beilen Westerbork Borger Gieten Roden
  Peize Eelde Paterswolde Vries Zuidlaren Norg Veenhuizen Smilde Diever Dwingeloo Havelte Ruinen Zuidwolde
  Dalen Schoonebeek Sleen Odoorn Exloo Valthe Klijndijk Erica Zweeloo Aalden Orvelte Hooghalen Rolde Anloo
  Annen Eext Gasteren Loon Taarlo Grolloo Schoonloo Ees Wijster Spier Pesse Ruinerwold Koekange Nijeveen
  Uffelte Wapse Vledder Frederiksoord Eelderwolde Donderen Yde Zeijen Peest Bunne Lieveren Een Westervelde
  Ansen Elp Drijber Hijken Zwolle Deventer Enschede Hengelo Almelo Oldenzaal Kampen Steenwijk Vollenhove
  Genemuiden Hasselt Zwartsluis Dalfsen Ommen Hardenberg Gramsbergen Vriezenveen Nijverdal Hellendoorn Rijssen
  Holten Markelo Goor Delden Borne Haaksbergen Losser Denekamp Ootmarsum Tubbergen Weerselo Raalte Heino Wijhe
  Olst Lemelerveld Lemele Vilsteren Hoonhorst Wesepe Diepenveen Bathmen Okkenbroek Lettele Heeten Enter
  Wierden Notter Vroomshoop Daarle Geesteren Vasse Reutum Albergen Saasveld Hertme Boekelo Lonneker Usselo
  Buurse Diepenheim Hengevelde Bentelo Giethoorn Wanneperveen Blokzijl Kuinre Oldemarkt Paasloo Wilsum
  IJsselmuiden Zalk Wezep Hattem Staphorst Rouveen Nieuwleusen Balkbrug Avereest Dedemsvaart Lutten Slagharen
  Bergentheim Sibculo Kloosterhaar Beerzerveld Westerhaar Arnhem Nijmegen Apeldoorn Ede Doetinchem Zutphen
  Harderwijk Tiel Culemborg Wageningen Zevenaar Winterswijk Lochem Barneveld Nijkerk Ermelo Putten Elburg Epe
  Heerde Voorst Brummen Eerbeek Dieren Rheden Velp Renkum Oosterbeek Doorwerth Wolfheze Bennekom Lunteren
  Scherpenzeel Voorthuizen Garderen Kootwijk Otterlo Hoenderloo Loenen Beekbergen Ugchelen Vaassen Emst Oene
  Wapenveld Oldebroek Doornspijk Hulshorst Nunspeet Vierhouten Elspeet Uddel Hoevelaken Lathum Duiven
  Westervoort Huissen Bemmel Elst Gendt Angeren Doornenburg Pannerden Herwen Lobith Tolkamer Babberich Didam
  Loil Wehl Azewijn Etten Gaanderen Terborg Silvolde Ulft Gendringen Varsseveld Aalten Lichtenvoorde Groenlo
  Eibergen Neede Borculo Ruurlo Vorden Steenderen Baak Bronkhorst Laren Almen Gorssel Eefde Warnsveld Hummelo
  Keppel Doesburg Drempt Angerlo Giesbeek Zelhem Halle Winssen Druten Wijchen Beuningen Ewijk Weurt Groesbeek
  Ubbergen Millingen Leuth Kekerdom Heumen Malden Overasselt Nederasselt Batenburg Appeltern Maasbommel
  Dreumel Wamel Zaltbommel Brakel Poederoijen Aalst Ammerzoden Hedel Kerkdriel Rossum Heerewaarden Hurwenen
  Varik Ophemert Waardenburg Geldermalsen Buurmalsen Beesd Rhenoy Asperen Heukelum Vuren Herwijnen Haaften
  Tuil Est Opijnen Zoelen Wadenoijen Zennewijnen Kesteren Opheusden Dodewaard Hien Echteld IJzendoorn Lienden
  Maurik Ingen Ommeren Ravenswaaij Buren Zoelmond Beusichem Tricht Deil Enspijk Utrecht Amersfoort Veenendaal
  Zeist Nieuwegein Houten IJsselstein Woerden Montfoort Oudewater Vianen Rhenen Doorn Driebergen Bunnik Odijk
  Werkhoven Cothen Amerongen Leersum Maarn Maarsbergen Woudenberg Leusden Soest Baarn Eemnes Bunschoten
  Spakenburg Bilthoven Maartensdijk Westbroek Groenekan Breukelen Maarssen Vreeland Nigtevecht Abcoude
  Mijdrecht Vinkeveen Wilnis Kockengen Harmelen Linschoten Kamerik Zegveld Snelrewaard Benschop Polsbroek
  Lopik Jaarsveld Schalkwijk Lexmond Hagestein Everdingen Zijderveld Amsterdam Haarlem Zaandam Alkmaar Hoorn
  Enkhuizen Medemblik Purmerend Edam Volendam Monnickendam Hilversum Bussum Naarden Huizen Blaricum Weesp
  Muiden Diemen Amstelveen Uithoorn Aalsmeer Hoofddorp Zwanenburg Halfweg Spaarndam Heemstede Bloemendaal
  Zandvoort Velsen Beverwijk Heemskerk Castricum Uitgeest Limmen Heiloo Bergen Schoorl Egmond Petten
  Callantsoog Schagen Wieringen Julianadorp Texel Wognum Opmeer Spanbroek Hoogkarspel Bovenkarspel Grootebroek
  Andijk Wervershoof Venhuizen Hem Westwoud Zwaag Blokker Oosthuizen Avenhorn Ursem Obdam Hensbroek
  Heerhugowaard Oudkarspel Warmenhuizen Schermerhorn Grootschermer Graft Jisp Wormer Krommenie Assendelft
  Westzaan Oostzaan Landsmeer Ilpendam Marken Uitdam Zuiderwoude Durgerdam Ransdorp Osdorp Ouderkerk
  Duivendrecht Vijfhuizen Rotterdam Leiden Delft Dordrecht Gouda Schiedam Vlaardingen Maassluis Rijswijk
  Zoetermeer Alphen Katwijk Noordwijk Wassenaar Voorschoten Leiderdorp Oegstgeest Lisse Hillegom Sassenheim
  Warmond Voorhout Rijnsburg Valkenburg Zoeterwoude Hazerswoude Koudekerk Benthuizen Boskoop Waddinxveen
  Reeuwijk Bodegraven Nieuwkoop Zwammerdam Woubrugge Leimuiden Rijpwetering Roelofarendsveen Monster Naaldwijk
  Wateringen Honselersdijk Poeldijk Maasland Schipluiden Pijnacker Nootdorp Berkel Bergschenhoek Bleiswijk
  Zevenhuizen Moerkapelle Nieuwerkerk Capelle Krimpen Lekkerkerk Schoonhoven Bergambacht Ammerstol Gouderak
  Haastrecht Stolwijk Vlist Barendrecht Ridderkerk Zwijndrecht Papendrecht Alblasserdam Sliedrecht Hardinxveld
  Giessendam Gorinchem Arkel Schelluinen Leerdam Nieuwpoort Streefkerk Heinenoord Maasdam Puttershoek Strijen
  Numansdorp Klaaswaal Goudswaard Piershil Spijkenisse Hekelingen Geervliet Heenvliet Zuidland Brielle
  Rockanje Oostvoorne Hellevoetsluis Nieuwenhoorn Middelharnis Sommelsdijk Dirksland Herkingen Ooltgensplaat
  Stellendam Goedereede Ouddorp Poortugaal Rhoon Hoogvliet Pernis Kethel Overschie Hillegersberg Schiebroek
  Kralingen Delfshaven Charlois IJsselmonde Middelburg Vlissingen Goes Zierikzee Terneuzen Hulst Sluis
  Oostburg Aardenburg IJzendijke Axel Kapelle Yerseke Kruiningen Krabbendijke Rilland Reimerswaal Kattendijke
  Wemeldinge Kloetinge Heinkenszand Nisse Borssele Ellewoutsdijk Ovezande Driewegen Kwadendamme Baarland
  Hoedekenskerke Arnemuiden Veere Domburg Westkapelle Zoutelande Koudekerke Biggekerke Meliskerke Souburg
  Ritthem Serooskerke Vrouwenpolder Oostkapelle Grijpskerke Aagtekerke Brouwershaven Bruinisse Renesse
  Haamstede Burgh Noordwelle Ouwerkerk Oosterland Sirjansland Dreischor Scharendijke Kerkwerve Tholen
  Poortvliet Scherpenisse Stavenisse Kortgene Wissenkerke Kamperland Colijnsplaat Kats Cadzand Breskens Groede
  Schoondijke Biervliet Philippine Zaamslag Hontenisse Kloosterzande Vogelwaarde Clinge Koewacht Overslag
  Eindhoven Tilburg Breda Helmond Oss Roosendaal Waalwijk Oosterhout Veghel Uden Boxtel Valkenswaard Veldhoven
  Best Oirschot Geldrop Mierlo Nuenen Son Breugel Eersel Bladel Hilvarenbeek Goirle Oisterwijk Moergestel
  Haaren Vught Rosmalen Berlicum Schijndel Gemert Bakel Deurne Asten Someren Lierop Heeze Leende Maarheeze
  Budel Bergeijk Westerhoven Riethoven Vessem Hoogeloon Duizel Steensel Knegsel Wintelre Oerle Zeelst Waalre
  Woensel Stratum Tongelre Strijp Gestel Acht Dommelen Borkel Reusel Diessen Esbeek Baarle Chaam Ulvenhout
  Bavel Ginneken Princenhage Teteringen Terheijden Made Drimmelen Zevenbergen Klundert Fijnaart Willemstad
  Standdaarbuiten Oudenbosch Hoeven Leur Sprundel Rucphen Zegge Schijf Achtmaal Zundert Rijsbergen Wernhout
  Halsteren Woensdrecht Hoogerheide Ossendrecht Putte Wouw Nispen Steenbergen Dinteloord Kruisland Moerdijk
  Dongen Rijen Gilze Kaatsheuvel Drunen Heusden Vlijmen Nieuwkuijk Haarsteeg Hedikhuizen Engelen Empel Maren
  Kessel Lith Oijen Megen Ravenstein Herpen Berghem Heesch Nistelrode Vorstenbosch Heeswijk Dinther Loosbroek
  Erp Boekel Volkel Mill Wanroij Boxmeer Cuijk Grave Escharen Gassel Beers Linden Haps Oeffelt Vierlingsbeek
  Overloon Handel Elsendorp Milheeze Helenaveen Liessel Vlierden Aarle Rixtel Stiphout Lieshout Mariahout
  Gerwen Nederwetten Hapert Casteren Netersel Liempde Gemonde Esch Helvoirt Udenhout Biezenmortel Enschot
  Maastricht Heerlen Sittard Geleen Venlo Roermond Weert Venray Kerkrade Landgraaf Brunssum Meerssen Gulpen
  Wittem Vaals Eijsden Margraten Cadier Simpelveld Voerendaal Schinveld Nuth Schinnen Beek Stein Elsloo Born
  Susteren Echt Maasbracht Thorn Wessem Heel Beegden Horn Haelen Buggenum Roggel Neer Baarlo Helden Panningen
  Maasbree Sevenum Horst Grubbenvorst Lottum Broekhuizen America Meerlo Tienray Swolgen Blitterswijck Wanssum
  Well Gennep Ottersum Milsbeek Afferden Siebengewald Arcen Velden Lomm Tegelen Belfeld Reuver Beesel Swalmen
  Asselt Herten Melick Herkenbosch Vlodrop Posterholt Montfort Linne Ool Maasniel Hunsel Ittervoort Neeritter
  Stramproy Nederweert Ospel Leveroy Heythuysen Baexem Grathem Kelpen Ell Tungelroy Swartbroek Ulestraten
  Schimmert Bunde Geulle Amby Heer Gronsveld Rijckholt Mesch Mheer Noorbeek Slenaken Epen Mechelen Eys
  Wahlwiller Nijswiller Bocholtz Ubachsberg Klimmen Hulsberg Houthem Terblijt Bemelen Sibbe Oirsbeek
  Amstenrade Hoensbroek Merkelbeek Doenrade Jabeek Bingelrade Puth Sweikhuizen Spaubeek Neerbeek Genhout
  Limbricht Guttecoven Obbicht Grevenbicht Buchten Holtum Nieuwstadt Roosteren Dieteren Gent Brugge Antwerpen
  Leuven Lier Turnhout Tongeren Kortrijk Ieper Dendermonde Lokeren Ronse Geel Mol Herentals Diest Tienen
  Lommel Maaseik Bree Peer Genk Bilzen Eeklo Deinze Oudenaarde Roeselare Tielt Veurne Diksmuide Poperinge
  Kleef Emmerik Goch Wezel Kalkar Xanten Straelen Kevelaer Aken Keulen Munster Bentheim Lingen Meppen Emden
  Leer Norden Aurich Gelder Rijn Zuilen Oosten Westen Wijk Gils Iersel Hout Schaik Ginkel Vugt Zanten Essen
  Kempen Amstel Eck Heck Os Hees Zwieten Woerkom Driel Nistelrooij Eupen Gorkum Tuyl Alem Almkerk Andel
  Bokhoven Dieden Deursen Dussen Eethen Genderen Giessen Heesbeen Hank Herpt Meeuwen Nieuwendijk Sleeuwijk
  Uitwijk Waardhuizen Werkendam Woudrichem Elshout Oudheusden Doeveren Sprang Waspik Raamsdonk Geertruidenberg
  Keent Nuland Geffen Vinkel Zijtaart Eerde Mariaheide Keldonk Boerdonk Olland Nijnsel Boskant Wijbosch
  Maliskamp Hintham Orthen Deuteren Lithoijen Teeffelen Macharen Demen Neerloon Overlangel Reek Schaijk
  Odiliapeel Venhorst Brouwhuis Dierdonk Sterksel Zoerle Schaft Gastel Soerendonk Hulsel Meerhoven Middelbeers
  Oostelbeers Westelbeers Spoordonk Lennisheuvel Biest Houtakker Haghorst Riel Cromvoirt Besoijen Baardwijk
  Hulten Molenschot Galder Strijbeek Meersel Effen Bosschenhoofd Stampersgat Huijbergen Lepelstraat Welberg
  Heijningen Helwijk Oudemolen Langeweg Wagenberg Aalburg Hattemerbroek Horssen Kerkwijk Nederhemert Bruchem
  Delwijnen Zuilichem Gameren Nieuwaal Bommel Altforst Puiflijk Deest Balgoij Hernen Bergharen Niftrik Alverna
  Woezik Lent Valburg Herveld Andelst Zetten Hemmen Randwijk Heteren Elden Haalderen Ressen Hulhuizen
  Persingen Ooij Erlecom Molenhoek Breedeweg Zeddam Stokkum Loerbeek Lengel Kilder Vethuizen Netterden
  Megchelen Breedenbroek Dinxperlo Sinderen Varsselder Westendorp IJzerlo Bredevoort Barlo Dale Harreveld
  Zieuwent Beltrum Rekken Haarlo Gelselaar Noordijk Olburgen Keijenborg Toldijk Wichmond Vierakker Epse
  Harfsen Joppe Holterhoek Exel Barchem Nettelhorst Verwolde Kranenburg Wilp Twello Terwolde Teuge Klarenbeek
  Lieren Oosterhuizen Wenum Wiesel Nijbroek Veessen Vorchten Welsum Hierden Speuld Staverden Leuvenum Stroe
  Kootwijkerbroek Achterveld Terschuur Zwartebroek Wekerom Harskamp Ederveen Schaarsbergen Heelsum Heveadorp
  Asch Erichem Drumpt Heesselt Neerijnen Hellouw Dalem Gellicum Rumpt Acquoy Meteren Austerlitz Baambrugge
  Darthuizen Emminkhuizen Hoogland Hooglanderveen Jutphaas Langbroek Loosdrecht Nederlangbroek Overlangbroek
  Renswoude Rijsenburg Stoutenburg Tienhoven Vleuten Veldhuizen Haarzuilens Oudenrijn Vreeswijk Beverweerd
  Achterberg Remmerden Soesterberg Kortenhoef Ankeveen Nederhorst Breukeleveen Achttienhoven Kanis Hekendorp
  Papekop Driebruggen Waarder Nieuwerbrug Oukoop Abbenbroek Aarlanderveen Alkemade Ameide Berkenwoude
  Bleskensgraaf Bolnes Brandwijk Dubbeldam Giessenburg Goudriaan Heerjansdam Hoogblokland Hoornaar Kedichem
  Kinderdijk Langerak Leerbroek Meerkerk Molenaarsgraaf Nieuwland Noordeloos Ottoland Oudshoorn Oostdijk
  Rozenburg Stompwijk Leidschendam Voorburg Wilsveen Loosduinen Ockenburg Kijkduin Scheveningen Waalsdorp
  Ypenburg Vrijenban Hodenpijl Blankenburg Tinte Vierpolders Zwartewaal Oudenhoorn Simonshaven Biert
  Mijnsheerenland Westmaas Blaaksedijk Goidschalxoord Mookhoek Strijensas Cillaarshoek Tiengemeten Wijngaarden
  Liesveld Bergstoep Lakerveld Bonrepas Zevender Abbekerk Aartswoud Akersloot Barsingerhorn Beemster
  Benningbroek Berkhout Buiksloot Burgerbrug Driehuizen Eenigenburg Haringhuizen Hauwert Hoogwoud Kolhorn
  Kwadijk Lambertschaag Middelie Midwoud Nibbixwoud Oosterblokker Oudendijk Oudorp Oterleek Purmerland
  Schellinkhout Schoorldam Sijbekarspel Twisk Warder Westbeemster Wijdenes Winkel Wieringerwaard Zuidschermer
  Zwaagdijk Abbenes Beinsdorp Boesingheliede Buitenkaag Burgerveen Cruquius Haarlemmerliede Lijnden
  Lisserbroek Rijsenhout Spaarnwoude Zwaanshoek Bennebroek Vogelenzang Aerdenhout Overveen Santpoort Driehuis
  Westknollendam Wormerveer Koog Zaandijk Neck Wijdewormer Spijkerboor Oostknollendam Markenbinnen Starnmeer
  Graftdijk Noordeinde Watergang Holysloot Beets Hobrede Schardam Scharwoude Etersheim Lutjebroek Onderdijk
  Opperdoes Wadway Rustenburg Stompetoren Urk Emmeloord Dronten Lelystad Almere Zeewolde Biddinghuizen
  Swifterbant Marknesse Ens Kraggenburg Luttelgeest Bant Creil Espel Tollebeek Nagele Brederode Duvenvoorde
  Matenesse Polanen Cralingen Teylingen Warmont Borselen Cruiningen Haeften Stakenborg Hemert Boetselaer
  Rechteren Heeckeren Ittersum Rhemen Lynden Randwijck Zuylen Nijenrode Ruysdael Poelgeest Oostende Oirlo
  Castenray Oostrum Leunen Ysselsteyn Merselo Smakt Holthees Vredepeel Rijkevoort Sambeek Beugen Maashees
  Groeningen Ledeacker Stevensbeek Westerbeek Landhorst Mullem Oosterend Hollum Nes Ballum Midsland Formerum
  Westhoek Sexbierum Pietersbierum Oosterbierum Tzummarum Firdgum Oudebildtzijl Nieuwebildtzijl
  Vrouwenparochie Hijum Finkum Jelsum Cornjum Britsum Lekkum Goutum Hempens Teerns Swichum Wytgaard Idaard
  Aegum Friens Grouw Terhorne Oudeschoot Mildam Katlijk Nieuwehorne Oudehorne Jubbega Hoornsterzwaag Bontebok
  Luinjeberd Tjalleberd Gersloot Aldeboarn Boornbergum Kortehemmen Rottevalle Drogeham Harkema Twijzel
  Twijzelerheide Augustinusga Surhuizum Gerkesklooster Stroobos Visvliet Oostergo Westergo Lutjegast
  Kommerzijl Saaxumhuizen Houwerzijl Feerwerd Garnwerd Obergum Maarhuizen Mensingeweer Wierhuizen
  Westernieland Rottum Zandeweer Zeerijp Jukwerd Leermens Eenum Losdorp Lellens Wittewierum Woltersum
  Harkstede Scharmer Lageland Schildwolde Overschild Tjuchem Steendam Hellum Froombosch Kolham Meedhuizen
  Borgsweer Heveskes Oterdum Uiteinde Lettelbert Enumatil Boerakker Lucaswolde Jonkersvaart Oostwold Midwolde
  Nietap Zuidlaarderveen Annerveen Bonnen Gasselte Gasselternijveen Buinen Drouwen Bronneger Ellertshaar
  Eeserveen Odoornerveen Weerdinge Roswinkel Zandpol Nieuweroord Geesbrug Echten Linde Kerkenveld
  Hollandscheveld Elim Nieuwlande Tiendeveen Fluitenberg Stuifzand Mantinge Balinge Garminge Hoogersmilde
  Bovensmilde Hijkersmilde Langelo Zuidvelde Oosterhesselen Gees Wachtum Diphoorn Erm Holsloot Steenwijksmoer
  Eursinge
`);

// ---------------------------------------------------------------------------------------------
// Migrant surnames
// ---------------------------------------------------------------------------------------------

/** The most frequent Turkish surnames in the Netherlands, roughly in order. */
export const TURKISH_HEAD = words(`
  Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç
  Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güler Bozkurt Aksoy Tekin Uçar Kaplan Ünal Aktaş Karaca Akbulut
  Güneş Bulut Sarı Keskin Yavuz Çakır Tunç Akgül Altun Coşkun Ateş Acar Ekinci Balcı Yalçın Avcı Işık Özer
  Uysal Gündoğdu Eren Sönmez Başaran Karakaya Duman Ertürk Toprak Gök Bilgin Kahraman Turan Topal Özgür Ekici
  Altıntaş Bayram Orhan Savaş Tuncer Yücel Erol Kırmızı Sezer Akın Oral Ceylan Uzun Kalkan Kuru Çiftçi Demirci
  Demirtaş Temel Aydemir Kılınç Karataş Akbaş Yüksel Tosun Güven Kocabaş Şen Türkmen Ayhan Aslantaş Yazıcı
  Çınar Dinç Özbek Ergin Karadağ Akyüz Bal Gül Öz Erdem Ak
`);
/** First parts of Turkish compound surnames (Kara-, Ak-, Öz-, Gök-). */
export const TURKISH_FIRST = words(`
  Ak Akın Al Alp Altın Ar Arı Aslan Arslan Ay Aydın Bal Bay Baş Bayrak Bek Bil Boz Bul Can Cem Coş Çakır Çalış
  Çelik Çiçek Demir Deniz Dinç Doğan Dur Duman Er Erdem Eren Gök Gül Gün Güneş Güven Han Hız İnce Kahraman Kal
  Kan Kar Kara Kaya Keskin Kılıç Kır Koca Koç Kurt Kuş Kut Mert Oğuz Ok Öz Sağ Sarı Sel Sert Su Şahin Şen
  Şimşek Tan Taş Tek Temiz Tok Toprak Tuna Tunç Türk Uç Ulu Uz Ün Yavuz Yaz Yener Yeşil Yıldız Yiğit Yücel
  Yurt Ekin Erol Esen Gür Ilık Işık Oral Önal Sevin Ateş Dağ Yalın Çetin Ceylan Çam Dal Dede Ege Elmas Emir
  Göç Gönül Güç Hacı Kök Köse Kuzey Mutlu Nal Oruç Ozan Önder Pek Sayın Sevim Sungur Şeker Tatlı Tay Tez Toy
  Uğur Ulus Yel Yüce Zengin Kartal Kuru Soy Yaman Bora Kutlu Gökçe Ata Bahar Berk Cengiz Çoban Erk Gazi Gürbüz
  Harman Kavak Kızıl Metin Olgun Sezgin Şahan Tarhan Topçu Ural Yağız
`);
/** Second parts of Turkish compound surnames (-kaya, -soy, -demir, -oğlu). */
export const TURKISH_SECOND = words(`
  kaya soy demir taş dağ er han can türk yiğit kurt doğan el bay ay gün tepe alp göz baş kan su ok yol yurt
  tekin gül çelik kılıç aslan arslan bulut ateş yıldız men tan kal ar gündüz bek kol yüz ses oğuz sever koç
  toprak öz ekin tunç sel kuş bilek yazıcı gök dal pınar kök göl deniz ışık ün bayrak savaş yaman budak dere
  bora doğru bey ova sungur boğa tay oğlan çam tuğ ören yürek güneş
`);
/** Turkish -oğlu names: the first part. */
export const TURKISH_OGLU = words(`
  Kara Hacı Kahraman Ali Ahmet Mehmet Hasan Osman Mustafa Hüseyin İbrahim Yusuf Ömer Emir Bey Paşa Şeyh Molla
  Topal Deli Çoban Demirci Kazancı Uzun Kel Eyüp Halil Abdullah Kasap Terzi Dülger Çakır
`);

/** Moroccan names from places and tribes, used bare and with "El" (Amrani, El Amrani). */
export const MOROCCAN_NISBA = words(`
  Amrani Idrissi Fassi Meknassi Tetouani Nadori Riffi Soussi Marrakchi Ouazzani Bakkali Alaoui Touhami Chaouni
  Drissi Kasmi Tahiri Hassani Hamdaoui Khattabi Ouriaghli Boukili Ghazouani Azzouzi Haddouchi Mansouri Hajji
  Hilali Jebari Khamlichi Khayati Mahdaoui Ouahabi Ouardi Ouali Rahmouni Tazi Yassini Yousfi Zarouali Ziani
  Boujdaini Boutaybi Amezzian Allouchi Bachiri Bouazzaoui Chakiri Chergui Dahmani Fadili Filali Gharbi
  Harchaoui Jabri Kabbaj Kharroubi Lahmidi Lamrani Mokaddem Naciri Ouadghiri Rachidi Sadiki Sbai Slimani
  Temsamani Touzani Wahbi Yahyaoui Zerouali Azzaoui Baddou Bouhali Haddioui Hamdi Saidi Mokhtari Mimouni
  Ammari Karimi Abbadi Ayadi Moussaoui Aissaoui Bouchiki Hammouchi Kaddouri Mesbahi Ouarrak Serghini Tounsi
  Yacoubi Zaidi Bouzidi Haddadi Jaouhari Kettani Laghmari Mouhib Ouakili Tahri Boutahiri Azzahraoui Hamouti
  Kachchaf Majdoubi Nouri Ouchan Ayoubi Bennani Berrada Benjelloun Chraibi Guessous Lahlou Sekkat Alami
  Bouhaddi Hamidi Belhaj Belkadi Charrouf Ghailan Haouari Kasbi Khalfi Brahimi Omari Abbassi Allali Miloudi
  Abdellaoui Rahali Messaoudi Smaili Daoudi Khalili Jamali Taibi Husseini Salhi Azizi Harrouchi Jilali Kadiri
  Tijani Fakiri Hamouchi Zahraoui Zouhairi Zemmouri Maghraoui Seddiki Lamghari Mrabti Ghoulam Hamzaoui
  Kharbouchi Aarab Moumni Ourahou Boukhari Kabbouri Souiri Skalli Mekouar Lazrak Nejjari Ouafi Haddaji
  Bakkouri Ftouh Guerrouj Hnini Marcouch Bouzerda Bezaz Ouaali Fassed Chaouch Charki Cherradi Dahbi Dghoughi
  Baghdadi Hadioui Haji Mahraoui Morabit Essadki Fathi Harchi Jaadar Khadrouf Laaroussi Lahbabi Mahjoubi
  Marzouk Mchich Mouaddab Nouh Ouchen Oulhaj Rahmani Sahli Sbihi Slaoui Souidi Tahir Talbi Tamouh Touil
  Yaakoubi Zaari Zaoui Zemrani Zouggari Hammouti Boukhris Amraoui Bouharrou Akhmouch Ajdid Azough Bouchaara
  Boumaaza Daghmoumi
`);
/** Moroccan given names after "Ben" (Ben Ali, Benali, Benhaddou). */
export const MOROCCAN_BEN = words(`
  Ali Ahmed Mohamed Said Haddou Moussa Aissa Omar Brahim Abdellah Allal Hammou Taieb Yahya Youssef Salah
  Kaddour Larbi Hassan Driss Mimoun Ayad Amar Lahcen Abdeslam Tahar Bouazza Chaib Jelloun Kirane Nali Chrif
  Aicha Daoud Hamou Messaoud Rahal Smail Zaid
`);
/** Berber clan names after "Ait" (Ait Hammou, Ait Taleb). */
export const MOROCCAN_AIT = words(`
  Hammou Moussa Taleb Ouali Ali Brahim Said Lahcen Haddou Omar Benali Mimoun Baha Bella Ouarab Ichou Yahia
  Addi Hssain Mhand
`);
/** Moroccan (Berber and Arabic) surnames as they are, incl. the Bou- names. */
export const MOROCCAN_WHOLE = words(`
  Bouzid Boukhari Boulahrouz Bouazza Boutahar Boukhriss Boussaid Bouzian Bouabid Boudaoud Bouchtaoui
  Bouyaghlafen Bouhlal Boujemaa Bouras Boumediane Bouhamdi Bouallou Bouaddi Boutaleb Boutkabout Bouzerda
  Achahbar Amezian Aznag Azarkan Aberkan Amghar Ahaddouch Akrouh Abarkan Azzouz Tahtah Ahajjaj Afkir Akdim
  Amajou Amaziane Arbib Chentouf Ghalbzouri Kaddouri Salhi Ziyech Amrabat Afellay Labyad Mazraoui Aboutaleb
  Achaibi Ahannach Akhiat Aouraghe Asbai Azaouagh Bakkali Charrouk Daoudi Ennali Essafi Ezzahraoui Haddouchi
  Hamdoun Kharbouch Machkour Najjari Qasmi Raiss Sabri Taouil Yachou Zarhouni Achahchah Aghzaf Akouh Amajjoud
  Aslimi Azdad Belarbi Bouchouari Chahboun Dahri Elasri Farhane Ghazal Hajoui Hammouti Jaddi Kabli Lachhab
  Marrakchi Maataoui Ouaali Rachdi Saadouni Zerkani
`);

/** Polish surnames (masculine forms; surnames.ts adds -ska, -cka, -dzka). */
export const POLISH = words(`
  Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski
  Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski
  Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk
  Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora Baran Rutkowski Michalak Szewczyk Ostrowski Tomaszewski
  Pietrzak Zalewski Wróblewski Marciniak Jasiński Zawadzki Bąk Jakubowski Sadowski Duda Włodarczyk Wilk
  Chmielewski Borkowski Sokołowski Szczepański Sawicki Lis Kucharski Kalinowski Wysocki Mazurek Kubiak
  Maciejewski Czarnecki Kołodziej Szczepaniak Kaźmierczak Wasilewski Sobczak Czerwiński Andrzejewski Cieślak
  Zakrzewski Głowacki Kowalewski Sikorski Krajewski Gajewski Szulc Baranowski Laskowski Brzeziński Makowski
  Ziółkowski Przybylski Domański Nowacki Borowski Błaszczyk Chojnacki Ciesielski Mróz Szymczak Kowal Urbański
  Krupa Kaczmarczyk Leśniak Kania Kurek Kozak Kasprzak Marczak Sobczyk Kołodziejczyk Wawrzyniak Szymczyk
  Kurowski Gutowski Tomczak Tomczyk Adamski Rogalski Stachowiak Zięba Sowa Urban Kot Wilczyński Cieślik Kaczor
  Kowalik Banaś Pietrzyk Grzelak Górecki Janik Sosnowski Zawisza Bielecki Dziedzic Pająk Mikołajczyk Kaczyński
  Karpiński Tokarski Kruk Jóźwiak Michałowski Leszczyński Kwiatek Cichocki Milczarek Grzybowski Żak Kędzierski
  Przybyła Pawlik Lipiński Matusiak Bednarek Bednarczyk Bednarski Kasprzyk Fijałkowski Wrona Żukowski
  Szczepanik Kubicki Śliwiński Czajkowski Kowalczuk Krawiec Bielski Wolski Kaczmarski Marek Michalik Filipek
  Filipiak Jędrzejewski Gołębiowski Markowski Lewicki Zielonka Mielczarek Wasiak Pawełczyk Głowacz Bartkowiak
  Jasiak Olejniczak Sadowy Sieradzki Skowroński Sroka Szczęsny Tarnowski Turek Wiśniewicz Zaremba Piątek
  Kozieł Kubiś Łukasik Łukaszewski Nowaczyk Ogórek Przybysz Rybak Siwiec Staniszewski Szwed Adamiak Adamek
  Adamowicz Andrzejczak Bartczak Bartoszewski Bartosik Bielawski Biernacki Bogdański Borowiec Brzozowski
  Buczek Bukowski Chmiel Chrzanowski Czech Czyż Dąbek Dobrowolski Drozd Dziubek Falkowski Florczak Frankowski
  Gajda Gałązka Gawroński Gierczak Glinka Grochowski Gruszka Hajduk Jabłonowski Jakubczyk Jakubiak Janiak
  Janicki Jankowiak Jarosz Józefowicz Kasprowicz Kazimierczak Kędzia Kłos Kmieć Kobus Konieczny Kopeć
  Kostrzewa Kozioł Krawczyński Krupiński Krzemiński Kubacki Kubica Kucharczyk Kulesza Kupiec Kurzawa Kuźniar
  Kwiecień Lach Lasota Lipski Łuczak Łukaszczyk Maciejczyk Maciejak Majchrzak Malec Maślanka Matuszewski
  Matuszak Mazurkiewicz Michalczyk Mikołajczak Mikulski Milewski Mroczek Musiał Nawrocki Niemiec Olejnik
  Orłowski Osiński Owczarek Pawlikowski Piątkowski Piekarski Piotrowicz Płonka Polak Przybylak Rogowski
  Rosiński Rudnicki Rybicki Skiba Sobolewski Stachowicz Stanisławski Stefański Stefaniak Strzelecki Szczygieł
  Szewczak Szostak Świątek Tomaszewicz Trojanowski Walczyk Waligóra Witek Wojtczak Wojtkowiak Wolak Zawada
  Żmuda Żurek Żurawski Żyła
`);

/** Romanian surnames. */
export const ROMANIAN = words(`
  Popescu Ionescu Georgescu Constantinescu Dumitrescu Stănescu Marinescu Rădulescu Petrescu Mihăilescu
  Vasilescu Nicolescu Teodorescu Andreescu Anghelescu Florescu Grigorescu Iordănescu Lupescu Manolescu
  Mateescu Niculescu Oprescu Stoicescu Tomescu Voicescu Zamfirescu Munteanu Moldoveanu Ardeleanu Olteanu Dobre
  Ciobanu Lupu Rusu Moraru Dogaru Rotaru Croitoru Cojocaru Ursu Stoica Stan Dinu Toma Barbu Neagu Florea Sârbu
  Tudor Ene Zamfir Lazăr Nistor Gavrilă Pop Popa Oprea Dumitru Ion Matei Gheorghe Ilie Constantin Mihai Marin
  Stanciu Radu Dima Tănase Nedelcu Cristea Enache Manea Pavel Mocanu Bălan Bogdan Coman Diaconu Dragomir Iacob
  Iordache Mitrea Mihalache Năstase Niculae Paraschiv Pîrvu Preda Roman Sandu Șerban Surdu Voicu Vlad Moldovan
  Lungu Stoian Costea Filip Ispas Suciu Ungureanu Vasile Chiriac Cozma Grigore Anton Avram Andrei Ciocan
  Căpraru Fieraru Păduraru Văduva Bucur Dobrescu Gheorghiu Marcu
`);

/** Bulgarian surnames (masculine; surnames.ts adds -a), incl. Turkish-Bulgarian ones. */
export const BULGARIAN = words(`
  Ivanov Petrov Georgiev Dimitrov Nikolov Stoyanov Hristov Todorov Iliev Vasilev Atanasov Angelov Yordanov
  Stefanov Kolev Marinov Popov Petkov Mihaylov Kostov Dimov Krastev Nedelchev Tsvetkov Pavlov Aleksandrov
  Stanchev Kirilov Anev Bonev Borisov Dobrev Donchev Genov Grigorov Hadzhiev Kamenov Kovachev Lazarov Mitev
  Nedev Nenov Penev Radev Simeonov Slavov Spasov Stoev Tanev Tonchev Valchev Vladimirov Yankov Zhelev Zlatev
  Velev Mladenov Ganchev Hristozov Manolov Bozhilov Milanov Iordanov Mehmedov Aliev Ahmedov Hasanov Mustafov
  Ismailov Yusufov Salimov Ibryamov Osmanov Halilov Ramadanov Sabriev Yumerov Ademov Redzhebov Hyuseinov
  Shakirov Raifov Rashidov Emurlov Myumyunov
`);

/** Hungarian surnames, incl. place names in -i. */
export const HUNGARIAN = words(`
  Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos Mészáros
  Oláh Simon Rácz Fekete Szilágyi Török Fehér Balázs Gál Kis Szűcs Kocsis Orsós Pintér Fodor Szalai Sipos
  Magyar Lukács Gulyás Biró Király Katona László Jakab Bogdán Balog Sándor Boros Fazekas Kelemen Antal Orbán
  Somogyi Szegedi Debreceni Pécsi Budai Győri Soproni Egri Kecskeméti Miskolci Szolnoki Tatai Vasvári Hegedűs
  Bognár Halász Vörös Pásztor Csonka Fülöp Vincze Hajdu Szekeres Deák Barta Pál Illés Bakos Márton Kardos
  Virág Major Dudás Bálint Hegyi Lengyel Csizmadia Ács Erdélyi Jónás
`);

/** Ukrainian surnames (with a few Russian ones). */
export const UKRAINIAN = words(`
  Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliynyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz
  Marchenko Lysenko Rudenko Savchenko Petrenko Klymenko Pavlenko Kravchuk Kuzmenko Ponomarenko Vasylenko
  Levchenko Kharchenko Melnyk Boyko Kovalchuk Ivanenko Ivanchuk Romanenko Karpenko Yakovenko Sydorenko
  Panchenko Tymoshenko Zinchenko Kostenko Mazur Hrytsenko Ostapenko Nazarenko Demchenko Danylenko Pylypenko
  Prokopenko Fedorenko Andriyenko Yurchenko Didenko Honcharenko Honcharuk Hnatyuk Martyniuk Romaniuk Vasylyuk
  Stepanyuk Fedoruk Savchuk Hrytsyuk Levchuk Dmytruk Lytvyn Lytvynenko Lytvynchuk Sheremet Kozak Kozachenko
  Kozachuk Melnychuk Melnychenko Rybak Moskalenko Hordiyenko Herasymenko Zakharchenko Mykhailenko Ostapchuk
  Panasyuk Pasichnyk Ponomarchuk Semenyuk Tarasenko Tereshchenko Tymchenko Tymchuk Voloshyn Vovk Zhuk Bilyk
  Chernenko Kravets Shvets Tkach Kovalyshyn Ivanyshyn Fedoryshyn Petryshyn Yaremchuk Yaroshenko Babenko Bilous
  Bondarchuk Dovzhenko Hryhorenko Korol Kushnir Onyshchenko Omelchenko Savenko Shapoval Sirenko Stetsenko
  Vlasenko Yatsenko Yeremenko Zaiets Klymchuk Ivanov Smirnov Kuznetsov Popova Sokolov Volkov Morozov Novikov
  Pavlova Orlov
`);

/** Serbian, Croatian and Bosnian surnames. */
export const YUGOSLAV = words(`
  Hodžić Mehmedović Hasanović Begić Delić Ibrahimović Hadžić Kovačević Jovanović Petrović Nikolić Marković
  Đorđević Stojanović Ilić Pavlović Popović Babić Horvat Kovač Knežević Marić Perić Vuković Jurić Tomić Božić
  Alić Husić Mujić Omerović Selimović Softić Šarić Čolić Avdić Bešić Zukić Salihović Kapetanović Karić Mešić
  Halilović Suljić Radić Pejić Matić Lukić Vidović Jelić Šimić Grgić Milošević Radović Simić Stanković
  Živković Blažević Brkić Dedić Fazlić Hamzić Imamović Jusić Kurtović Mahmutović
`);

/** Surinamese-Hindustani names: first and second parts (Ram + lal, Sew + nath), and whole names. */
export const HINDUSTANI_FIRST = words(`
  Ram Sew Shiw Jag Bis Har Sit Man Lach Soekh Nand Par Debi Hira Bal Gan Ganga Bhag Mahab Rad Kis Chan Dew
  Gobar Hanoe Jai Kali Lal Mohan Prem Rat Sri Tilak Chet Bhola Dhan Lakhan Oem Ragho Tul Bhim Brij Gaja Indar
  Jit Kewal Sant
`);
export const HINDUSTANI_SECOND = words(`
  din lal saran charan persad dat nath dew kisoen singh sing autar rattan baran das pal sahai dhari bali dhan
  khelawan soekh dien djiawan roep essar ram sarran dajal deo lakhan narain pertab sewak balak bharos saroep
  dhin
`);
export const HINDUSTANI_WHOLE = words(`
  Ramdin Baldewsingh Ramsaran Jagessar Mahabier Ramautar Ramlal Sewdien Bisessar Ramkhelawan Kanhai Autar
  Tewarie Soekhoe Bhagwandin Ramdhani Jhinkoe Ganesh Kalloe Mangal Biharie Jagroep Jagernath Mahadew Mahabali
  Sewnath Sewcharan Sewpersad Sewbalak Lachman Lachmansingh Radjkoemar Sital Sitaldin Sitaram Gangaram Ganpat
  Harpal Kisoensingh Mangroe Gobardhan Soekhlal Nandlal Nandram Parbhoe Parmessar Debipersad Hiralal Balesar
  Balgobind Dwarkasing Chandrikasing Bhagwandas Lalbahadoersing Lalji Lalmohamed Karamatali Khodabaks Imambaks
  Jamaludin Mohabir Sardjoe Matadin Bissumbhar Radhakishun Bansi Dihal Doerga Girdhari Gopal Jadnanansing
  Jairam Kalka Kalpoe Madho Mahes Moensi Nankoe Oedit Oemrawsingh Pahladsingh Persaud Poeran Raghoebar
  Raghoenath Rambaran Ramdas Ramkisoen Ramrattan Ramsundersingh Rattan Sahtoe Somai Toelsie Chotkan Rampersad
  Ramcharan Ramsoekh Ramnath Ramphal Ramdat Ramsahai Ramjiawan Baboeram Ramdjan Khedoe Gajadhar Bhoelai
  Dhoendhai Gokoel Jhauw Kanhaiya Ketwaroo Manichand Mathoera Panchoe Rajaram Ramdayal Santokhi Shriemisier
  Soekarnsingh Thakoerdin
`);

/** Surinamese-Javanese names: Karto + dikromo, Sastro + wirjo; and short names. */
export const JAVANESE_FIRST = words(`
  Karto Sastro Atmo Kromo Wongso Mangun Soero Dirdjo Djojo Harjo Kerto Marto Pawiro Redjo Setro Soemo Troeno
  Wirjo Joso Sono Pontjo Kasan Tjokro Parto Rono Sarmo Mardi Karijo Ardjo Prawiro Sadi Soeki Tirto Darmo
  Sardjo
`);
export const JAVANESE_SECOND = words(`
  dikromo redjo semito wirjo diwirjo dimedjo dirdjo pawiro sentono dikoro raharjo wijono sono mardjo diredjo
  sentiko widjojo hardjo atmodjo soewito moentalib mertono setiko soemito taroeno
`);
export const JAVANESE_WHOLE = words(`
  Karso Sarmo Paiman Ngadimin Kasanredjo Kasanpawiro Kasanmoentalib Sarmin Soekardi Soemita Pawirodikromo
  Tosari Wagiman Rakiman Samidin Djasman Sadimin Pinas Moestadja Sardjoe Tjong Amatstam Soekhai Redjosentono
  Sontosoemarto Kartowidjojo Atmowirono
`);

/** Indonesian names (Indo and Javanese): first and second parts (Su + yanto, Har + tono). */
export const INDONESIAN_FIRST = words(`Su Har Wi Sur Pra Djo Mul Kus Soe Pur Sug Sup Wid Dar Sut Tar Jum Sar`);
export const INDONESIAN_SECOND = words(`
  yanto yono tono wanto harjo sono darmo parno tarno yadi wati mardi santo prapto kirno narto ripno jito
`);

/** Moluccan names: first and second parts (Patti + peilohy, Watti + mena), and whole names. */
export const MOLUCCAN_FIRST = words(`
  Latu Patti Manu Tuhu Watti Siah Lesi Maku Hitu Tita Tupa Pelu Sahe Matu Nan Lewe Reha Hehan Lili Kaki Sopa
  Huwa Rumah Leatemia Ririm
`);
export const MOLUCCAN_SECOND = words(`
  heru hery asina mury mena peilohy wael nama sama mahu lessy lohy hutu putty paty hatu ley sarany ruw sila
  taihu kota wane sina tua latu hahu pessy
`);
export const MOLUCCAN_WHOLE = words(`
  Latuheru Manuhutu Pattiasina Tuhumury Lesiasel Wattimena Pattipeilohy Tahapary Siahaya Tuasela Lewerissa
  Nanlohy Matulessy Sahetapy Tupamahu Soumokil Pattinama Manusama Ririmasse Leuwol Huwae Rumahlatu Sopacua
  Latumahina Kakiay Lilipaly Hitijahubessy Pelupessy Rehatta Hehanussa Loppies Titaley Tutuhatunewa Manuputty
  Maitimo Metiarij Pattiruhu Sapulette Tanamal Uneputty Wairata
`);

/** Surinamese-Creole surnames. */
export const CREOLE = words(`
  Pinas Linger Wijngaarde Kerwijk Eersteling Vlijt Bendter Sabajo Fränkel Kruisland Macnack Sedney Panka
  Doelwijt Emanuels Fernandes Venetiaan Bouterse Pengel Brunings Wijdenbosch Nelom Lont Dap Kaersenhout Belfor
  Breinburg Comvalius Dors Drenthe Esajas Gefferie Held Koorndijk Landveld Lieveld Mijnals Misiedjan Nooitmeer
  Nijbroek Ooft Pigot Playfair Rellum Renfrum Rozenblad Samson Slagveer Sno Sordam Stuger Vrede Vreedzaam
  Waaldijk Zeefuik Zaalman Zuiverloon Cairo Christiaan Dijksteel Eduards Emanuelson Fontein Hanenberg Hoever
  Jozefzoon Karsters Leerdam Lewis Marica Menig Muringen Neslo Redmond Reeder Ritfeld Schurman Seedorf Sprong
  Stolk Telgt Tuur Wix Zebeda Davids Rijkaard Gullit Winter Kluivert Bogarde Reiziger Menzo Wijnaldum Babel
  Zeegelaar Dilrosun Fer Vanenburg Aron Abena Amafo Apai Biswane Blufpand Dundas Eckhorst Fraser Gummels Hew
  Joeroeja Kensenhuis Kolader Lamsberg Lambert Monsels Nahar Olmberg Sumter Tjin Vrieze Adipi Akkrum Aloema
  Amsterdam Bakboord Balfoort Bergraaf Betterson Bodewes Boldewijn Bruma Cabenda Coffie Deekman Dragman Elstak
  Gooding Grootfaam Harms Hoost Kanteman Kastiel Klas Koster Libanon Lobo Loor Maatrouw Meerzorg Paal Pauwel
  Plein Resida Roseval Sandvliet Schalkwijk Simson Tevreden Tholel Tjon Tuinfort Uiterloo Vaarwerk Vyent Wolff
  Zorgvliet
`);

/** Antillean and Aruban surnames. */
export const ANTILLEAN = words(`
  Martina Koeiman Rosaria Isenia Statia Doran Pieternella Felida Bernardina Zimmerman Cijntje Leito Rojer
  Sulvaran Anthony Mercera Janga Marchena Winklaar Girigorie Maduro Daantje Obispo Sambo Capriles Cicilia
  Croes Dijkhoff Eman Geerman Henriquez Kock Lampe Oduber Ras Tromp Vrolijk Wever Arends Bislip Clarinda
  Constancia Coffie Dumfries Elisabeth Fecunda Francisca Juliana Lourens Marcelina Nicolaas Pikerie Regales
  Sille Wawoe Wiels Zievinger Angela Balentien Beaumont Bonifacio Celestijn Clemencia Colina Curiel Evertsz
  Faneyte Jesurun Kirindongo Martis Paulina Petrona Richardson Rosalia Salsbach Silberie Sprock Thodé Trinidad
  Victorina Schotborgh Jacobs Carolina Frans Hooi Kwidama Lopes Mathew Pietersz Profas Rosalina Tokaay
  Vanterpool Winkel Wout Abraham Alberto Bakhuis Boekhoudt Brion Cornelia Cuales Daal Emerenciana Everts
  Facunda Gomes Hernandez Isabella Josepha Leonora Magdalena Marten Mercelina Nisbet Ostiana Palm Quast
  Rafaela Raveneau Richards Rodriguez Semeleer Sillé Statie Thomas Valies Wernet Wilsoe Ascencion Bito Chirino
  Dania Dirksz Engelhardt Figaroa Hassell
`);

/** Chinese surnames: Cantonese, Hakka, Hokkien (Indonesian) and pinyin spellings. */
export const CHINESE = words(`
  Chan Wong Li Lee Zhang Cheung Wang Liu Lau Chen Chin Tan Yang Yeung Huang Zhao Chiu Wu Ng Zhou Chow Xu Hui
  Sun Suen Ma Mah Zhu Chu Hu Woo Guo Kwok He Ho Lin Lam Lim Luo Law Lo Zheng Cheng Tang Xie Tse Song Sung Deng
  Feng Fung Liang Leung Tsang Yip Ye Kwan Kong Kam Mak Mok Poon Pan Siu Xiao Yu Yue Yuen Fan Fok Hau Hou Tsui
  Cui Choi Cai Tsai Tjoa Lie Oei Go Kho Liem Thio Njoo Ong Tio Tjong Tjhin Tjan The Han Sie Kwee Oey Gouw
  Khouw Loa Phoa Souw Tjie Yap Jap Kang Lai Lui Luk Man Pang Shum Sin Tai To Tong Wan Wai Yam Yau Yim Gao
  Jiang Zeng Peng Dong Yuan Jin Wei Lu Tian Fu Du Shen Xiong Qian Su Ren Kuo
`);
/** Surinamese-Chinese (Hakka) names: Tjon + A + Fong. */
export const SURINAMESE_CHINESE_FIRST = words(`
  Tjon Tjin Lo Lie Fung Ho Chin Tsang Kong Lim Tjoe Tjang Phoa Wong Tjong Kon Sjauw Akum
`);
export const SURINAMESE_CHINESE_SECOND = words(`
  Fong Njoe Tsoi Ling Sim Lien Kwie Joe Kon Foek Fat Tjoen Sjoe Hung Kiem Loi Tai Jen Pauw Sen Lam Tham Kiauw
  Sang Foeng Meng
`);

/** Vietnamese surnames, the most frequent first. */
export const VIETNAMESE = words(`
  Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Lam Trinh Mai Dao Cao
  Luong Quach Thai Ta Kieu Doan Ha Lai Luu Mac Nghiem Phung Quan Thach Thieu Ton Trieu Vuong Khuc Diep Giang
  Hua Kha La Lieu Tieu Tu Vi Nguyễn Trần Lê Phạm Hoàng
`);

/** Eritrean (Tigrinya) compound names: Gebre + mariam, Tesfa + michael; and given names used as surnames. */
export const ERITREAN_FIRST = words(`
  Gebre Ghebre Habte Tekle Wolde Welde Haile Kidane Tesfa Zere Ande Fesseha Berhane Okba Mehret Ogba Tewelde
`);
export const ERITREAN_SECOND = words(`
  mariam michael medhin selassie giorgis yesus kidan tsion meskel iyesus haimanot kristos mikael ab amlak
  tinsae slassie egziabher gabriel hiwet
`);
export const ERITREAN_WHOLE = words(`
  Tesfay Haile Kidane Mehari Berhane Tekle Habte Yohannes Mebrahtu Asmerom Fessehaye Zere Negash Tewolde
  Kahsay Weldu Ghirmay Goitom Hagos Isaak Kiflom Measho Mesfin Mussie Nahom Okbazghi Russom Semere Senai Sium
  Solomon Teklay Tekeste Tsegay Woldu Yemane Zerai Abraha Afewerki Amanuel Araya Berhe Biniam Dawit Efrem Eyob
  Filmon Hailu Kibrom Medhanie Merhawi Mehretab Petros Tesfit Tedros Yonas Andom Asfaha Bahta Debesay Embaye
  Fitsum Hadgu Keleta Kesete Sebhat Temesghen Tsehaye Weldeab Yosief Zemichael Gebru Ghebrehiwet Habtom Kifle
  Mengsteab Mihreteab Netsereab Ogbagabriel Teame Tekie Welday Yikealo
`);

/** Somali names (the father's or grandfather's given name as surname). */
export const SOMALI = words(`
  Mohamed Ahmed Ali Hassan Abdi Farah Warsame Jama Hirsi Osman Abdullahi Nur Yusuf Aden Dirie Elmi Hashi
  Samatar Mohamud Ibrahim Ismail Omar Abdirahman Abdulkadir Abdiwali Guled Egal Duale Awale Barre Bile Dahir
  Ege Gedi Hersi Isse Jibril Kahin Mahamud Muse Nuur Roble Shire Sheikh Warfa Yonis Yasin Abdille Adan Awil
  Bashir Dualeh Faarax Gaas Geedi Guuleed Haji Hussein Jimale Liban Madar Mire Muuse Noor Olad Rage Said Salad
  Sharmarke Siad Ugaas Waberi Warsama Xasan Yare Abdulle Abdinur Abdisalam Abdikarim Abdirizak Abdiaziz
  Kulmiye Maalin Mahdi Osoble Shukri Abukar Afrah Buraale Cabdi Diriye Galaal Hiiraal
`);

/** Arabic name roots (Syria, Iraq, Lebanon, Palestine): bare, with "Al-", "Al " or joined (Alkhatib). */
export const ARABIC_ROOTS = words(`
  Khatib Hassan Ahmad Ali Hussein Masri Halabi Shami Homsi Hamwi Kurdi Sayed Najjar Haddad Khalil Mohammad
  Abdullah Hamad Omar Issa Saleh Hariri Zoubi Rifai Jasem Darwish Khoury Kassab Sabbagh Nasser Hamdan Suleiman
  Othman Mustafa Youssef Bakri Attar Jabbour Hanna Kanaan Mansour Mahmoud Hamoud Aswad Asaad Atassi Azm Barazi
  Dabbagh Daher Dalati Fares Hakim Hallak Hijazi Jaber Jamal Karam Kassem Khalaf Khaled Khodr Laham Mahfouz
  Marouf Moussa Nahas Obeid Qassem Rahal Rashid Sabra Sarraj Shaheen Shehadeh Tahhan Tayara Zein Zaher Hammoud
  Hussain Shaker Saadeh Safadi Idlibi Deiri Hourani Jubouri Obaidi Tamimi Dulaimi Rubaie Saadi Janabi Shammari
  Bayati Kubaisi Azzawi Samarrai Tikriti Mosuli Baghdadi Basri Najafi Karbalai Hashemi Musawi Hakeem Juburi
  Hilli Ani Rawi Naqshbandi Barzani Talabani Zebari
`);
/** Arabic surnames that are not used with "Al" (given names and occupations). */
export const ARABIC_WHOLE = words(`
  Ibrahim Ismail Mohamed Ahmed Hassan Hussein Omar Youssef Khalil Saleh Suleiman Mahmoud Mustafa Abdallah
  Abbas Jaafar Kareem Said Yasin Younes Salem Salim Nabil Ghazi Hamza Anwar Bilal Tariq Faisal Majid Walid
  Ziad Haddad Khoury Nassar Hanna Jabbour Boutros Elias Georges Haddadin Kanaan Saab Shalhoub Tannous
`);

/** Afghan and Iranian roots for -i, -zada, -zai, -pour, -nejad (Ahmadi, Ahmadzai, Rahimpour). */
export const PERSIAN_ROOTS = words(`
  Ahmad Rahim Karim Mohammad Hossein Rahman Aziz Habib Sharif Amir Haidar Reza Hashim Nazar Qader Hakim Jalal
  Kabir Nasir Rasul Samad Sediq Faiz Nawab Noor Sultan Akbar Wahid Zaher Naim Latif Jamil Hamid Majid Saber
  Azim Ghani Hassan Mahmoud Yusuf Ibrahim Qasem Mehdi Jafar Kazem Abbas Taher Nader Karam Sadeq Hadi Javad
  Rostam Bahram Farhad Soltan Golam
`);
export const PERSIAN_SUFFIXES = words(`i zada zadeh zai pour nejad ian yar`);
export const AFGHAN_WHOLE = words(`
  Stanikzai Popalzai Barakzai Achakzai Yusufzai Ahmadzai Mohmand Wardak Durrani Sadozai Alokozay Kakar Niazi
  Ghilzai Hotak Tokhi Safi Shinwari Afridi Mangal Zadran Popal Noorzai Alizai Ishaqzai Hosseini Mousavi Rezaei
  Jafari Sadat Hashimi Ansari Mirzaei Moradi Ghorbani Rostami Hosseinzadeh Abbasi Farahani Tehrani Shirazi
  Esfahani Kermani Tabrizi Mashhadi Yazdani Mohammadi Sultani Rahmani
`);

/** Nigerian names: Yoruba compounds (Ade + yemi, Ogun + leye), Igbo, Hausa and Edo names. */
export const YORUBA_FIRST = words(`Ade Akin Ola Olu Ogun Oye Ayo Fola`);
export const YORUBA_SECOND = words(`
  yemi bayo wale dipo leye tunde labi niyan leke kunle sanya bowale gbemi yinka femi sola dele biyi tola banjo
  lana wole kanmi tayo dayo toye jide goke mola
`);
export const NIGERIAN_WHOLE = words(`
  Okafor Okonkwo Eze Nwankwo Okeke Obi Chukwu Nwosu Onyeka Okoro Nnamdi Chukwuemeka Ugwu Onuoha Okoye
  Nwachukwu Obiora Ezeh Nwabueze Anyanwu Uche Okpara Igwe Ibe Onwuka Ogbonna Ekwueme Chukwuma Nwoye Udeh Agu
  Mbah Nwafor Obinna Ezeani Nwogu Okwu Okereke Amadi Nnaji Nweke Abubakar Bello Musa Usman Sani Lawal Garba
  Danjuma Yakubu Aliyu Abdullahi Suleiman Umar Idris Haruna Shehu Adamu Tanko Audu Gambo Dauda Jibrin Bala
  Osagie Osaghae Omoregie Igbinedion Idahosa Osayande Aigbe Ogbeide Afolabi Ayodele Oyewole Akinola Akintola
  Adeyemi Adebayo Ogunleye Babatunde Olaniyan Oladipo Akande Adeniran Adeoye Fashola Ojo Okonjo
`);

/** Ghanaian surnames (Akan, Ga, Ewe). */
export const GHANAIAN = words(`
  Mensah Owusu Boateng Asante Osei Agyeman Appiah Acheampong Amoah Addo Ansah Antwi Asamoah Badu Bonsu Darko
  Frimpong Gyamfi Kuffour Manu Nkrumah Obeng Ofori Opoku Oppong Poku Quaye Sarpong Tetteh Yeboah Kwarteng
  Amponsah Adjei Amankwah Asiedu Baah Danso Donkor Fosu Kyei Nyarko Ofosu Okyere Quarshie Sackey Twumasi
  Wiredu Afriyie Amoako Amofa Ampofo Aning Anokye Ansong Anto Asare Ashitey Awuah Ayim Boakye Boadu Dankwa
  Dapaah Duah Effah Gyasi Kwakye Larbi Mireku Nketia Nsiah Nti Nyantakyi Obiri Oduro Ohene Okai Osafo Otoo
  Prempeh Sarfo Takyi Tawiah Wiafe Yamoah Lamptey Quartey Nortey Aryee Ashong Annan Armah Laryea Ankrah Agbeko
  Amegah Kpodo Dzokoto Tsikata Adomako Agyapong Amissah Arthur Bekoe Boamah Buabeng Fordjour
`);

/** German surnames (a German-born parent or grandparent is common in the east and south). */
export const GERMAN = words(`
  Müller Schmidt Schneider Fischer Weber Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Wolf
  Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause
  Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Lang Scholz Möller Weiß
  Jung Hahn Schubert Vogel Friedrich Keller Günther Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht
  Schuster Ludwig Böhm Kraus Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas
  Schreiber Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff
  Pfeiffer Hesse Rademacher Brinkmann Schütte Kötter Overbeck Lohmann Niehaus Kemper Terhorst Upmeier Wessling
  Hölscher Büscher Böckmann Tenbrink Rüschenschmidt Lammerding Schlüter
`);

/** Italian, Spanish, Portuguese and Cape Verdean surnames. */
export const SOUTHERN_EUROPEAN = words(`
  Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Costa Giordano
  Mancini Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini García
  Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno
  Álvarez Muñoz Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Serrano Silva Santos
  Ferreira Pereira Oliveira Rodrigues Martins Jesus Sousa Fernandes Gonçalves Gomes Lopes Monteiro Tavares
  Semedo Fortes Évora Rocha Delgado Brito Andrade Varela Cardoso Mendes Correia Pinto Ribeiro Carvalho
  Teixeira Moreira Barbosa Alves Nunes Vieira Lima Freitas Pires Coelho Cabral Duarte Papadopoulos Georgiou
  Dimitriou Nikolaidis Papadakis Konstantinou Ioannou Vlachos Karagiannis Pappas
`);

/** British, Irish and American surnames. */
export const ENGLISH = words(`
  Smith Jones Williams Brown Taylor Davies Wilson Evans Thomas Johnson Roberts Walker Wright Robinson Thompson
  White Hughes Edwards Green Hall Wood Harris Lewis Martin Jackson Clarke Clark Turner Hill Scott Cooper
  Morris Ward Moore King Watson Baker Harrison Morgan Patel Young Allen Mitchell James Anderson Phillips Lee
  Bell Parker Davis Murphy Kelly Ryan Byrne O'Brien Walsh O'Connor Doyle McCarthy Gallagher Kennedy Lynch
  Murray Quinn Campbell Stewart MacDonald Robertson Reid Ross Fraser Hamilton Graham
`);

/** Indian surnames (knowledge migrants, students). */
export const INDIAN = words(`
  Patel Sharma Singh Kumar Gupta Shah Reddy Iyer Nair Rao Joshi Mehta Agarwal Jain Chopra Kapoor Malhotra
  Bhatia Desai Verma Mishra Pandey Tiwari Yadav Chauhan Saxena Srivastava Banerjee Chatterjee Mukherjee Das
  Ghosh Bose Sen Menon Pillai Krishnan Subramanian Venkatesan Raman Naidu Chowdhury Kulkarni Deshpande Patil
  Shinde Pawar Jadhav Gill Sandhu Dhillon Grewal Sidhu Bhat Kaul Trivedi Dubey Thakur Arora Sethi
`);


/** German compounds: Brinkmann, Kampmeier, Steinhaus, Rosenfeld, Neuhaus. */
export const GERMAN_FIRST = words(`
  Berg Brink Feld Horst Kamp Linde Busch Wald Stein Hof Holz Klein Groß Hoch Neu Alt Schön Rosen Linden Eichen
  Buchen Birken Wiesen Mühl Kirch Vogel Sonnen Sommer Winter Lichten Hagen Rott Hassel Heide Schwarz Weiß Roth
  Grün Braun Lang Kurz Dorn Esch Ober Nieder Hinter Vorder Tannen Möllen
`);
export const GERMAN_SECOND = words(`
  mann meier meyer haus hoff kamp berg bach feld horst brink stein wald hagen beck bruch dorf heim land kötter
  schulte
`);

/** Dutch Jewish and Huguenot surnames (Amsterdam, the cities of Holland). */
export const JEWISH_HUGUENOT = commaList(`
  Cohen, de Leeuw, Polak, van Praag, Roet, Spier, Mok, Boas, Frank, Frijda, Speijer, Vleeschhouwer, Asscher,
  Zeldenrust, Content, Wijnberg, Citroen, Elzas, Hamburger, van Gelder, Kleerekoper, Kropveld, Sluijzer,
  Groenteman, Wolff, Ensel, Stibbe, Mendes da Costa, Belinfante, Lopes Suasso, Teixeira de Mattos, Henriques
  de Castro, Nunes Vaz, de Haas, Meijers, Prins, Presser, Lakmaker, van Dam, Dubois, Lefèvre, de la Rive,
  Labouchère, Martin, Lemaire, du Bois, Chardon, Rochussen, Gallé, Guépin, Reneman, Cassé, Moquette, Tissot,
  Rivière, Lejeune, Leclercq, Ferrand, Mounier, Perrenot, Valck
`);

/** Spanish and Latin American surnames; a Spanish national carries two (García López). */
export const SPANISH = words(`
  García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz
  Moreno Álvarez Muñoz Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano
  Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido
  Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal León Márquez Herrera Peña
  Flores Cabrera Campos Vega Fuentes Carrasco Diez Caballero Reyes Nieto Aguilar Pascual Santana Herrero
  Lorenzo Montero Hidalgo Giménez Ibáñez Ferrer Durán Santiago Benítez Mora Vicente Vargas Arias Carmona
  Crespo Román Pastor Soto Sáez Velasco Moya Soler Parra Esteban Bravo Gallardo Rojas
`);

/** Arabic "servant of" names used as surnames (Abdelkader, Abdulaziz). */
export const ABDEL = words(`
  Kader Aziz Hak Latif Malek Karim Hamid Majid Wahab Rahman Rahim Salam Samad Ghani Hadi Jalil Halim Hafid
  Nour Moula Ilah Jabbar Razak Fattah Basset
`);

/** Latinised patronymics of the clergy and the learned (Martini, Jacobi, Petri). */
export const LATIN_PATRONYMICS = words(`
  Martini Jacobi Petri Pauli Nicolai Henrici Wilhelmi Theodori Gerardi Arnoldi Bernardi Johannis Philippi
  Andreae Mathei Clementi Laurentii Simonis Adriani Cornelii Antonii Hubertus Mauritius Bartholomeus
  Augustinus
`);

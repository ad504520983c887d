// Typed view of the directive word lists (data/directiveKinds.json): kinds, issuers and the
// phrases that mark clause boundaries and "carrying out" links.
import raw from '../data/directiveKinds.json' with { type: 'json' };

/** `shortWords` ("NQ", "QĐ") name the kind only when "số" or a full symbol follows. */
export interface KindEntry {
  kind: string;
  abbr: string;
  words: string[];
  symbol: string[];
  shortWords: string[];
}
/** `plenum`: a plenum number may follow ("Hội nghị Trung ương 6"); `*` in a name stands for one ("lần thứ *"). */
export interface IssuerEntry {
  name: string;
  class: string;
  plenum?: boolean;
}

export interface Lexicon {
  kinds: KindEntry[];
  kindQualifiers: string[];
  issuers: IssuerEntry[];
  partyClasses: string[];
  localLevels: string[];
  partyCongressLevels: Array<{ words: string; code: string }>;
  ordinals: Record<string, number>;
  implementsVerbs: string[];
  implementsCompanions: string[];
  implementsLeads: string[];
  subjectStops: string[];
  bareNumberFollowers: string[];
  stateSymbolKinds: string[];
}

export const LEXICON: Lexicon = raw;

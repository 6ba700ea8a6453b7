/** The information point as served: types only, so the browser imports them without zod. */

export interface InfoPointLanguageView {
  lang: string;
  /** The language's own name. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** Whether a native speaker has checked the translation. */
  checked: boolean;
}

export interface InfoPointContactView {
  /** The partner's name, as in the partner files (a proper name, not translated). */
  partner: string;
  phone: string | null;
  url: string | null;
}

export interface InfoPointView extends InfoPointLanguageView {
  checkedBy: string | null;
  checkedOn: string | null;
  title: string;
  intro: string;
  emergency: string;
  /** `sources`: each cited document once (title, publisher); empty for a text that is in no document. */
  sections: { id: string; title: string; paragraphs: string[]; sources: string[] }[];
  /** Groups with no contact in the chosen region (a care coordinator when no region is chosen) are left out. */
  contactGroups: { id: string; title: string; text: string; contacts: InfoPointContactView[] }[];
  labels: Record<InfoPointLabel, string>;
  /** The Dutch "not checked" notice, for staff who read Dutch; null when checked or when the page is Dutch. */
  uncheckedInDutch: string | null;
  region: { id: string; name: string } | null;
  /** The regions a visitor can choose (not the national fallback). */
  regions: { id: string; name: string }[];
  languages: InfoPointLanguageView[];
}

export type InfoPointLabel =
  | 'languages'
  | 'region'
  | 'chooseRegion'
  | 'showRegion'
  | 'noRegion'
  | 'phone'
  | 'website'
  | 'poster'
  | 'scanToRead'
  | 'unchecked'
  | 'checked'
  | 'sources';

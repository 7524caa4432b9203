/** Feature message modules, merged over the base dictionaries. */
import { courseMessages } from "./course";

export interface FeatureMessages {
  "pt-BR": Record<string, string>;
  en: Record<string, string>;
}

export const FEATURE_MESSAGES: FeatureMessages[] = [courseMessages];
